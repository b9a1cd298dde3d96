/**
 * Generated from model/carelens.ecore by releng/emf-codegen; do not edit.
 */
package org.carelens.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sla Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.carelens.model.SlaPolicy#getCalendar <em>Calendar</em>}</li>
 *   <li>{@link org.carelens.model.SlaPolicy#getTargets <em>Targets</em>}</li>
 * </ul>
 *
 * @see org.carelens.model.CareLensPackage#getSlaPolicy()
 * @model
 * @generated
 */
public interface SlaPolicy extends Identified {
	/**
	 * Returns the value of the '<em><b>Calendar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Calendar</em>' reference.
	 * @see #setCalendar(Calendar)
	 * @see org.carelens.model.CareLensPackage#getSlaPolicy_Calendar()
	 * @model
	 * @generated
	 */
	Calendar getCalendar();

	/**
	 * Sets the value of the '{@link org.carelens.model.SlaPolicy#getCalendar <em>Calendar</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Calendar</em>' reference.
	 * @see #getCalendar()
	 * @generated
	 */
	void setCalendar(Calendar value);

	/**
	 * Returns the value of the '<em><b>Targets</b></em>' containment reference list.
	 * The list contents are of type {@link org.carelens.model.SlaTarget}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Targets</em>' containment reference list.
	 * @see org.carelens.model.CareLensPackage#getSlaPolicy_Targets()
	 * @model containment="true"
	 * @generated
	 */
	EList<SlaTarget> getTargets();

} // SlaPolicy
