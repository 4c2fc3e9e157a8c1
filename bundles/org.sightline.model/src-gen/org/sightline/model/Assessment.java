/**
 */
package org.sightline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One cell of an ACH matrix: how consistent a claim is with a hypothesis.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sightline.model.Assessment#getClaim <em>Claim</em>}</li>
 *   <li>{@link org.sightline.model.Assessment#getHypothesis <em>Hypothesis</em>}</li>
 *   <li>{@link org.sightline.model.Assessment#getConsistency <em>Consistency</em>}</li>
 *   <li>{@link org.sightline.model.Assessment#getWeight <em>Weight</em>}</li>
 *   <li>{@link org.sightline.model.Assessment#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.sightline.model.SightlinePackage#getAssessment()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='referencesInCorpus weightNonNegative'"
 * @generated
 */
public interface Assessment extends Identified {
	/**
	 * Returns the value of the '<em><b>Claim</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Claim</em>' reference.
	 * @see #setClaim(Claim)
	 * @see org.sightline.model.SightlinePackage#getAssessment_Claim()
	 * @model required="true"
	 * @generated
	 */
	Claim getClaim();

	/**
	 * Sets the value of the '{@link org.sightline.model.Assessment#getClaim <em>Claim</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Claim</em>' reference.
	 * @see #getClaim()
	 * @generated
	 */
	void setClaim(Claim value);

	/**
	 * Returns the value of the '<em><b>Hypothesis</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hypothesis</em>' reference.
	 * @see #setHypothesis(Hypothesis)
	 * @see org.sightline.model.SightlinePackage#getAssessment_Hypothesis()
	 * @model required="true"
	 * @generated
	 */
	Hypothesis getHypothesis();

	/**
	 * Sets the value of the '{@link org.sightline.model.Assessment#getHypothesis <em>Hypothesis</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hypothesis</em>' reference.
	 * @see #getHypothesis()
	 * @generated
	 */
	void setHypothesis(Hypothesis value);

	/**
	 * Returns the value of the '<em><b>Consistency</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sightline.model.Consistency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consistency</em>' attribute.
	 * @see org.sightline.model.Consistency
	 * @see #setConsistency(Consistency)
	 * @see org.sightline.model.SightlinePackage#getAssessment_Consistency()
	 * @model
	 * @generated
	 */
	Consistency getConsistency();

	/**
	 * Sets the value of the '{@link org.sightline.model.Assessment#getConsistency <em>Consistency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consistency</em>' attribute.
	 * @see org.sightline.model.Consistency
	 * @see #getConsistency()
	 * @generated
	 */
	void setConsistency(Consistency value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(double)
	 * @see org.sightline.model.SightlinePackage#getAssessment_Weight()
	 * @model default="1.0"
	 * @generated
	 */
	double getWeight();

	/**
	 * Sets the value of the '{@link org.sightline.model.Assessment#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(double value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.sightline.model.SightlinePackage#getAssessment_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.sightline.model.Assessment#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // Assessment
