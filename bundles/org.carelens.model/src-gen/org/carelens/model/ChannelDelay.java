/**
 * Generated from model/carelens.ecore by releng/emf-codegen; do not edit.
 */
package org.carelens.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Channel Delay</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.carelens.model.ChannelDelay#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.carelens.model.ChannelDelay#getDelay <em>Delay</em>}</li>
 * </ul>
 *
 * @see org.carelens.model.CareLensPackage#getChannelDelay()
 * @model
 * @generated
 */
public interface ChannelDelay extends EObject {
	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * The default value is <code>"VOICE"</code>.
	 * The literals are from the enumeration {@link org.carelens.model.ChannelKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see org.carelens.model.ChannelKind
	 * @see #setChannel(ChannelKind)
	 * @see org.carelens.model.CareLensPackage#getChannelDelay_Channel()
	 * @model default="VOICE"
	 * @generated
	 */
	ChannelKind getChannel();

	/**
	 * Sets the value of the '{@link org.carelens.model.ChannelDelay#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see org.carelens.model.ChannelKind
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(ChannelKind value);

	/**
	 * Returns the value of the '<em><b>Delay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The wait after the trigger before the survey is sent on this channel (ISO-8601 duration or seconds).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Delay</em>' attribute.
	 * @see #setDelay(String)
	 * @see org.carelens.model.CareLensPackage#getChannelDelay_Delay()
	 * @model
	 * @generated
	 */
	String getDelay();

	/**
	 * Sets the value of the '{@link org.carelens.model.ChannelDelay#getDelay <em>Delay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delay</em>' attribute.
	 * @see #getDelay()
	 * @generated
	 */
	void setDelay(String value);

} // ChannelDelay
