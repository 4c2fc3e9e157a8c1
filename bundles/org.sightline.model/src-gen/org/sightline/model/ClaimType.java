/**
 */
package org.sightline.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Claim Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.sightline.model.SightlinePackage#getClaimType()
 * @model
 * @generated
 */
public enum ClaimType implements Enumerator {
	/**
	 * The '<em><b>ANNOUNCEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANNOUNCEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	ANNOUNCEMENT(0, "ANNOUNCEMENT", "ANNOUNCEMENT"),

	/**
	 * The '<em><b>COMMITMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMITMENT_VALUE
	 * @generated
	 * @ordered
	 */
	COMMITMENT(1, "COMMITMENT", "COMMITMENT"),

	/**
	 * The '<em><b>REASSURANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REASSURANCE_VALUE
	 * @generated
	 * @ordered
	 */
	REASSURANCE(2, "REASSURANCE", "REASSURANCE"),

	/**
	 * The '<em><b>DENIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DENIAL_VALUE
	 * @generated
	 * @ordered
	 */
	DENIAL(3, "DENIAL", "DENIAL"),

	/**
	 * The '<em><b>WARNING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WARNING_VALUE
	 * @generated
	 * @ordered
	 */
	WARNING(4, "WARNING", "WARNING"),

	/**
	 * The '<em><b>PREDICTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREDICTION_VALUE
	 * @generated
	 * @ordered
	 */
	PREDICTION(5, "PREDICTION", "PREDICTION"),

	/**
	 * The '<em><b>ASSESSMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSESSMENT_VALUE
	 * @generated
	 * @ordered
	 */
	ASSESSMENT(6, "ASSESSMENT", "ASSESSMENT"),

	/**
	 * The '<em><b>DEMAND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEMAND_VALUE
	 * @generated
	 * @ordered
	 */
	DEMAND(7, "DEMAND", "DEMAND"),

	/**
	 * The '<em><b>ACCUSATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCUSATION_VALUE
	 * @generated
	 * @ordered
	 */
	ACCUSATION(8, "ACCUSATION", "ACCUSATION"),

	/**
	 * The '<em><b>STATEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	STATEMENT(9, "STATEMENT", "STATEMENT");

	/**
	 * The '<em><b>ANNOUNCEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANNOUNCEMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANNOUNCEMENT_VALUE = 0;

	/**
	 * The '<em><b>COMMITMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMITMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMITMENT_VALUE = 1;

	/**
	 * The '<em><b>REASSURANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REASSURANCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REASSURANCE_VALUE = 2;

	/**
	 * The '<em><b>DENIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DENIAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DENIAL_VALUE = 3;

	/**
	 * The '<em><b>WARNING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WARNING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WARNING_VALUE = 4;

	/**
	 * The '<em><b>PREDICTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREDICTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PREDICTION_VALUE = 5;

	/**
	 * The '<em><b>ASSESSMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSESSMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ASSESSMENT_VALUE = 6;

	/**
	 * The '<em><b>DEMAND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEMAND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEMAND_VALUE = 7;

	/**
	 * The '<em><b>ACCUSATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCUSATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACCUSATION_VALUE = 8;

	/**
	 * The '<em><b>STATEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATEMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STATEMENT_VALUE = 9;

	/**
	 * An array of all the '<em><b>Claim Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ClaimType[] VALUES_ARRAY =
		new ClaimType[] {
			ANNOUNCEMENT,
			COMMITMENT,
			REASSURANCE,
			DENIAL,
			WARNING,
			PREDICTION,
			ASSESSMENT,
			DEMAND,
			ACCUSATION,
			STATEMENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Claim Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ClaimType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Claim Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ClaimType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ClaimType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Claim Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ClaimType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ClaimType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Claim Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ClaimType get(int value) {
		switch (value) {
			case ANNOUNCEMENT_VALUE: return ANNOUNCEMENT;
			case COMMITMENT_VALUE: return COMMITMENT;
			case REASSURANCE_VALUE: return REASSURANCE;
			case DENIAL_VALUE: return DENIAL;
			case WARNING_VALUE: return WARNING;
			case PREDICTION_VALUE: return PREDICTION;
			case ASSESSMENT_VALUE: return ASSESSMENT;
			case DEMAND_VALUE: return DEMAND;
			case ACCUSATION_VALUE: return ACCUSATION;
			case STATEMENT_VALUE: return STATEMENT;
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
	private ClaimType(int value, String name, String literal) {
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
	
} //ClaimType
