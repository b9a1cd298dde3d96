/**
 * Generated from model/carelens.ecore by releng/emf-codegen; do not edit.
 */
package org.carelens.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Channel Instance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.carelens.model.ChannelInstance#getKind <em>Kind</em>}</li>
 *   <li>{@link org.carelens.model.ChannelInstance#getConnectorId <em>Connector Id</em>}</li>
 *   <li>{@link org.carelens.model.ChannelInstance#getSettings <em>Settings</em>}</li>
 * </ul>
 *
 * @see org.carelens.model.CareLensPackage#getChannelInstance()
 * @model
 * @generated
 */
public interface ChannelInstance extends Identified {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"VOICE"</code>.
	 * The literals are from the enumeration {@link org.carelens.model.ChannelKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.carelens.model.ChannelKind
	 * @see #setKind(ChannelKind)
	 * @see org.carelens.model.CareLensPackage#getChannelInstance_Kind()
	 * @model default="VOICE"
	 * @generated
	 */
	ChannelKind getKind();

	/**
	 * Sets the value of the '{@link org.carelens.model.ChannelInstance#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.carelens.model.ChannelKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ChannelKind value);

	/**
	 * Returns the value of the '<em><b>Connector Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Connector Id</em>' attribute.
	 * @see #setConnectorId(String)
	 * @see org.carelens.model.CareLensPackage#getChannelInstance_ConnectorId()
	 * @model
	 * @generated
	 */
	String getConnectorId();

	/**
	 * Sets the value of the '{@link org.carelens.model.ChannelInstance#getConnectorId <em>Connector Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connector Id</em>' attribute.
	 * @see #getConnectorId()
	 * @generated
	 */
	void setConnectorId(String value);

	/**
	 * Returns the value of the '<em><b>Settings</b></em>' containment reference list.
	 * The list contents are of type {@link org.carelens.model.Setting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Settings</em>' containment reference list.
	 * @see org.carelens.model.CareLensPackage#getChannelInstance_Settings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Setting> getSettings();

} // ChannelInstance
