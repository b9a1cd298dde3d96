/**
 * Generated from model/carelens.ecore by releng/emf-codegen; do not edit.
 */
package org.carelens.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Opening Hours</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.carelens.model.OpeningHours#getDay <em>Day</em>}</li>
 *   <li>{@link org.carelens.model.OpeningHours#getStart <em>Start</em>}</li>
 *   <li>{@link org.carelens.model.OpeningHours#getEnd <em>End</em>}</li>
 * </ul>
 *
 * @see org.carelens.model.CareLensPackage#getOpeningHours()
 * @model
 * @generated
 */
public interface OpeningHours extends EObject {
	/**
	 * Returns the value of the '<em><b>Day</b></em>' attribute.
	 * The default value is <code>"MONDAY"</code>.
	 * The literals are from the enumeration {@link org.carelens.model.Weekday}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Day</em>' attribute.
	 * @see org.carelens.model.Weekday
	 * @see #setDay(Weekday)
	 * @see org.carelens.model.CareLensPackage#getOpeningHours_Day()
	 * @model default="MONDAY"
	 * @generated
	 */
	Weekday getDay();

	/**
	 * Sets the value of the '{@link org.carelens.model.OpeningHours#getDay <em>Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Day</em>' attribute.
	 * @see org.carelens.model.Weekday
	 * @see #getDay()
	 * @generated
	 */
	void setDay(Weekday value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(String)
	 * @see org.carelens.model.CareLensPackage#getOpeningHours_Start()
	 * @model
	 * @generated
	 */
	String getStart();

	/**
	 * Sets the value of the '{@link org.carelens.model.OpeningHours#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(String value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(String)
	 * @see org.carelens.model.CareLensPackage#getOpeningHours_End()
	 * @model
	 * @generated
	 */
	String getEnd();

	/**
	 * Sets the value of the '{@link org.carelens.model.OpeningHours#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(String value);

} // OpeningHours
