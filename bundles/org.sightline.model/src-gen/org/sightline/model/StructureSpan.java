/**
 */
package org.sightline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Structure Span</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sightline.model.StructureSpan#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see org.sightline.model.SightlinePackage#getStructureSpan()
 * @model
 * @generated
 */
public interface StructureSpan extends TextSpan {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sightline.model.StructureKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.sightline.model.StructureKind
	 * @see #setKind(StructureKind)
	 * @see org.sightline.model.SightlinePackage#getStructureSpan_Kind()
	 * @model
	 * @generated
	 */
	StructureKind getKind();

	/**
	 * Sets the value of the '{@link org.sightline.model.StructureSpan#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.sightline.model.StructureKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(StructureKind value);

} // StructureSpan
