/**
 * Generated from model/carelens.ecore by releng/emf-codegen; do not edit.
 */
package org.carelens.model.impl;

import java.util.Collection;

import org.carelens.model.CareLensPackage;
import org.carelens.model.ChannelDelay;
import org.carelens.model.DispatchPolicy;
import org.carelens.model.SurveyTrigger;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dispatch Policy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.carelens.model.impl.DispatchPolicyImpl#getTrigger <em>Trigger</em>}</li>
 *   <li>{@link org.carelens.model.impl.DispatchPolicyImpl#getCampaignTopic <em>Campaign Topic</em>}</li>
 *   <li>{@link org.carelens.model.impl.DispatchPolicyImpl#getCloseAfter <em>Close After</em>}</li>
 *   <li>{@link org.carelens.model.impl.DispatchPolicyImpl#getDelays <em>Delays</em>}</li>
 *   <li>{@link org.carelens.model.impl.DispatchPolicyImpl#getSamplingPercent <em>Sampling Percent</em>}</li>
 *   <li>{@link org.carelens.model.impl.DispatchPolicyImpl#getRestDays <em>Rest Days</em>}</li>
 *   <li>{@link org.carelens.model.impl.DispatchPolicyImpl#getMaxPer30Days <em>Max Per30 Days</em>}</li>
 *   <li>{@link org.carelens.model.impl.DispatchPolicyImpl#getExcludedTopics <em>Excluded Topics</em>}</li>
 *   <li>{@link org.carelens.model.impl.DispatchPolicyImpl#getInternalCustomers <em>Internal Customers</em>}</li>
 *   <li>{@link org.carelens.model.impl.DispatchPolicyImpl#getQuietFrom <em>Quiet From</em>}</li>
 *   <li>{@link org.carelens.model.impl.DispatchPolicyImpl#getQuietUntil <em>Quiet Until</em>}</li>
 *   <li>{@link org.carelens.model.impl.DispatchPolicyImpl#getLinkLifetime <em>Link Lifetime</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DispatchPolicyImpl extends EObjectImpl implements DispatchPolicy {
	/**
	 * The default value of the '{@link #getTrigger() <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrigger()
	 * @generated
	 * @ordered
	 */
	protected static final SurveyTrigger TRIGGER_EDEFAULT = SurveyTrigger.RESOLVED;

	/**
	 * The cached value of the '{@link #getTrigger() <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrigger()
	 * @generated
	 * @ordered
	 */
	protected SurveyTrigger trigger = TRIGGER_EDEFAULT;

	/**
	 * The default value of the '{@link #getCampaignTopic() <em>Campaign Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCampaignTopic()
	 * @generated
	 * @ordered
	 */
	protected static final String CAMPAIGN_TOPIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCampaignTopic() <em>Campaign Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCampaignTopic()
	 * @generated
	 * @ordered
	 */
	protected String campaignTopic = CAMPAIGN_TOPIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getCloseAfter() <em>Close After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCloseAfter()
	 * @generated
	 * @ordered
	 */
	protected static final String CLOSE_AFTER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCloseAfter() <em>Close After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCloseAfter()
	 * @generated
	 * @ordered
	 */
	protected String closeAfter = CLOSE_AFTER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDelays() <em>Delays</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelays()
	 * @generated
	 * @ordered
	 */
	protected EList<ChannelDelay> delays;

	/**
	 * The default value of the '{@link #getSamplingPercent() <em>Sampling Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSamplingPercent()
	 * @generated
	 * @ordered
	 */
	protected static final double SAMPLING_PERCENT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSamplingPercent() <em>Sampling Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSamplingPercent()
	 * @generated
	 * @ordered
	 */
	protected double samplingPercent = SAMPLING_PERCENT_EDEFAULT;

	/**
	 * This is true if the Sampling Percent attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean samplingPercentESet;

	/**
	 * The default value of the '{@link #getRestDays() <em>Rest Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestDays()
	 * @generated
	 * @ordered
	 */
	protected static final int REST_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRestDays() <em>Rest Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestDays()
	 * @generated
	 * @ordered
	 */
	protected int restDays = REST_DAYS_EDEFAULT;

	/**
	 * This is true if the Rest Days attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean restDaysESet;

	/**
	 * The default value of the '{@link #getMaxPer30Days() <em>Max Per30 Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxPer30Days()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_PER30_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxPer30Days() <em>Max Per30 Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxPer30Days()
	 * @generated
	 * @ordered
	 */
	protected int maxPer30Days = MAX_PER30_DAYS_EDEFAULT;

	/**
	 * This is true if the Max Per30 Days attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean maxPer30DaysESet;

	/**
	 * The cached value of the '{@link #getExcludedTopics() <em>Excluded Topics</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExcludedTopics()
	 * @generated
	 * @ordered
	 */
	protected EList<String> excludedTopics;

	/**
	 * The cached value of the '{@link #getInternalCustomers() <em>Internal Customers</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInternalCustomers()
	 * @generated
	 * @ordered
	 */
	protected EList<String> internalCustomers;

	/**
	 * The default value of the '{@link #getQuietFrom() <em>Quiet From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuietFrom()
	 * @generated
	 * @ordered
	 */
	protected static final String QUIET_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuietFrom() <em>Quiet From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuietFrom()
	 * @generated
	 * @ordered
	 */
	protected String quietFrom = QUIET_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuietUntil() <em>Quiet Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuietUntil()
	 * @generated
	 * @ordered
	 */
	protected static final String QUIET_UNTIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuietUntil() <em>Quiet Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuietUntil()
	 * @generated
	 * @ordered
	 */
	protected String quietUntil = QUIET_UNTIL_EDEFAULT;

	/**
	 * The default value of the '{@link #getLinkLifetime() <em>Link Lifetime</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinkLifetime()
	 * @generated
	 * @ordered
	 */
	protected static final String LINK_LIFETIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLinkLifetime() <em>Link Lifetime</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinkLifetime()
	 * @generated
	 * @ordered
	 */
	protected String linkLifetime = LINK_LIFETIME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DispatchPolicyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CareLensPackage.Literals.DISPATCH_POLICY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SurveyTrigger getTrigger() {
		return trigger;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrigger(SurveyTrigger newTrigger) {
		SurveyTrigger oldTrigger = trigger;
		trigger = newTrigger == null ? TRIGGER_EDEFAULT : newTrigger;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareLensPackage.DISPATCH_POLICY__TRIGGER, oldTrigger, trigger));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCampaignTopic() {
		return campaignTopic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCampaignTopic(String newCampaignTopic) {
		String oldCampaignTopic = campaignTopic;
		campaignTopic = newCampaignTopic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareLensPackage.DISPATCH_POLICY__CAMPAIGN_TOPIC, oldCampaignTopic, campaignTopic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCloseAfter() {
		return closeAfter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCloseAfter(String newCloseAfter) {
		String oldCloseAfter = closeAfter;
		closeAfter = newCloseAfter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareLensPackage.DISPATCH_POLICY__CLOSE_AFTER, oldCloseAfter, closeAfter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChannelDelay> getDelays() {
		if (delays == null) {
			delays = new EObjectContainmentEList<ChannelDelay>(ChannelDelay.class, this, CareLensPackage.DISPATCH_POLICY__DELAYS);
		}
		return delays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSamplingPercent() {
		return samplingPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSamplingPercent(double newSamplingPercent) {
		double oldSamplingPercent = samplingPercent;
		samplingPercent = newSamplingPercent;
		boolean oldSamplingPercentESet = samplingPercentESet;
		samplingPercentESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareLensPackage.DISPATCH_POLICY__SAMPLING_PERCENT, oldSamplingPercent, samplingPercent, !oldSamplingPercentESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetSamplingPercent() {
		double oldSamplingPercent = samplingPercent;
		boolean oldSamplingPercentESet = samplingPercentESet;
		samplingPercent = SAMPLING_PERCENT_EDEFAULT;
		samplingPercentESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CareLensPackage.DISPATCH_POLICY__SAMPLING_PERCENT, oldSamplingPercent, SAMPLING_PERCENT_EDEFAULT, oldSamplingPercentESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetSamplingPercent() {
		return samplingPercentESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRestDays() {
		return restDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRestDays(int newRestDays) {
		int oldRestDays = restDays;
		restDays = newRestDays;
		boolean oldRestDaysESet = restDaysESet;
		restDaysESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareLensPackage.DISPATCH_POLICY__REST_DAYS, oldRestDays, restDays, !oldRestDaysESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetRestDays() {
		int oldRestDays = restDays;
		boolean oldRestDaysESet = restDaysESet;
		restDays = REST_DAYS_EDEFAULT;
		restDaysESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CareLensPackage.DISPATCH_POLICY__REST_DAYS, oldRestDays, REST_DAYS_EDEFAULT, oldRestDaysESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetRestDays() {
		return restDaysESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxPer30Days() {
		return maxPer30Days;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxPer30Days(int newMaxPer30Days) {
		int oldMaxPer30Days = maxPer30Days;
		maxPer30Days = newMaxPer30Days;
		boolean oldMaxPer30DaysESet = maxPer30DaysESet;
		maxPer30DaysESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareLensPackage.DISPATCH_POLICY__MAX_PER30_DAYS, oldMaxPer30Days, maxPer30Days, !oldMaxPer30DaysESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMaxPer30Days() {
		int oldMaxPer30Days = maxPer30Days;
		boolean oldMaxPer30DaysESet = maxPer30DaysESet;
		maxPer30Days = MAX_PER30_DAYS_EDEFAULT;
		maxPer30DaysESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CareLensPackage.DISPATCH_POLICY__MAX_PER30_DAYS, oldMaxPer30Days, MAX_PER30_DAYS_EDEFAULT, oldMaxPer30DaysESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMaxPer30Days() {
		return maxPer30DaysESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getExcludedTopics() {
		if (excludedTopics == null) {
			excludedTopics = new EDataTypeUniqueEList<String>(String.class, this, CareLensPackage.DISPATCH_POLICY__EXCLUDED_TOPICS);
		}
		return excludedTopics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getInternalCustomers() {
		if (internalCustomers == null) {
			internalCustomers = new EDataTypeUniqueEList<String>(String.class, this, CareLensPackage.DISPATCH_POLICY__INTERNAL_CUSTOMERS);
		}
		return internalCustomers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuietFrom() {
		return quietFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuietFrom(String newQuietFrom) {
		String oldQuietFrom = quietFrom;
		quietFrom = newQuietFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareLensPackage.DISPATCH_POLICY__QUIET_FROM, oldQuietFrom, quietFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuietUntil() {
		return quietUntil;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuietUntil(String newQuietUntil) {
		String oldQuietUntil = quietUntil;
		quietUntil = newQuietUntil;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareLensPackage.DISPATCH_POLICY__QUIET_UNTIL, oldQuietUntil, quietUntil));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLinkLifetime() {
		return linkLifetime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLinkLifetime(String newLinkLifetime) {
		String oldLinkLifetime = linkLifetime;
		linkLifetime = newLinkLifetime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareLensPackage.DISPATCH_POLICY__LINK_LIFETIME, oldLinkLifetime, linkLifetime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CareLensPackage.DISPATCH_POLICY__DELAYS:
				return ((InternalEList<?>)getDelays()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CareLensPackage.DISPATCH_POLICY__TRIGGER:
				return getTrigger();
			case CareLensPackage.DISPATCH_POLICY__CAMPAIGN_TOPIC:
				return getCampaignTopic();
			case CareLensPackage.DISPATCH_POLICY__CLOSE_AFTER:
				return getCloseAfter();
			case CareLensPackage.DISPATCH_POLICY__DELAYS:
				return getDelays();
			case CareLensPackage.DISPATCH_POLICY__SAMPLING_PERCENT:
				return getSamplingPercent();
			case CareLensPackage.DISPATCH_POLICY__REST_DAYS:
				return getRestDays();
			case CareLensPackage.DISPATCH_POLICY__MAX_PER30_DAYS:
				return getMaxPer30Days();
			case CareLensPackage.DISPATCH_POLICY__EXCLUDED_TOPICS:
				return getExcludedTopics();
			case CareLensPackage.DISPATCH_POLICY__INTERNAL_CUSTOMERS:
				return getInternalCustomers();
			case CareLensPackage.DISPATCH_POLICY__QUIET_FROM:
				return getQuietFrom();
			case CareLensPackage.DISPATCH_POLICY__QUIET_UNTIL:
				return getQuietUntil();
			case CareLensPackage.DISPATCH_POLICY__LINK_LIFETIME:
				return getLinkLifetime();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CareLensPackage.DISPATCH_POLICY__TRIGGER:
				setTrigger((SurveyTrigger)newValue);
				return;
			case CareLensPackage.DISPATCH_POLICY__CAMPAIGN_TOPIC:
				setCampaignTopic((String)newValue);
				return;
			case CareLensPackage.DISPATCH_POLICY__CLOSE_AFTER:
				setCloseAfter((String)newValue);
				return;
			case CareLensPackage.DISPATCH_POLICY__DELAYS:
				getDelays().clear();
				getDelays().addAll((Collection<? extends ChannelDelay>)newValue);
				return;
			case CareLensPackage.DISPATCH_POLICY__SAMPLING_PERCENT:
				setSamplingPercent((Double)newValue);
				return;
			case CareLensPackage.DISPATCH_POLICY__REST_DAYS:
				setRestDays((Integer)newValue);
				return;
			case CareLensPackage.DISPATCH_POLICY__MAX_PER30_DAYS:
				setMaxPer30Days((Integer)newValue);
				return;
			case CareLensPackage.DISPATCH_POLICY__EXCLUDED_TOPICS:
				getExcludedTopics().clear();
				getExcludedTopics().addAll((Collection<? extends String>)newValue);
				return;
			case CareLensPackage.DISPATCH_POLICY__INTERNAL_CUSTOMERS:
				getInternalCustomers().clear();
				getInternalCustomers().addAll((Collection<? extends String>)newValue);
				return;
			case CareLensPackage.DISPATCH_POLICY__QUIET_FROM:
				setQuietFrom((String)newValue);
				return;
			case CareLensPackage.DISPATCH_POLICY__QUIET_UNTIL:
				setQuietUntil((String)newValue);
				return;
			case CareLensPackage.DISPATCH_POLICY__LINK_LIFETIME:
				setLinkLifetime((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CareLensPackage.DISPATCH_POLICY__TRIGGER:
				setTrigger(TRIGGER_EDEFAULT);
				return;
			case CareLensPackage.DISPATCH_POLICY__CAMPAIGN_TOPIC:
				setCampaignTopic(CAMPAIGN_TOPIC_EDEFAULT);
				return;
			case CareLensPackage.DISPATCH_POLICY__CLOSE_AFTER:
				setCloseAfter(CLOSE_AFTER_EDEFAULT);
				return;
			case CareLensPackage.DISPATCH_POLICY__DELAYS:
				getDelays().clear();
				return;
			case CareLensPackage.DISPATCH_POLICY__SAMPLING_PERCENT:
				unsetSamplingPercent();
				return;
			case CareLensPackage.DISPATCH_POLICY__REST_DAYS:
				unsetRestDays();
				return;
			case CareLensPackage.DISPATCH_POLICY__MAX_PER30_DAYS:
				unsetMaxPer30Days();
				return;
			case CareLensPackage.DISPATCH_POLICY__EXCLUDED_TOPICS:
				getExcludedTopics().clear();
				return;
			case CareLensPackage.DISPATCH_POLICY__INTERNAL_CUSTOMERS:
				getInternalCustomers().clear();
				return;
			case CareLensPackage.DISPATCH_POLICY__QUIET_FROM:
				setQuietFrom(QUIET_FROM_EDEFAULT);
				return;
			case CareLensPackage.DISPATCH_POLICY__QUIET_UNTIL:
				setQuietUntil(QUIET_UNTIL_EDEFAULT);
				return;
			case CareLensPackage.DISPATCH_POLICY__LINK_LIFETIME:
				setLinkLifetime(LINK_LIFETIME_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CareLensPackage.DISPATCH_POLICY__TRIGGER:
				return trigger != TRIGGER_EDEFAULT;
			case CareLensPackage.DISPATCH_POLICY__CAMPAIGN_TOPIC:
				return CAMPAIGN_TOPIC_EDEFAULT == null ? campaignTopic != null : !CAMPAIGN_TOPIC_EDEFAULT.equals(campaignTopic);
			case CareLensPackage.DISPATCH_POLICY__CLOSE_AFTER:
				return CLOSE_AFTER_EDEFAULT == null ? closeAfter != null : !CLOSE_AFTER_EDEFAULT.equals(closeAfter);
			case CareLensPackage.DISPATCH_POLICY__DELAYS:
				return delays != null && !delays.isEmpty();
			case CareLensPackage.DISPATCH_POLICY__SAMPLING_PERCENT:
				return isSetSamplingPercent();
			case CareLensPackage.DISPATCH_POLICY__REST_DAYS:
				return isSetRestDays();
			case CareLensPackage.DISPATCH_POLICY__MAX_PER30_DAYS:
				return isSetMaxPer30Days();
			case CareLensPackage.DISPATCH_POLICY__EXCLUDED_TOPICS:
				return excludedTopics != null && !excludedTopics.isEmpty();
			case CareLensPackage.DISPATCH_POLICY__INTERNAL_CUSTOMERS:
				return internalCustomers != null && !internalCustomers.isEmpty();
			case CareLensPackage.DISPATCH_POLICY__QUIET_FROM:
				return QUIET_FROM_EDEFAULT == null ? quietFrom != null : !QUIET_FROM_EDEFAULT.equals(quietFrom);
			case CareLensPackage.DISPATCH_POLICY__QUIET_UNTIL:
				return QUIET_UNTIL_EDEFAULT == null ? quietUntil != null : !QUIET_UNTIL_EDEFAULT.equals(quietUntil);
			case CareLensPackage.DISPATCH_POLICY__LINK_LIFETIME:
				return LINK_LIFETIME_EDEFAULT == null ? linkLifetime != null : !LINK_LIFETIME_EDEFAULT.equals(linkLifetime);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (trigger: ");
		result.append(trigger);
		result.append(", campaignTopic: ");
		result.append(campaignTopic);
		result.append(", closeAfter: ");
		result.append(closeAfter);
		result.append(", samplingPercent: ");
		if (samplingPercentESet) result.append(samplingPercent); else result.append("<unset>");
		result.append(", restDays: ");
		if (restDaysESet) result.append(restDays); else result.append("<unset>");
		result.append(", maxPer30Days: ");
		if (maxPer30DaysESet) result.append(maxPer30Days); else result.append("<unset>");
		result.append(", excludedTopics: ");
		result.append(excludedTopics);
		result.append(", internalCustomers: ");
		result.append(internalCustomers);
		result.append(", quietFrom: ");
		result.append(quietFrom);
		result.append(", quietUntil: ");
		result.append(quietUntil);
		result.append(", linkLifetime: ");
		result.append(linkLifetime);
		result.append(')');
		return result.toString();
	}

} //DispatchPolicyImpl
