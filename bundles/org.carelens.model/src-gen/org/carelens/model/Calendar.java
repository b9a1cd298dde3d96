/**
 * Generated from model/carelens.ecore by releng/emf-codegen; do not edit.
 */
package org.carelens.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Calendar</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.carelens.model.Calendar#getZone <em>Zone</em>}</li>
 *   <li>{@link org.carelens.model.Calendar#getHours <em>Hours</em>}</li>
 *   <li>{@link org.carelens.model.Calendar#getHolidays <em>Holidays</em>}</li>
 * </ul>
 *
 * @see org.carelens.model.CareLensPackage#getCalendar()
 * @model
 * @generated
 */
public interface Calendar extends Identified {
	/**
	 * Returns the value of the '<em><b>Zone</b></em>' attribute.
	 * The default value is <code>"Asia/Ho_Chi_Minh"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Zone</em>' attribute.
	 * @see #setZone(String)
	 * @see org.carelens.model.CareLensPackage#getCalendar_Zone()
	 * @model default="Asia/Ho_Chi_Minh"
	 * @generated
	 */
	String getZone();

	/**
	 * Sets the value of the '{@link org.carelens.model.Calendar#getZone <em>Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zone</em>' attribute.
	 * @see #getZone()
	 * @generated
	 */
	void setZone(String value);

	/**
	 * Returns the value of the '<em><b>Hours</b></em>' containment reference list.
	 * The list contents are of type {@link org.carelens.model.OpeningHours}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hours</em>' containment reference list.
	 * @see org.carelens.model.CareLensPackage#getCalendar_Hours()
	 * @model containment="true"
	 * @generated
	 */
	EList<OpeningHours> getHours();

	/**
	 * Returns the value of the '<em><b>Holidays</b></em>' containment reference list.
	 * The list contents are of type {@link org.carelens.model.Holiday}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Holidays</em>' containment reference list.
	 * @see org.carelens.model.CareLensPackage#getCalendar_Holidays()
	 * @model containment="true"
	 * @generated
	 */
	EList<Holiday> getHolidays();

} // Calendar
