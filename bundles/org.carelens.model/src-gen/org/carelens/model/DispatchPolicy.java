/**
 * Generated from model/carelens.ecore by releng/emf-codegen; do not edit.
 */
package org.carelens.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dispatch Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The dispatch policy of a survey: trigger, delay, sampling, per-customer caps, exclusions and quiet hours. Unset attributes take the defaults of org.carelens.core.api.survey.DispatchPolicy.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.carelens.model.DispatchPolicy#getTrigger <em>Trigger</em>}</li>
 *   <li>{@link org.carelens.model.DispatchPolicy#getCampaignTopic <em>Campaign Topic</em>}</li>
 *   <li>{@link org.carelens.model.DispatchPolicy#getCloseAfter <em>Close After</em>}</li>
 *   <li>{@link org.carelens.model.DispatchPolicy#getDelays <em>Delays</em>}</li>
 *   <li>{@link org.carelens.model.DispatchPolicy#getSamplingPercent <em>Sampling Percent</em>}</li>
 *   <li>{@link org.carelens.model.DispatchPolicy#getRestDays <em>Rest Days</em>}</li>
 *   <li>{@link org.carelens.model.DispatchPolicy#getMaxPer30Days <em>Max Per30 Days</em>}</li>
 *   <li>{@link org.carelens.model.DispatchPolicy#getExcludedTopics <em>Excluded Topics</em>}</li>
 *   <li>{@link org.carelens.model.DispatchPolicy#getInternalCustomers <em>Internal Customers</em>}</li>
 *   <li>{@link org.carelens.model.DispatchPolicy#getQuietFrom <em>Quiet From</em>}</li>
 *   <li>{@link org.carelens.model.DispatchPolicy#getQuietUntil <em>Quiet Until</em>}</li>
 *   <li>{@link org.carelens.model.DispatchPolicy#getLinkLifetime <em>Link Lifetime</em>}</li>
 * </ul>
 *
 * @see org.carelens.model.CareLensPackage#getDispatchPolicy()
 * @model
 * @generated
 */
public interface DispatchPolicy extends EObject {
	/**
	 * Returns the value of the '<em><b>Trigger</b></em>' attribute.
	 * The default value is <code>"RESOLVED"</code>.
	 * The literals are from the enumeration {@link org.carelens.model.SurveyTrigger}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trigger</em>' attribute.
	 * @see org.carelens.model.SurveyTrigger
	 * @see #setTrigger(SurveyTrigger)
	 * @see org.carelens.model.CareLensPackage#getDispatchPolicy_Trigger()
	 * @model default="RESOLVED"
	 * @generated
	 */
	SurveyTrigger getTrigger();

	/**
	 * Sets the value of the '{@link org.carelens.model.DispatchPolicy#getTrigger <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trigger</em>' attribute.
	 * @see org.carelens.model.SurveyTrigger
	 * @see #getTrigger()
	 * @generated
	 */
	void setTrigger(SurveyTrigger value);

	/**
	 * Returns the value of the '<em><b>Campaign Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For the CAMPAIGN trigger: the topic of the outbound (happy call) conversations whose customers are surveyed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Campaign Topic</em>' attribute.
	 * @see #setCampaignTopic(String)
	 * @see org.carelens.model.CareLensPackage#getDispatchPolicy_CampaignTopic()
	 * @model
	 * @generated
	 */
	String getCampaignTopic();

	/**
	 * Sets the value of the '{@link org.carelens.model.DispatchPolicy#getCampaignTopic <em>Campaign Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Campaign Topic</em>' attribute.
	 * @see #getCampaignTopic()
	 * @generated
	 */
	void setCampaignTopic(String value);

	/**
	 * Returns the value of the '<em><b>Close After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For the CLOSED trigger: how long a resolution must stand, not reopened, before the conversation counts as closed (ISO-8601 duration or seconds; default PT72H).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Close After</em>' attribute.
	 * @see #setCloseAfter(String)
	 * @see org.carelens.model.CareLensPackage#getDispatchPolicy_CloseAfter()
	 * @model
	 * @generated
	 */
	String getCloseAfter();

	/**
	 * Sets the value of the '{@link org.carelens.model.DispatchPolicy#getCloseAfter <em>Close After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Close After</em>' attribute.
	 * @see #getCloseAfter()
	 * @generated
	 */
	void setCloseAfter(String value);

	/**
	 * Returns the value of the '<em><b>Delays</b></em>' containment reference list.
	 * The list contents are of type {@link org.carelens.model.ChannelDelay}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Delays</em>' containment reference list.
	 * @see org.carelens.model.CareLensPackage#getDispatchPolicy_Delays()
	 * @model containment="true"
	 * @generated
	 */
	EList<ChannelDelay> getDelays();

	/**
	 * Returns the value of the '<em><b>Sampling Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The share of triggering conversations surveyed, 0 to 100 (default 100).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sampling Percent</em>' attribute.
	 * @see #isSetSamplingPercent()
	 * @see #unsetSamplingPercent()
	 * @see #setSamplingPercent(double)
	 * @see org.carelens.model.CareLensPackage#getDispatchPolicy_SamplingPercent()
	 * @model unsettable="true"
	 * @generated
	 */
	double getSamplingPercent();

	/**
	 * Sets the value of the '{@link org.carelens.model.DispatchPolicy#getSamplingPercent <em>Sampling Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sampling Percent</em>' attribute.
	 * @see #isSetSamplingPercent()
	 * @see #unsetSamplingPercent()
	 * @see #getSamplingPercent()
	 * @generated
	 */
	void setSamplingPercent(double value);

	/**
	 * Unsets the value of the '{@link org.carelens.model.DispatchPolicy#getSamplingPercent <em>Sampling Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSamplingPercent()
	 * @see #getSamplingPercent()
	 * @see #setSamplingPercent(double)
	 * @generated
	 */
	void unsetSamplingPercent();

	/**
	 * Returns whether the value of the '{@link org.carelens.model.DispatchPolicy#getSamplingPercent <em>Sampling Percent</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Sampling Percent</em>' attribute is set.
	 * @see #unsetSamplingPercent()
	 * @see #getSamplingPercent()
	 * @see #setSamplingPercent(double)
	 * @generated
	 */
	boolean isSetSamplingPercent();

	/**
	 * Returns the value of the '<em><b>Rest Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A customer is not surveyed again within this many days (default 14).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rest Days</em>' attribute.
	 * @see #isSetRestDays()
	 * @see #unsetRestDays()
	 * @see #setRestDays(int)
	 * @see org.carelens.model.CareLensPackage#getDispatchPolicy_RestDays()
	 * @model unsettable="true"
	 * @generated
	 */
	int getRestDays();

	/**
	 * Sets the value of the '{@link org.carelens.model.DispatchPolicy#getRestDays <em>Rest Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rest Days</em>' attribute.
	 * @see #isSetRestDays()
	 * @see #unsetRestDays()
	 * @see #getRestDays()
	 * @generated
	 */
	void setRestDays(int value);

	/**
	 * Unsets the value of the '{@link org.carelens.model.DispatchPolicy#getRestDays <em>Rest Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRestDays()
	 * @see #getRestDays()
	 * @see #setRestDays(int)
	 * @generated
	 */
	void unsetRestDays();

	/**
	 * Returns whether the value of the '{@link org.carelens.model.DispatchPolicy#getRestDays <em>Rest Days</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Rest Days</em>' attribute is set.
	 * @see #unsetRestDays()
	 * @see #getRestDays()
	 * @see #setRestDays(int)
	 * @generated
	 */
	boolean isSetRestDays();

	/**
	 * Returns the value of the '<em><b>Max Per30 Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * At most this many surveys to one customer in any 30 days (default 2).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Per30 Days</em>' attribute.
	 * @see #isSetMaxPer30Days()
	 * @see #unsetMaxPer30Days()
	 * @see #setMaxPer30Days(int)
	 * @see org.carelens.model.CareLensPackage#getDispatchPolicy_MaxPer30Days()
	 * @model unsettable="true"
	 * @generated
	 */
	int getMaxPer30Days();

	/**
	 * Sets the value of the '{@link org.carelens.model.DispatchPolicy#getMaxPer30Days <em>Max Per30 Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Per30 Days</em>' attribute.
	 * @see #isSetMaxPer30Days()
	 * @see #unsetMaxPer30Days()
	 * @see #getMaxPer30Days()
	 * @generated
	 */
	void setMaxPer30Days(int value);

	/**
	 * Unsets the value of the '{@link org.carelens.model.DispatchPolicy#getMaxPer30Days <em>Max Per30 Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMaxPer30Days()
	 * @see #getMaxPer30Days()
	 * @see #setMaxPer30Days(int)
	 * @generated
	 */
	void unsetMaxPer30Days();

	/**
	 * Returns whether the value of the '{@link org.carelens.model.DispatchPolicy#getMaxPer30Days <em>Max Per30 Days</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Max Per30 Days</em>' attribute is set.
	 * @see #unsetMaxPer30Days()
	 * @see #getMaxPer30Days()
	 * @see #setMaxPer30Days(int)
	 * @generated
	 */
	boolean isSetMaxPer30Days();

	/**
	 * Returns the value of the '<em><b>Excluded Topics</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Conversations with one of these topics are not surveyed (default: spam, internal, test).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Excluded Topics</em>' attribute list.
	 * @see org.carelens.model.CareLensPackage#getDispatchPolicy_ExcludedTopics()
	 * @model
	 * @generated
	 */
	EList<String> getExcludedTopics();

	/**
	 * Returns the value of the '<em><b>Internal Customers</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customer ids of staff and test accounts, never surveyed; * matches any characters (e.g. *@carelens.vn).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Internal Customers</em>' attribute list.
	 * @see org.carelens.model.CareLensPackage#getDispatchPolicy_InternalCustomers()
	 * @model
	 * @generated
	 */
	EList<String> getInternalCustomers();

	/**
	 * Returns the value of the '<em><b>Quiet From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Start of the quiet hours in the customer's zone, HH:MM (default 21:00); a survey due then waits until quietUntil.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quiet From</em>' attribute.
	 * @see #setQuietFrom(String)
	 * @see org.carelens.model.CareLensPackage#getDispatchPolicy_QuietFrom()
	 * @model
	 * @generated
	 */
	String getQuietFrom();

	/**
	 * Sets the value of the '{@link org.carelens.model.DispatchPolicy#getQuietFrom <em>Quiet From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quiet From</em>' attribute.
	 * @see #getQuietFrom()
	 * @generated
	 */
	void setQuietFrom(String value);

	/**
	 * Returns the value of the '<em><b>Quiet Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * End of the quiet hours, HH:MM (default 08:00).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quiet Until</em>' attribute.
	 * @see #setQuietUntil(String)
	 * @see org.carelens.model.CareLensPackage#getDispatchPolicy_QuietUntil()
	 * @model
	 * @generated
	 */
	String getQuietUntil();

	/**
	 * Sets the value of the '{@link org.carelens.model.DispatchPolicy#getQuietUntil <em>Quiet Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quiet Until</em>' attribute.
	 * @see #getQuietUntil()
	 * @generated
	 */
	void setQuietUntil(String value);

	/**
	 * Returns the value of the '<em><b>Link Lifetime</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How long a survey link can be answered (ISO-8601 duration or seconds; default P7D).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Link Lifetime</em>' attribute.
	 * @see #setLinkLifetime(String)
	 * @see org.carelens.model.CareLensPackage#getDispatchPolicy_LinkLifetime()
	 * @model
	 * @generated
	 */
	String getLinkLifetime();

	/**
	 * Sets the value of the '{@link org.carelens.model.DispatchPolicy#getLinkLifetime <em>Link Lifetime</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Link Lifetime</em>' attribute.
	 * @see #getLinkLifetime()
	 * @generated
	 */
	void setLinkLifetime(String value);

} // DispatchPolicy
