/**
 */
package org.sightline.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.sightline.model.Actor;
import org.sightline.model.Assessment;
import org.sightline.model.Claim;
import org.sightline.model.ClaimRelation;
import org.sightline.model.Corpus;
import org.sightline.model.Document;
import org.sightline.model.Hypothesis;
import org.sightline.model.SavedFilter;
import org.sightline.model.SightlinePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Corpus</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sightline.model.impl.CorpusImpl#getSchemaVersion <em>Schema Version</em>}</li>
 *   <li>{@link org.sightline.model.impl.CorpusImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.sightline.model.impl.CorpusImpl#getDocuments <em>Documents</em>}</li>
 *   <li>{@link org.sightline.model.impl.CorpusImpl#getActors <em>Actors</em>}</li>
 *   <li>{@link org.sightline.model.impl.CorpusImpl#getClaims <em>Claims</em>}</li>
 *   <li>{@link org.sightline.model.impl.CorpusImpl#getRelations <em>Relations</em>}</li>
 *   <li>{@link org.sightline.model.impl.CorpusImpl#getHypotheses <em>Hypotheses</em>}</li>
 *   <li>{@link org.sightline.model.impl.CorpusImpl#getAssessments <em>Assessments</em>}</li>
 *   <li>{@link org.sightline.model.impl.CorpusImpl#getSavedFilters <em>Saved Filters</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CorpusImpl extends EObjectImpl implements Corpus {
	/**
	 * The default value of the '{@link #getSchemaVersion() <em>Schema Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchemaVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int SCHEMA_VERSION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getSchemaVersion() <em>Schema Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchemaVersion()
	 * @generated
	 * @ordered
	 */
	protected int schemaVersion = SCHEMA_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDocuments() <em>Documents</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocuments()
	 * @generated
	 * @ordered
	 */
	protected EList<Document> documents;

	/**
	 * The cached value of the '{@link #getActors() <em>Actors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActors()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> actors;

	/**
	 * The cached value of the '{@link #getClaims() <em>Claims</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClaims()
	 * @generated
	 * @ordered
	 */
	protected EList<Claim> claims;

	/**
	 * The cached value of the '{@link #getRelations() <em>Relations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelations()
	 * @generated
	 * @ordered
	 */
	protected EList<ClaimRelation> relations;

	/**
	 * The cached value of the '{@link #getHypotheses() <em>Hypotheses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHypotheses()
	 * @generated
	 * @ordered
	 */
	protected EList<Hypothesis> hypotheses;

	/**
	 * The cached value of the '{@link #getAssessments() <em>Assessments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessments()
	 * @generated
	 * @ordered
	 */
	protected EList<Assessment> assessments;

	/**
	 * The cached value of the '{@link #getSavedFilters() <em>Saved Filters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSavedFilters()
	 * @generated
	 * @ordered
	 */
	protected EList<SavedFilter> savedFilters;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CorpusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SightlinePackage.Literals.CORPUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSchemaVersion() {
		return schemaVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSchemaVersion(int newSchemaVersion) {
		int oldSchemaVersion = schemaVersion;
		schemaVersion = newSchemaVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.CORPUS__SCHEMA_VERSION, oldSchemaVersion, schemaVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.CORPUS__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Document> getDocuments() {
		if (documents == null) {
			documents = new EObjectContainmentEList<Document>(Document.class, this, SightlinePackage.CORPUS__DOCUMENTS);
		}
		return documents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getActors() {
		if (actors == null) {
			actors = new EObjectContainmentEList<Actor>(Actor.class, this, SightlinePackage.CORPUS__ACTORS);
		}
		return actors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Claim> getClaims() {
		if (claims == null) {
			claims = new EObjectContainmentEList<Claim>(Claim.class, this, SightlinePackage.CORPUS__CLAIMS);
		}
		return claims;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ClaimRelation> getRelations() {
		if (relations == null) {
			relations = new EObjectContainmentEList<ClaimRelation>(ClaimRelation.class, this, SightlinePackage.CORPUS__RELATIONS);
		}
		return relations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Hypothesis> getHypotheses() {
		if (hypotheses == null) {
			hypotheses = new EObjectContainmentEList<Hypothesis>(Hypothesis.class, this, SightlinePackage.CORPUS__HYPOTHESES);
		}
		return hypotheses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Assessment> getAssessments() {
		if (assessments == null) {
			assessments = new EObjectContainmentEList<Assessment>(Assessment.class, this, SightlinePackage.CORPUS__ASSESSMENTS);
		}
		return assessments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SavedFilter> getSavedFilters() {
		if (savedFilters == null) {
			savedFilters = new EObjectContainmentEList<SavedFilter>(SavedFilter.class, this, SightlinePackage.CORPUS__SAVED_FILTERS);
		}
		return savedFilters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SightlinePackage.CORPUS__DOCUMENTS:
				return ((InternalEList<?>)getDocuments()).basicRemove(otherEnd, msgs);
			case SightlinePackage.CORPUS__ACTORS:
				return ((InternalEList<?>)getActors()).basicRemove(otherEnd, msgs);
			case SightlinePackage.CORPUS__CLAIMS:
				return ((InternalEList<?>)getClaims()).basicRemove(otherEnd, msgs);
			case SightlinePackage.CORPUS__RELATIONS:
				return ((InternalEList<?>)getRelations()).basicRemove(otherEnd, msgs);
			case SightlinePackage.CORPUS__HYPOTHESES:
				return ((InternalEList<?>)getHypotheses()).basicRemove(otherEnd, msgs);
			case SightlinePackage.CORPUS__ASSESSMENTS:
				return ((InternalEList<?>)getAssessments()).basicRemove(otherEnd, msgs);
			case SightlinePackage.CORPUS__SAVED_FILTERS:
				return ((InternalEList<?>)getSavedFilters()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SightlinePackage.CORPUS__SCHEMA_VERSION:
				return getSchemaVersion();
			case SightlinePackage.CORPUS__NAME:
				return getName();
			case SightlinePackage.CORPUS__DOCUMENTS:
				return getDocuments();
			case SightlinePackage.CORPUS__ACTORS:
				return getActors();
			case SightlinePackage.CORPUS__CLAIMS:
				return getClaims();
			case SightlinePackage.CORPUS__RELATIONS:
				return getRelations();
			case SightlinePackage.CORPUS__HYPOTHESES:
				return getHypotheses();
			case SightlinePackage.CORPUS__ASSESSMENTS:
				return getAssessments();
			case SightlinePackage.CORPUS__SAVED_FILTERS:
				return getSavedFilters();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SightlinePackage.CORPUS__SCHEMA_VERSION:
				setSchemaVersion((Integer)newValue);
				return;
			case SightlinePackage.CORPUS__NAME:
				setName((String)newValue);
				return;
			case SightlinePackage.CORPUS__DOCUMENTS:
				getDocuments().clear();
				getDocuments().addAll((Collection<? extends Document>)newValue);
				return;
			case SightlinePackage.CORPUS__ACTORS:
				getActors().clear();
				getActors().addAll((Collection<? extends Actor>)newValue);
				return;
			case SightlinePackage.CORPUS__CLAIMS:
				getClaims().clear();
				getClaims().addAll((Collection<? extends Claim>)newValue);
				return;
			case SightlinePackage.CORPUS__RELATIONS:
				getRelations().clear();
				getRelations().addAll((Collection<? extends ClaimRelation>)newValue);
				return;
			case SightlinePackage.CORPUS__HYPOTHESES:
				getHypotheses().clear();
				getHypotheses().addAll((Collection<? extends Hypothesis>)newValue);
				return;
			case SightlinePackage.CORPUS__ASSESSMENTS:
				getAssessments().clear();
				getAssessments().addAll((Collection<? extends Assessment>)newValue);
				return;
			case SightlinePackage.CORPUS__SAVED_FILTERS:
				getSavedFilters().clear();
				getSavedFilters().addAll((Collection<? extends SavedFilter>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SightlinePackage.CORPUS__SCHEMA_VERSION:
				setSchemaVersion(SCHEMA_VERSION_EDEFAULT);
				return;
			case SightlinePackage.CORPUS__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SightlinePackage.CORPUS__DOCUMENTS:
				getDocuments().clear();
				return;
			case SightlinePackage.CORPUS__ACTORS:
				getActors().clear();
				return;
			case SightlinePackage.CORPUS__CLAIMS:
				getClaims().clear();
				return;
			case SightlinePackage.CORPUS__RELATIONS:
				getRelations().clear();
				return;
			case SightlinePackage.CORPUS__HYPOTHESES:
				getHypotheses().clear();
				return;
			case SightlinePackage.CORPUS__ASSESSMENTS:
				getAssessments().clear();
				return;
			case SightlinePackage.CORPUS__SAVED_FILTERS:
				getSavedFilters().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SightlinePackage.CORPUS__SCHEMA_VERSION:
				return schemaVersion != SCHEMA_VERSION_EDEFAULT;
			case SightlinePackage.CORPUS__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SightlinePackage.CORPUS__DOCUMENTS:
				return documents != null && !documents.isEmpty();
			case SightlinePackage.CORPUS__ACTORS:
				return actors != null && !actors.isEmpty();
			case SightlinePackage.CORPUS__CLAIMS:
				return claims != null && !claims.isEmpty();
			case SightlinePackage.CORPUS__RELATIONS:
				return relations != null && !relations.isEmpty();
			case SightlinePackage.CORPUS__HYPOTHESES:
				return hypotheses != null && !hypotheses.isEmpty();
			case SightlinePackage.CORPUS__ASSESSMENTS:
				return assessments != null && !assessments.isEmpty();
			case SightlinePackage.CORPUS__SAVED_FILTERS:
				return savedFilters != null && !savedFilters.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (schemaVersion: ");
		result.append(schemaVersion);
		result.append(", name: ");
		result.append(name);
		result.append(')');
		return result.toString();
	}

} //CorpusImpl
