/**
 */
package org.sightline.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Modality</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.sightline.model.SightlinePackage#getModality()
 * @model
 * @generated
 */
public enum Modality implements Enumerator {
	/**
	 * The '<em><b>ASSERTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSERTED_VALUE
	 * @generated
	 * @ordered
	 */
	ASSERTED(0, "ASSERTED", "ASSERTED"),

	/**
	 * The '<em><b>CERTAIN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CERTAIN_VALUE
	 * @generated
	 * @ordered
	 */
	CERTAIN(1, "CERTAIN", "CERTAIN"),

	/**
	 * The '<em><b>PROBABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROBABLE_VALUE
	 * @generated
	 * @ordered
	 */
	PROBABLE(2, "PROBABLE", "PROBABLE"),

	/**
	 * The '<em><b>POSSIBLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POSSIBLE_VALUE
	 * @generated
	 * @ordered
	 */
	POSSIBLE(3, "POSSIBLE", "POSSIBLE"),

	/**
	 * The '<em><b>UNLIKELY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNLIKELY_VALUE
	 * @generated
	 * @ordered
	 */
	UNLIKELY(4, "UNLIKELY", "UNLIKELY"),

	/**
	 * The '<em><b>OBLIGATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OBLIGATION_VALUE
	 * @generated
	 * @ordered
	 */
	OBLIGATION(5, "OBLIGATION", "OBLIGATION");

	/**
	 * The '<em><b>ASSERTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSERTED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ASSERTED_VALUE = 0;

	/**
	 * The '<em><b>CERTAIN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CERTAIN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CERTAIN_VALUE = 1;

	/**
	 * The '<em><b>PROBABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROBABLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROBABLE_VALUE = 2;

	/**
	 * The '<em><b>POSSIBLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POSSIBLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POSSIBLE_VALUE = 3;

	/**
	 * The '<em><b>UNLIKELY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNLIKELY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNLIKELY_VALUE = 4;

	/**
	 * The '<em><b>OBLIGATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OBLIGATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OBLIGATION_VALUE = 5;

	/**
	 * An array of all the '<em><b>Modality</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Modality[] VALUES_ARRAY =
		new Modality[] {
			ASSERTED,
			CERTAIN,
			PROBABLE,
			POSSIBLE,
			UNLIKELY,
			OBLIGATION,
		};

	/**
	 * A public read-only list of all the '<em><b>Modality</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Modality> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Modality</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Modality get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Modality result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Modality</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Modality getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Modality result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Modality</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Modality get(int value) {
		switch (value) {
			case ASSERTED_VALUE: return ASSERTED;
			case CERTAIN_VALUE: return CERTAIN;
			case PROBABLE_VALUE: return PROBABLE;
			case POSSIBLE_VALUE: return POSSIBLE;
			case UNLIKELY_VALUE: return UNLIKELY;
			case OBLIGATION_VALUE: return OBLIGATION;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private Modality(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //Modality
