/**
 * Generated from model/carelens.ecore by releng/emf-codegen; do not edit.
 */
package org.carelens.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Sla Metric</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.carelens.model.CareLensPackage#getSlaMetric()
 * @model
 * @generated
 */
public enum SlaMetric implements Enumerator {
	/**
	 * The '<em><b>FIRST RESPONSE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRST_RESPONSE_VALUE
	 * @generated
	 * @ordered
	 */
	FIRST_RESPONSE(0, "FIRST_RESPONSE", "FIRST_RESPONSE"),

	/**
	 * The '<em><b>NEXT REPLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEXT_REPLY_VALUE
	 * @generated
	 * @ordered
	 */
	NEXT_REPLY(1, "NEXT_REPLY", "NEXT_REPLY"),

	/**
	 * The '<em><b>RESOLUTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESOLUTION_VALUE
	 * @generated
	 * @ordered
	 */
	RESOLUTION(2, "RESOLUTION", "RESOLUTION");

	/**
	 * The '<em><b>FIRST RESPONSE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRST_RESPONSE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FIRST_RESPONSE_VALUE = 0;

	/**
	 * The '<em><b>NEXT REPLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEXT_REPLY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NEXT_REPLY_VALUE = 1;

	/**
	 * The '<em><b>RESOLUTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESOLUTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESOLUTION_VALUE = 2;

	/**
	 * An array of all the '<em><b>Sla Metric</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SlaMetric[] VALUES_ARRAY =
		new SlaMetric[] {
			FIRST_RESPONSE,
			NEXT_REPLY,
			RESOLUTION,
		};

	/**
	 * A public read-only list of all the '<em><b>Sla Metric</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SlaMetric> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Sla Metric</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SlaMetric get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SlaMetric result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Sla Metric</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SlaMetric getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SlaMetric result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Sla Metric</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SlaMetric get(int value) {
		switch (value) {
			case FIRST_RESPONSE_VALUE: return FIRST_RESPONSE;
			case NEXT_REPLY_VALUE: return NEXT_REPLY;
			case RESOLUTION_VALUE: return RESOLUTION;
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
	private SlaMetric(int value, String name, String literal) {
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
	
} //SlaMetric
