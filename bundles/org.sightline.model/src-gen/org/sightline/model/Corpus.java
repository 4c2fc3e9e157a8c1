/**
 */
package org.sightline.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Corpus</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root of a workspace: everything an analyst works on, saved as one *.sightline file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sightline.model.Corpus#getSchemaVersion <em>Schema Version</em>}</li>
 *   <li>{@link org.sightline.model.Corpus#getName <em>Name</em>}</li>
 *   <li>{@link org.sightline.model.Corpus#getDocuments <em>Documents</em>}</li>
 *   <li>{@link org.sightline.model.Corpus#getActors <em>Actors</em>}</li>
 *   <li>{@link org.sightline.model.Corpus#getClaims <em>Claims</em>}</li>
 *   <li>{@link org.sightline.model.Corpus#getRelations <em>Relations</em>}</li>
 *   <li>{@link org.sightline.model.Corpus#getHypotheses <em>Hypotheses</em>}</li>
 *   <li>{@link org.sightline.model.Corpus#getAssessments <em>Assessments</em>}</li>
 *   <li>{@link org.sightline.model.Corpus#getSavedFilters <em>Saved Filters</em>}</li>
 * </ul>
 *
 * @see org.sightline.model.SightlinePackage#getCorpus()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='supportedSchemaVersion uniqueIds'"
 * @generated
 */
public interface Corpus extends EObject {
	/**
	 * Returns the value of the '<em><b>Schema Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of this model the corpus was written with; a reader refuses versions newer than its own (WorkspaceStore.SCHEMA_VERSION).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Schema Version</em>' attribute.
	 * @see #setSchemaVersion(int)
	 * @see org.sightline.model.SightlinePackage#getCorpus_SchemaVersion()
	 * @model default="1"
	 * @generated
	 */
	int getSchemaVersion();

	/**
	 * Sets the value of the '{@link org.sightline.model.Corpus#getSchemaVersion <em>Schema Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Schema Version</em>' attribute.
	 * @see #getSchemaVersion()
	 * @generated
	 */
	void setSchemaVersion(int value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.sightline.model.SightlinePackage#getCorpus_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.sightline.model.Corpus#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Documents</b></em>' containment reference list.
	 * The list contents are of type {@link org.sightline.model.Document}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Documents</em>' containment reference list.
	 * @see org.sightline.model.SightlinePackage#getCorpus_Documents()
	 * @model containment="true"
	 * @generated
	 */
	EList<Document> getDocuments();

	/**
	 * Returns the value of the '<em><b>Actors</b></em>' containment reference list.
	 * The list contents are of type {@link org.sightline.model.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actors</em>' containment reference list.
	 * @see org.sightline.model.SightlinePackage#getCorpus_Actors()
	 * @model containment="true"
	 * @generated
	 */
	EList<Actor> getActors();

	/**
	 * Returns the value of the '<em><b>Claims</b></em>' containment reference list.
	 * The list contents are of type {@link org.sightline.model.Claim}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Claims</em>' containment reference list.
	 * @see org.sightline.model.SightlinePackage#getCorpus_Claims()
	 * @model containment="true"
	 * @generated
	 */
	EList<Claim> getClaims();

	/**
	 * Returns the value of the '<em><b>Relations</b></em>' containment reference list.
	 * The list contents are of type {@link org.sightline.model.ClaimRelation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relations</em>' containment reference list.
	 * @see org.sightline.model.SightlinePackage#getCorpus_Relations()
	 * @model containment="true"
	 * @generated
	 */
	EList<ClaimRelation> getRelations();

	/**
	 * Returns the value of the '<em><b>Hypotheses</b></em>' containment reference list.
	 * The list contents are of type {@link org.sightline.model.Hypothesis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hypotheses</em>' containment reference list.
	 * @see org.sightline.model.SightlinePackage#getCorpus_Hypotheses()
	 * @model containment="true"
	 * @generated
	 */
	EList<Hypothesis> getHypotheses();

	/**
	 * Returns the value of the '<em><b>Assessments</b></em>' containment reference list.
	 * The list contents are of type {@link org.sightline.model.Assessment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assessments</em>' containment reference list.
	 * @see org.sightline.model.SightlinePackage#getCorpus_Assessments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Assessment> getAssessments();

	/**
	 * Returns the value of the '<em><b>Saved Filters</b></em>' containment reference list.
	 * The list contents are of type {@link org.sightline.model.SavedFilter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Filters the analyst saved by name, to apply again.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Saved Filters</em>' containment reference list.
	 * @see org.sightline.model.SightlinePackage#getCorpus_SavedFilters()
	 * @model containment="true"
	 * @generated
	 */
	EList<SavedFilter> getSavedFilters();

} // Corpus
