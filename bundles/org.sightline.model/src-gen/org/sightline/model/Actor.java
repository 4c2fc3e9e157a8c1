/**
 */
package org.sightline.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Actor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.sightline.model.Actor#getName <em>Name</em>}</li>
 *   <li>{@link org.sightline.model.Actor#getKind <em>Kind</em>}</li>
 *   <li>{@link org.sightline.model.Actor#getAliases <em>Aliases</em>}</li>
 *   <li>{@link org.sightline.model.Actor#getCode <em>Code</em>}</li>
 *   <li>{@link org.sightline.model.Actor#getRole <em>Role</em>}</li>
 *   <li>{@link org.sightline.model.Actor#getPartOf <em>Part Of</em>}</li>
 *   <li>{@link org.sightline.model.Actor#getMentions <em>Mentions</em>}</li>
 *   <li>{@link org.sightline.model.Actor#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.sightline.model.Actor#isHidden <em>Hidden</em>}</li>
 * </ul>
 *
 * @see org.sightline.model.SightlinePackage#getActor()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='partOfAcyclic'"
 * @generated
 */
public interface Actor extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.sightline.model.SightlinePackage#getActor_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.sightline.model.Actor#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.sightline.model.ActorKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.sightline.model.ActorKind
	 * @see #setKind(ActorKind)
	 * @see org.sightline.model.SightlinePackage#getActor_Kind()
	 * @model
	 * @generated
	 */
	ActorKind getKind();

	/**
	 * Sets the value of the '{@link org.sightline.model.Actor#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.sightline.model.ActorKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ActorKind value);

	/**
	 * Returns the value of the '<em><b>Aliases</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Aliases</em>' attribute list.
	 * @see org.sightline.model.SightlinePackage#getActor_Aliases()
	 * @model
	 * @generated
	 */
	EList<String> getAliases();

	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Country or organisation code, e.g. CAMEO/Phoenix "USA", "PRK", "NATO".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.sightline.model.SightlinePackage#getActor_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.sightline.model.Actor#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see #setRole(String)
	 * @see org.sightline.model.SightlinePackage#getActor_Role()
	 * @model
	 * @generated
	 */
	String getRole();

	/**
	 * Sets the value of the '{@link org.sightline.model.Actor#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(String value);

	/**
	 * Returns the value of the '<em><b>Part Of</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The actor this one belongs to (defense ministry -> South Korea); must not form a cycle.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Part Of</em>' reference.
	 * @see #setPartOf(Actor)
	 * @see org.sightline.model.SightlinePackage#getActor_PartOf()
	 * @model
	 * @generated
	 */
	Actor getPartOf();

	/**
	 * Sets the value of the '{@link org.sightline.model.Actor#getPartOf <em>Part Of</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Part Of</em>' reference.
	 * @see #getPartOf()
	 * @generated
	 */
	void setPartOf(Actor value);

	/**
	 * Returns the value of the '<em><b>Mentions</b></em>' containment reference list.
	 * The list contents are of type {@link org.sightline.model.Mention}.
	 * It is bidirectional and its opposite is '{@link org.sightline.model.Mention#getActor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mentions</em>' containment reference list.
	 * @see org.sightline.model.SightlinePackage#getActor_Mentions()
	 * @see org.sightline.model.Mention#getActor
	 * @model opposite="actor" containment="true"
	 * @generated
	 */
	EList<Mention> getMentions();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.sightline.model.SightlinePackage#getActor_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.sightline.model.Actor#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Hidden</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hidden by the analyst: kept in the workspace, left out of views and analyses.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hidden</em>' attribute.
	 * @see #setHidden(boolean)
	 * @see org.sightline.model.SightlinePackage#getActor_Hidden()
	 * @model
	 * @generated
	 */
	boolean isHidden();

	/**
	 * Sets the value of the '{@link org.sightline.model.Actor#isHidden <em>Hidden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hidden</em>' attribute.
	 * @see #isHidden()
	 * @generated
	 */
	void setHidden(boolean value);

} // Actor
