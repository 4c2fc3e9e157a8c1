/**
 */
package org.sightline.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Structure Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.sightline.model.SightlinePackage#getStructureKind()
 * @model
 * @generated
 */
public enum StructureKind implements Enumerator {
	/**
	 * The '<em><b>TITLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TITLE_VALUE
	 * @generated
	 * @ordered
	 */
	TITLE(0, "TITLE", "TITLE"),

	/**
	 * The '<em><b>SUBTITLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBTITLE_VALUE
	 * @generated
	 * @ordered
	 */
	SUBTITLE(1, "SUBTITLE", "SUBTITLE"),

	/**
	 * The '<em><b>HEADING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEADING_VALUE
	 * @generated
	 * @ordered
	 */
	HEADING(2, "HEADING", "HEADING"),

	/**
	 * The '<em><b>PARAGRAPH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARAGRAPH_VALUE
	 * @generated
	 * @ordered
	 */
	PARAGRAPH(3, "PARAGRAPH", "PARAGRAPH"),

	/**
	 * The '<em><b>LIST ITEM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIST_ITEM_VALUE
	 * @generated
	 * @ordered
	 */
	LIST_ITEM(4, "LIST_ITEM", "LIST_ITEM"),

	/**
	 * The '<em><b>FURNITURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FURNITURE_VALUE
	 * @generated
	 * @ordered
	 */
	FURNITURE(5, "FURNITURE", "FURNITURE");

	/**
	 * The '<em><b>TITLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TITLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TITLE_VALUE = 0;

	/**
	 * The '<em><b>SUBTITLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBTITLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUBTITLE_VALUE = 1;

	/**
	 * The '<em><b>HEADING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEADING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HEADING_VALUE = 2;

	/**
	 * The '<em><b>PARAGRAPH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARAGRAPH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARAGRAPH_VALUE = 3;

	/**
	 * The '<em><b>LIST ITEM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIST_ITEM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LIST_ITEM_VALUE = 4;

	/**
	 * The '<em><b>FURNITURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FURNITURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FURNITURE_VALUE = 5;

	/**
	 * An array of all the '<em><b>Structure Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final StructureKind[] VALUES_ARRAY =
		new StructureKind[] {
			TITLE,
			SUBTITLE,
			HEADING,
			PARAGRAPH,
			LIST_ITEM,
			FURNITURE,
		};

	/**
	 * A public read-only list of all the '<em><b>Structure Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<StructureKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Structure Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StructureKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StructureKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Structure Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StructureKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StructureKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Structure Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StructureKind get(int value) {
		switch (value) {
			case TITLE_VALUE: return TITLE;
			case SUBTITLE_VALUE: return SUBTITLE;
			case HEADING_VALUE: return HEADING;
			case PARAGRAPH_VALUE: return PARAGRAPH;
			case LIST_ITEM_VALUE: return LIST_ITEM;
			case FURNITURE_VALUE: return FURNITURE;
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
	private StructureKind(int value, String name, String literal) {
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
	
} //StructureKind
