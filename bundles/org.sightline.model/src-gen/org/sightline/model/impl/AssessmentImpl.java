/**
 */
package org.sightline.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.sightline.model.Assessment;
import org.sightline.model.Claim;
import org.sightline.model.Consistency;
import org.sightline.model.Hypothesis;
import org.sightline.model.SightlinePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sightline.model.impl.AssessmentImpl#getClaim <em>Claim</em>}</li>
 *   <li>{@link org.sightline.model.impl.AssessmentImpl#getHypothesis <em>Hypothesis</em>}</li>
 *   <li>{@link org.sightline.model.impl.AssessmentImpl#getConsistency <em>Consistency</em>}</li>
 *   <li>{@link org.sightline.model.impl.AssessmentImpl#getWeight <em>Weight</em>}</li>
 *   <li>{@link org.sightline.model.impl.AssessmentImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AssessmentImpl extends IdentifiedImpl implements Assessment {
	/**
	 * The cached value of the '{@link #getClaim() <em>Claim</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClaim()
	 * @generated
	 * @ordered
	 */
	protected Claim claim;

	/**
	 * The cached value of the '{@link #getHypothesis() <em>Hypothesis</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHypothesis()
	 * @generated
	 * @ordered
	 */
	protected Hypothesis hypothesis;

	/**
	 * The default value of the '{@link #getConsistency() <em>Consistency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsistency()
	 * @generated
	 * @ordered
	 */
	protected static final Consistency CONSISTENCY_EDEFAULT = Consistency.CC;

	/**
	 * The cached value of the '{@link #getConsistency() <em>Consistency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsistency()
	 * @generated
	 * @ordered
	 */
	protected Consistency consistency = CONSISTENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double WEIGHT_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected double weight = WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssessmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SightlinePackage.Literals.ASSESSMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Claim getClaim() {
		if (claim != null && claim.eIsProxy()) {
			InternalEObject oldClaim = (InternalEObject)claim;
			claim = (Claim)eResolveProxy(oldClaim);
			if (claim != oldClaim) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SightlinePackage.ASSESSMENT__CLAIM, oldClaim, claim));
			}
		}
		return claim;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Claim basicGetClaim() {
		return claim;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClaim(Claim newClaim) {
		Claim oldClaim = claim;
		claim = newClaim;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.ASSESSMENT__CLAIM, oldClaim, claim));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Hypothesis getHypothesis() {
		if (hypothesis != null && hypothesis.eIsProxy()) {
			InternalEObject oldHypothesis = (InternalEObject)hypothesis;
			hypothesis = (Hypothesis)eResolveProxy(oldHypothesis);
			if (hypothesis != oldHypothesis) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SightlinePackage.ASSESSMENT__HYPOTHESIS, oldHypothesis, hypothesis));
			}
		}
		return hypothesis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Hypothesis basicGetHypothesis() {
		return hypothesis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHypothesis(Hypothesis newHypothesis) {
		Hypothesis oldHypothesis = hypothesis;
		hypothesis = newHypothesis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.ASSESSMENT__HYPOTHESIS, oldHypothesis, hypothesis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Consistency getConsistency() {
		return consistency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsistency(Consistency newConsistency) {
		Consistency oldConsistency = consistency;
		consistency = newConsistency == null ? CONSISTENCY_EDEFAULT : newConsistency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.ASSESSMENT__CONSISTENCY, oldConsistency, consistency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWeight() {
		return weight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeight(double newWeight) {
		double oldWeight = weight;
		weight = newWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.ASSESSMENT__WEIGHT, oldWeight, weight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SightlinePackage.ASSESSMENT__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SightlinePackage.ASSESSMENT__CLAIM:
				if (resolve) return getClaim();
				return basicGetClaim();
			case SightlinePackage.ASSESSMENT__HYPOTHESIS:
				if (resolve) return getHypothesis();
				return basicGetHypothesis();
			case SightlinePackage.ASSESSMENT__CONSISTENCY:
				return getConsistency();
			case SightlinePackage.ASSESSMENT__WEIGHT:
				return getWeight();
			case SightlinePackage.ASSESSMENT__NOTE:
				return getNote();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SightlinePackage.ASSESSMENT__CLAIM:
				setClaim((Claim)newValue);
				return;
			case SightlinePackage.ASSESSMENT__HYPOTHESIS:
				setHypothesis((Hypothesis)newValue);
				return;
			case SightlinePackage.ASSESSMENT__CONSISTENCY:
				setConsistency((Consistency)newValue);
				return;
			case SightlinePackage.ASSESSMENT__WEIGHT:
				setWeight((Double)newValue);
				return;
			case SightlinePackage.ASSESSMENT__NOTE:
				setNote((String)newValue);
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
			case SightlinePackage.ASSESSMENT__CLAIM:
				setClaim((Claim)null);
				return;
			case SightlinePackage.ASSESSMENT__HYPOTHESIS:
				setHypothesis((Hypothesis)null);
				return;
			case SightlinePackage.ASSESSMENT__CONSISTENCY:
				setConsistency(CONSISTENCY_EDEFAULT);
				return;
			case SightlinePackage.ASSESSMENT__WEIGHT:
				setWeight(WEIGHT_EDEFAULT);
				return;
			case SightlinePackage.ASSESSMENT__NOTE:
				setNote(NOTE_EDEFAULT);
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
			case SightlinePackage.ASSESSMENT__CLAIM:
				return claim != null;
			case SightlinePackage.ASSESSMENT__HYPOTHESIS:
				return hypothesis != null;
			case SightlinePackage.ASSESSMENT__CONSISTENCY:
				return consistency != CONSISTENCY_EDEFAULT;
			case SightlinePackage.ASSESSMENT__WEIGHT:
				return weight != WEIGHT_EDEFAULT;
			case SightlinePackage.ASSESSMENT__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
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
		result.append(" (consistency: ");
		result.append(consistency);
		result.append(", weight: ");
		result.append(weight);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //AssessmentImpl
