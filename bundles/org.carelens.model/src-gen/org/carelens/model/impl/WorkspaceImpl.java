/**
 * Generated from model/carelens.ecore by releng/emf-codegen; do not edit.
 */
package org.carelens.model.impl;

import java.util.Collection;

import org.carelens.model.Agent;
import org.carelens.model.Calendar;
import org.carelens.model.CareLensPackage;
import org.carelens.model.ChannelInstance;
import org.carelens.model.Manager;
import org.carelens.model.MetricTarget;
import org.carelens.model.QaScorecard;
import org.carelens.model.Site;
import org.carelens.model.SlaPolicy;
import org.carelens.model.Survey;
import org.carelens.model.Team;
import org.carelens.model.Workspace;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Workspace</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.carelens.model.impl.WorkspaceImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.carelens.model.impl.WorkspaceImpl#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link org.carelens.model.impl.WorkspaceImpl#getDefaultCalendar <em>Default Calendar</em>}</li>
 *   <li>{@link org.carelens.model.impl.WorkspaceImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.carelens.model.impl.WorkspaceImpl#getSites <em>Sites</em>}</li>
 *   <li>{@link org.carelens.model.impl.WorkspaceImpl#getManagers <em>Managers</em>}</li>
 *   <li>{@link org.carelens.model.impl.WorkspaceImpl#getTeams <em>Teams</em>}</li>
 *   <li>{@link org.carelens.model.impl.WorkspaceImpl#getAgents <em>Agents</em>}</li>
 *   <li>{@link org.carelens.model.impl.WorkspaceImpl#getCalendars <em>Calendars</em>}</li>
 *   <li>{@link org.carelens.model.impl.WorkspaceImpl#getSlaPolicies <em>Sla Policies</em>}</li>
 *   <li>{@link org.carelens.model.impl.WorkspaceImpl#getSurveys <em>Surveys</em>}</li>
 *   <li>{@link org.carelens.model.impl.WorkspaceImpl#getMetricTargets <em>Metric Targets</em>}</li>
 *   <li>{@link org.carelens.model.impl.WorkspaceImpl#getScorecards <em>Scorecards</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WorkspaceImpl extends EObjectImpl implements Workspace {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeZone()
	 * @generated
	 * @ordered
	 */
	protected static final String TIME_ZONE_EDEFAULT = "Asia/Ho_Chi_Minh";

	/**
	 * The cached value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeZone()
	 * @generated
	 * @ordered
	 */
	protected String timeZone = TIME_ZONE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDefaultCalendar() <em>Default Calendar</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultCalendar()
	 * @generated
	 * @ordered
	 */
	protected Calendar defaultCalendar;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<ChannelInstance> channels;

	/**
	 * The cached value of the '{@link #getSites() <em>Sites</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSites()
	 * @generated
	 * @ordered
	 */
	protected EList<Site> sites;

	/**
	 * The cached value of the '{@link #getManagers() <em>Managers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManagers()
	 * @generated
	 * @ordered
	 */
	protected EList<Manager> managers;

	/**
	 * The cached value of the '{@link #getTeams() <em>Teams</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeams()
	 * @generated
	 * @ordered
	 */
	protected EList<Team> teams;

	/**
	 * The cached value of the '{@link #getAgents() <em>Agents</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgents()
	 * @generated
	 * @ordered
	 */
	protected EList<Agent> agents;

	/**
	 * The cached value of the '{@link #getCalendars() <em>Calendars</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCalendars()
	 * @generated
	 * @ordered
	 */
	protected EList<Calendar> calendars;

	/**
	 * The cached value of the '{@link #getSlaPolicies() <em>Sla Policies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlaPolicies()
	 * @generated
	 * @ordered
	 */
	protected EList<SlaPolicy> slaPolicies;

	/**
	 * The cached value of the '{@link #getSurveys() <em>Surveys</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSurveys()
	 * @generated
	 * @ordered
	 */
	protected EList<Survey> surveys;

	/**
	 * The cached value of the '{@link #getMetricTargets() <em>Metric Targets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetricTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<MetricTarget> metricTargets;

	/**
	 * The cached value of the '{@link #getScorecards() <em>Scorecards</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScorecards()
	 * @generated
	 * @ordered
	 */
	protected EList<QaScorecard> scorecards;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WorkspaceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CareLensPackage.Literals.WORKSPACE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareLensPackage.WORKSPACE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTimeZone() {
		return timeZone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeZone(String newTimeZone) {
		String oldTimeZone = timeZone;
		timeZone = newTimeZone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareLensPackage.WORKSPACE__TIME_ZONE, oldTimeZone, timeZone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Calendar getDefaultCalendar() {
		if (defaultCalendar != null && defaultCalendar.eIsProxy()) {
			InternalEObject oldDefaultCalendar = (InternalEObject)defaultCalendar;
			defaultCalendar = (Calendar)eResolveProxy(oldDefaultCalendar);
			if (defaultCalendar != oldDefaultCalendar) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CareLensPackage.WORKSPACE__DEFAULT_CALENDAR, oldDefaultCalendar, defaultCalendar));
			}
		}
		return defaultCalendar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Calendar basicGetDefaultCalendar() {
		return defaultCalendar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaultCalendar(Calendar newDefaultCalendar) {
		Calendar oldDefaultCalendar = defaultCalendar;
		defaultCalendar = newDefaultCalendar;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CareLensPackage.WORKSPACE__DEFAULT_CALENDAR, oldDefaultCalendar, defaultCalendar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChannelInstance> getChannels() {
		if (channels == null) {
			channels = new EObjectContainmentEList<ChannelInstance>(ChannelInstance.class, this, CareLensPackage.WORKSPACE__CHANNELS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Site> getSites() {
		if (sites == null) {
			sites = new EObjectContainmentEList<Site>(Site.class, this, CareLensPackage.WORKSPACE__SITES);
		}
		return sites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Manager> getManagers() {
		if (managers == null) {
			managers = new EObjectContainmentEList<Manager>(Manager.class, this, CareLensPackage.WORKSPACE__MANAGERS);
		}
		return managers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Team> getTeams() {
		if (teams == null) {
			teams = new EObjectContainmentEList<Team>(Team.class, this, CareLensPackage.WORKSPACE__TEAMS);
		}
		return teams;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Agent> getAgents() {
		if (agents == null) {
			agents = new EObjectContainmentEList<Agent>(Agent.class, this, CareLensPackage.WORKSPACE__AGENTS);
		}
		return agents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Calendar> getCalendars() {
		if (calendars == null) {
			calendars = new EObjectContainmentEList<Calendar>(Calendar.class, this, CareLensPackage.WORKSPACE__CALENDARS);
		}
		return calendars;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SlaPolicy> getSlaPolicies() {
		if (slaPolicies == null) {
			slaPolicies = new EObjectContainmentEList<SlaPolicy>(SlaPolicy.class, this, CareLensPackage.WORKSPACE__SLA_POLICIES);
		}
		return slaPolicies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Survey> getSurveys() {
		if (surveys == null) {
			surveys = new EObjectContainmentEList<Survey>(Survey.class, this, CareLensPackage.WORKSPACE__SURVEYS);
		}
		return surveys;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MetricTarget> getMetricTargets() {
		if (metricTargets == null) {
			metricTargets = new EObjectContainmentEList<MetricTarget>(MetricTarget.class, this, CareLensPackage.WORKSPACE__METRIC_TARGETS);
		}
		return metricTargets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<QaScorecard> getScorecards() {
		if (scorecards == null) {
			scorecards = new EObjectContainmentEList<QaScorecard>(QaScorecard.class, this, CareLensPackage.WORKSPACE__SCORECARDS);
		}
		return scorecards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CareLensPackage.WORKSPACE__CHANNELS:
				return ((InternalEList<?>)getChannels()).basicRemove(otherEnd, msgs);
			case CareLensPackage.WORKSPACE__SITES:
				return ((InternalEList<?>)getSites()).basicRemove(otherEnd, msgs);
			case CareLensPackage.WORKSPACE__MANAGERS:
				return ((InternalEList<?>)getManagers()).basicRemove(otherEnd, msgs);
			case CareLensPackage.WORKSPACE__TEAMS:
				return ((InternalEList<?>)getTeams()).basicRemove(otherEnd, msgs);
			case CareLensPackage.WORKSPACE__AGENTS:
				return ((InternalEList<?>)getAgents()).basicRemove(otherEnd, msgs);
			case CareLensPackage.WORKSPACE__CALENDARS:
				return ((InternalEList<?>)getCalendars()).basicRemove(otherEnd, msgs);
			case CareLensPackage.WORKSPACE__SLA_POLICIES:
				return ((InternalEList<?>)getSlaPolicies()).basicRemove(otherEnd, msgs);
			case CareLensPackage.WORKSPACE__SURVEYS:
				return ((InternalEList<?>)getSurveys()).basicRemove(otherEnd, msgs);
			case CareLensPackage.WORKSPACE__METRIC_TARGETS:
				return ((InternalEList<?>)getMetricTargets()).basicRemove(otherEnd, msgs);
			case CareLensPackage.WORKSPACE__SCORECARDS:
				return ((InternalEList<?>)getScorecards()).basicRemove(otherEnd, msgs);
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
			case CareLensPackage.WORKSPACE__NAME:
				return getName();
			case CareLensPackage.WORKSPACE__TIME_ZONE:
				return getTimeZone();
			case CareLensPackage.WORKSPACE__DEFAULT_CALENDAR:
				if (resolve) return getDefaultCalendar();
				return basicGetDefaultCalendar();
			case CareLensPackage.WORKSPACE__CHANNELS:
				return getChannels();
			case CareLensPackage.WORKSPACE__SITES:
				return getSites();
			case CareLensPackage.WORKSPACE__MANAGERS:
				return getManagers();
			case CareLensPackage.WORKSPACE__TEAMS:
				return getTeams();
			case CareLensPackage.WORKSPACE__AGENTS:
				return getAgents();
			case CareLensPackage.WORKSPACE__CALENDARS:
				return getCalendars();
			case CareLensPackage.WORKSPACE__SLA_POLICIES:
				return getSlaPolicies();
			case CareLensPackage.WORKSPACE__SURVEYS:
				return getSurveys();
			case CareLensPackage.WORKSPACE__METRIC_TARGETS:
				return getMetricTargets();
			case CareLensPackage.WORKSPACE__SCORECARDS:
				return getScorecards();
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
			case CareLensPackage.WORKSPACE__NAME:
				setName((String)newValue);
				return;
			case CareLensPackage.WORKSPACE__TIME_ZONE:
				setTimeZone((String)newValue);
				return;
			case CareLensPackage.WORKSPACE__DEFAULT_CALENDAR:
				setDefaultCalendar((Calendar)newValue);
				return;
			case CareLensPackage.WORKSPACE__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends ChannelInstance>)newValue);
				return;
			case CareLensPackage.WORKSPACE__SITES:
				getSites().clear();
				getSites().addAll((Collection<? extends Site>)newValue);
				return;
			case CareLensPackage.WORKSPACE__MANAGERS:
				getManagers().clear();
				getManagers().addAll((Collection<? extends Manager>)newValue);
				return;
			case CareLensPackage.WORKSPACE__TEAMS:
				getTeams().clear();
				getTeams().addAll((Collection<? extends Team>)newValue);
				return;
			case CareLensPackage.WORKSPACE__AGENTS:
				getAgents().clear();
				getAgents().addAll((Collection<? extends Agent>)newValue);
				return;
			case CareLensPackage.WORKSPACE__CALENDARS:
				getCalendars().clear();
				getCalendars().addAll((Collection<? extends Calendar>)newValue);
				return;
			case CareLensPackage.WORKSPACE__SLA_POLICIES:
				getSlaPolicies().clear();
				getSlaPolicies().addAll((Collection<? extends SlaPolicy>)newValue);
				return;
			case CareLensPackage.WORKSPACE__SURVEYS:
				getSurveys().clear();
				getSurveys().addAll((Collection<? extends Survey>)newValue);
				return;
			case CareLensPackage.WORKSPACE__METRIC_TARGETS:
				getMetricTargets().clear();
				getMetricTargets().addAll((Collection<? extends MetricTarget>)newValue);
				return;
			case CareLensPackage.WORKSPACE__SCORECARDS:
				getScorecards().clear();
				getScorecards().addAll((Collection<? extends QaScorecard>)newValue);
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
			case CareLensPackage.WORKSPACE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CareLensPackage.WORKSPACE__TIME_ZONE:
				setTimeZone(TIME_ZONE_EDEFAULT);
				return;
			case CareLensPackage.WORKSPACE__DEFAULT_CALENDAR:
				setDefaultCalendar((Calendar)null);
				return;
			case CareLensPackage.WORKSPACE__CHANNELS:
				getChannels().clear();
				return;
			case CareLensPackage.WORKSPACE__SITES:
				getSites().clear();
				return;
			case CareLensPackage.WORKSPACE__MANAGERS:
				getManagers().clear();
				return;
			case CareLensPackage.WORKSPACE__TEAMS:
				getTeams().clear();
				return;
			case CareLensPackage.WORKSPACE__AGENTS:
				getAgents().clear();
				return;
			case CareLensPackage.WORKSPACE__CALENDARS:
				getCalendars().clear();
				return;
			case CareLensPackage.WORKSPACE__SLA_POLICIES:
				getSlaPolicies().clear();
				return;
			case CareLensPackage.WORKSPACE__SURVEYS:
				getSurveys().clear();
				return;
			case CareLensPackage.WORKSPACE__METRIC_TARGETS:
				getMetricTargets().clear();
				return;
			case CareLensPackage.WORKSPACE__SCORECARDS:
				getScorecards().clear();
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
			case CareLensPackage.WORKSPACE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CareLensPackage.WORKSPACE__TIME_ZONE:
				return TIME_ZONE_EDEFAULT == null ? timeZone != null : !TIME_ZONE_EDEFAULT.equals(timeZone);
			case CareLensPackage.WORKSPACE__DEFAULT_CALENDAR:
				return defaultCalendar != null;
			case CareLensPackage.WORKSPACE__CHANNELS:
				return channels != null && !channels.isEmpty();
			case CareLensPackage.WORKSPACE__SITES:
				return sites != null && !sites.isEmpty();
			case CareLensPackage.WORKSPACE__MANAGERS:
				return managers != null && !managers.isEmpty();
			case CareLensPackage.WORKSPACE__TEAMS:
				return teams != null && !teams.isEmpty();
			case CareLensPackage.WORKSPACE__AGENTS:
				return agents != null && !agents.isEmpty();
			case CareLensPackage.WORKSPACE__CALENDARS:
				return calendars != null && !calendars.isEmpty();
			case CareLensPackage.WORKSPACE__SLA_POLICIES:
				return slaPolicies != null && !slaPolicies.isEmpty();
			case CareLensPackage.WORKSPACE__SURVEYS:
				return surveys != null && !surveys.isEmpty();
			case CareLensPackage.WORKSPACE__METRIC_TARGETS:
				return metricTargets != null && !metricTargets.isEmpty();
			case CareLensPackage.WORKSPACE__SCORECARDS:
				return scorecards != null && !scorecards.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", timeZone: ");
		result.append(timeZone);
		result.append(')');
		return result.toString();
	}

} //WorkspaceImpl
