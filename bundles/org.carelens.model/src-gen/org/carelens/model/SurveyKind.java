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
 * A representation of the literals of the enumeration '<em><b>Survey Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.carelens.model.CareLensPackage#getSurveyKind()
 * @model
 * @generated
 */
public enum SurveyKind implements Enumerator {
	/**
	 * The '<em><b>CSAT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CSAT_VALUE
	 * @generated
	 * @ordered
	 */
	CSAT(0, "CSAT", "CSAT"),

	/**
	 * The '<em><b>NPS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NPS_VALUE
	 * @generated
	 * @ordered
	 */
	NPS(1, "NPS", "NPS"),

	/**
	 * The '<em><b>CES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CES_VALUE
	 * @generated
	 * @ordered
	 */
	CES(2, "CES", "CES"),

	/**
	 * The '<em><b>CSI</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CSI_VALUE
	 * @generated
	 * @ordered
	 */
	CSI(3, "CSI", "CSI");

	/**
	 * The '<em><b>CSAT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CSAT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CSAT_VALUE = 0;

	/**
	 * The '<em><b>NPS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NPS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NPS_VALUE = 1;

	/**
	 * The '<em><b>CES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CES_VALUE = 2;

	/**
	 * The '<em><b>CSI</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CSI
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CSI_VALUE = 3;

	/**
	 * An array of all the '<em><b>Survey Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SurveyKind[] VALUES_ARRAY =
		new SurveyKind[] {
			CSAT,
			NPS,
			CES,
			CSI,
		};

	/**
	 * A public read-only list of all the '<em><b>Survey Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SurveyKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Survey Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SurveyKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SurveyKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Survey Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SurveyKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SurveyKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Survey Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SurveyKind get(int value) {
		switch (value) {
			case CSAT_VALUE: return CSAT;
			case NPS_VALUE: return NPS;
			case CES_VALUE: return CES;
			case CSI_VALUE: return CSI;
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
	private SurveyKind(int value, String name, String literal) {
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
	
} //SurveyKind
