/**
 */
package org.sightline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Claim Relation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sightline.model.ClaimRelation#getKind <em>Kind</em>}</li>
 *   <li>{@link org.sightline.model.ClaimRelation#getFrom <em>From</em>}</li>
 *   <li>{@link org.sightline.model.ClaimRelation#getTo <em>To</em>}</li>
 *   <li>{@link org.sightline.model.ClaimRelation#getReason <em>Reason</em>}</li>
 *   <li>{@link org.sightline.model.ClaimRelation#getStatus <em>Status</em>}</li>
 *   <li>{@link org.sightline.model.ClaimRelation#getProducerId <em>Producer Id</em>}</li>
 * </ul>
 *
 * @see org.sightline.model.SightlinePackage#getClaimRelation()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='referencesInCorpus'"
 * @generated
 */
public interface ClaimRelation extends Identified {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sightline.model.RelationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.sightline.model.RelationKind
	 * @see #setKind(RelationKind)
	 * @see org.sightline.model.SightlinePackage#getClaimRelation_Kind()
	 * @model
	 * @generated
	 */
	RelationKind getKind();

	/**
	 * Sets the value of the '{@link org.sightline.model.ClaimRelation#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.sightline.model.RelationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RelationKind value);

	/**
	 * Returns the value of the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From</em>' reference.
	 * @see #setFrom(Claim)
	 * @see org.sightline.model.SightlinePackage#getClaimRelation_From()
	 * @model required="true"
	 * @generated
	 */
	Claim getFrom();

	/**
	 * Sets the value of the '{@link org.sightline.model.ClaimRelation#getFrom <em>From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' reference.
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(Claim value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To</em>' reference.
	 * @see #setTo(Claim)
	 * @see org.sightline.model.SightlinePackage#getClaimRelation_To()
	 * @model required="true"
	 * @generated
	 */
	Claim getTo();

	/**
	 * Sets the value of the '{@link org.sightline.model.ClaimRelation#getTo <em>To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' reference.
	 * @see #getTo()
	 * @generated
	 */
	void setTo(Claim value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.sightline.model.SightlinePackage#getClaimRelation_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.sightline.model.ClaimRelation#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sightline.model.ReviewStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.sightline.model.ReviewStatus
	 * @see #setStatus(ReviewStatus)
	 * @see org.sightline.model.SightlinePackage#getClaimRelation_Status()
	 * @model
	 * @generated
	 */
	ReviewStatus getStatus();

	/**
	 * Sets the value of the '{@link org.sightline.model.ClaimRelation#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.sightline.model.ReviewStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ReviewStatus value);

	/**
	 * Returns the value of the '<em><b>Producer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Producer Id</em>' attribute.
	 * @see #setProducerId(String)
	 * @see org.sightline.model.SightlinePackage#getClaimRelation_ProducerId()
	 * @model
	 * @generated
	 */
	String getProducerId();

	/**
	 * Sets the value of the '{@link org.sightline.model.ClaimRelation#getProducerId <em>Producer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Producer Id</em>' attribute.
	 * @see #getProducerId()
	 * @generated
	 */
	void setProducerId(String value);

} // ClaimRelation
