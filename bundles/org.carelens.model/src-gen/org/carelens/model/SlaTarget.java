/**
 * Generated from model/carelens.ecore by releng/emf-codegen; do not edit.
 */
package org.carelens.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sla Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.carelens.model.SlaTarget#getMetric <em>Metric</em>}</li>
 *   <li>{@link org.carelens.model.SlaTarget#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.carelens.model.SlaTarget#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.carelens.model.SlaTarget#getLimit <em>Limit</em>}</li>
 * </ul>
 *
 * @see org.carelens.model.CareLensPackage#getSlaTarget()
 * @model
 * @generated
 */
public interface SlaTarget extends EObject {
	/**
	 * Returns the value of the '<em><b>Metric</b></em>' attribute.
	 * The default value is <code>"FIRST_RESPONSE"</code>.
	 * The literals are from the enumeration {@link org.carelens.model.SlaMetric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metric</em>' attribute.
	 * @see org.carelens.model.SlaMetric
	 * @see #setMetric(SlaMetric)
	 * @see org.carelens.model.CareLensPackage#getSlaTarget_Metric()
	 * @model default="FIRST_RESPONSE"
	 * @generated
	 */
	SlaMetric getMetric();

	/**
	 * Sets the value of the '{@link org.carelens.model.SlaTarget#getMetric <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric</em>' attribute.
	 * @see org.carelens.model.SlaMetric
	 * @see #getMetric()
	 * @generated
	 */
	void setMetric(SlaMetric value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * The literals are from the enumeration {@link org.carelens.model.ChannelKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see org.carelens.model.ChannelKind
	 * @see #isSetChannel()
	 * @see #unsetChannel()
	 * @see #setChannel(ChannelKind)
	 * @see org.carelens.model.CareLensPackage#getSlaTarget_Channel()
	 * @model unsettable="true"
	 * @generated
	 */
	ChannelKind getChannel();

	/**
	 * Sets the value of the '{@link org.carelens.model.SlaTarget#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see org.carelens.model.ChannelKind
	 * @see #isSetChannel()
	 * @see #unsetChannel()
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(ChannelKind value);

	/**
	 * Unsets the value of the '{@link org.carelens.model.SlaTarget#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetChannel()
	 * @see #getChannel()
	 * @see #setChannel(ChannelKind)
	 * @generated
	 */
	void unsetChannel();

	/**
	 * Returns whether the value of the '{@link org.carelens.model.SlaTarget#getChannel <em>Channel</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Channel</em>' attribute is set.
	 * @see #unsetChannel()
	 * @see #getChannel()
	 * @see #setChannel(ChannelKind)
	 * @generated
	 */
	boolean isSetChannel();

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * The literals are from the enumeration {@link org.carelens.model.Priority}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see org.carelens.model.Priority
	 * @see #isSetPriority()
	 * @see #unsetPriority()
	 * @see #setPriority(Priority)
	 * @see org.carelens.model.CareLensPackage#getSlaTarget_Priority()
	 * @model unsettable="true"
	 * @generated
	 */
	Priority getPriority();

	/**
	 * Sets the value of the '{@link org.carelens.model.SlaTarget#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see org.carelens.model.Priority
	 * @see #isSetPriority()
	 * @see #unsetPriority()
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(Priority value);

	/**
	 * Unsets the value of the '{@link org.carelens.model.SlaTarget#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPriority()
	 * @see #getPriority()
	 * @see #setPriority(Priority)
	 * @generated
	 */
	void unsetPriority();

	/**
	 * Returns whether the value of the '{@link org.carelens.model.SlaTarget#getPriority <em>Priority</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Priority</em>' attribute is set.
	 * @see #unsetPriority()
	 * @see #getPriority()
	 * @see #setPriority(Priority)
	 * @generated
	 */
	boolean isSetPriority();

	/**
	 * Returns the value of the '<em><b>Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An ISO-8601 duration such as PT2M or PT24H, or a whole number of seconds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Limit</em>' attribute.
	 * @see #setLimit(String)
	 * @see org.carelens.model.CareLensPackage#getSlaTarget_Limit()
	 * @model
	 * @generated
	 */
	String getLimit();

	/**
	 * Sets the value of the '{@link org.carelens.model.SlaTarget#getLimit <em>Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Limit</em>' attribute.
	 * @see #getLimit()
	 * @generated
	 */
	void setLimit(String value);

} // SlaTarget
