/**
 * Generated from model/carelens.ecore by releng/emf-codegen; do not edit.
 */
package org.carelens.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Team</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.carelens.model.Team#getSite <em>Site</em>}</li>
 *   <li>{@link org.carelens.model.Team#getManager <em>Manager</em>}</li>
 * </ul>
 *
 * @see org.carelens.model.CareLensPackage#getTeam()
 * @model
 * @generated
 */
public interface Team extends Identified {
	/**
	 * Returns the value of the '<em><b>Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Site</em>' reference.
	 * @see #setSite(Site)
	 * @see org.carelens.model.CareLensPackage#getTeam_Site()
	 * @model
	 * @generated
	 */
	Site getSite();

	/**
	 * Sets the value of the '{@link org.carelens.model.Team#getSite <em>Site</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site</em>' reference.
	 * @see #getSite()
	 * @generated
	 */
	void setSite(Site value);

	/**
	 * Returns the value of the '<em><b>Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Manager</em>' reference.
	 * @see #setManager(Manager)
	 * @see org.carelens.model.CareLensPackage#getTeam_Manager()
	 * @model
	 * @generated
	 */
	Manager getManager();

	/**
	 * Sets the value of the '{@link org.carelens.model.Team#getManager <em>Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manager</em>' reference.
	 * @see #getManager()
	 * @generated
	 */
	void setManager(Manager value);

} // Team
