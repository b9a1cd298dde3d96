/**
 * Generated from model/carelens.ecore by releng/emf-codegen; do not edit.
 */
package org.carelens.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Metric Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.carelens.model.MetricTarget#getMetric <em>Metric</em>}</li>
 *   <li>{@link org.carelens.model.MetricTarget#getChannelKind <em>Channel Kind</em>}</li>
 *   <li>{@link org.carelens.model.MetricTarget#getTeam <em>Team</em>}</li>
 *   <li>{@link org.carelens.model.MetricTarget#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.carelens.model.MetricTarget#getValue <em>Value</em>}</li>
 *   <li>{@link org.carelens.model.MetricTarget#getDirection <em>Direction</em>}</li>
 * </ul>
 *
 * @see org.carelens.model.CareLensPackage#getMetricTarget()
 * @model
 * @generated
 */
public interface MetricTarget extends EObject {
	/**
	 * Returns the value of the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metric</em>' attribute.
	 * @see #setMetric(String)
	 * @see org.carelens.model.CareLensPackage#getMetricTarget_Metric()
	 * @model
	 * @generated
	 */
	String getMetric();

	/**
	 * Sets the value of the '{@link org.carelens.model.MetricTarget#getMetric <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric</em>' attribute.
	 * @see #getMetric()
	 * @generated
	 */
	void setMetric(String value);

	/**
	 * Returns the value of the '<em><b>Channel Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.carelens.model.ChannelKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel Kind</em>' attribute.
	 * @see org.carelens.model.ChannelKind
	 * @see #isSetChannelKind()
	 * @see #unsetChannelKind()
	 * @see #setChannelKind(ChannelKind)
	 * @see org.carelens.model.CareLensPackage#getMetricTarget_ChannelKind()
	 * @model unsettable="true"
	 * @generated
	 */
	ChannelKind getChannelKind();

	/**
	 * Sets the value of the '{@link org.carelens.model.MetricTarget#getChannelKind <em>Channel Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel Kind</em>' attribute.
	 * @see org.carelens.model.ChannelKind
	 * @see #isSetChannelKind()
	 * @see #unsetChannelKind()
	 * @see #getChannelKind()
	 * @generated
	 */
	void setChannelKind(ChannelKind value);

	/**
	 * Unsets the value of the '{@link org.carelens.model.MetricTarget#getChannelKind <em>Channel Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetChannelKind()
	 * @see #getChannelKind()
	 * @see #setChannelKind(ChannelKind)
	 * @generated
	 */
	void unsetChannelKind();

	/**
	 * Returns whether the value of the '{@link org.carelens.model.MetricTarget#getChannelKind <em>Channel Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Channel Kind</em>' attribute is set.
	 * @see #unsetChannelKind()
	 * @see #getChannelKind()
	 * @see #setChannelKind(ChannelKind)
	 * @generated
	 */
	boolean isSetChannelKind();

	/**
	 * Returns the value of the '<em><b>Team</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Team</em>' reference.
	 * @see #setTeam(Team)
	 * @see org.carelens.model.CareLensPackage#getMetricTarget_Team()
	 * @model
	 * @generated
	 */
	Team getTeam();

	/**
	 * Sets the value of the '{@link org.carelens.model.MetricTarget#getTeam <em>Team</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Team</em>' reference.
	 * @see #getTeam()
	 * @generated
	 */
	void setTeam(Team value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' reference.
	 * @see #setChannel(ChannelInstance)
	 * @see org.carelens.model.CareLensPackage#getMetricTarget_Channel()
	 * @model
	 * @generated
	 */
	ChannelInstance getChannel();

	/**
	 * Sets the value of the '{@link org.carelens.model.MetricTarget#getChannel <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' reference.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(ChannelInstance value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see org.carelens.model.CareLensPackage#getMetricTarget_Value()
	 * @model
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link org.carelens.model.MetricTarget#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The default value is <code>"HIGHER_IS_BETTER"</code>.
	 * The literals are from the enumeration {@link org.carelens.model.TargetDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.carelens.model.TargetDirection
	 * @see #setDirection(TargetDirection)
	 * @see org.carelens.model.CareLensPackage#getMetricTarget_Direction()
	 * @model default="HIGHER_IS_BETTER"
	 * @generated
	 */
	TargetDirection getDirection();

	/**
	 * Sets the value of the '{@link org.carelens.model.MetricTarget#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.carelens.model.TargetDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(TargetDirection value);

} // MetricTarget
