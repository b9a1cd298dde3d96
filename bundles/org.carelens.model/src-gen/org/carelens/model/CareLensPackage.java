/**
 * Generated from model/carelens.ecore by releng/emf-codegen; do not edit.
 */
package org.carelens.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The workspace configuration of CareLens: channels, organisation, calendars, SLA policies, surveys, metric targets and QA scorecards.
 * <!-- end-model-doc -->
 * @see org.carelens.model.CareLensFactory
 * @model kind="package"
 * @generated
 */
public interface CareLensPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://carelens.org/model/workspace/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "carelens";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CareLensPackage eINSTANCE = org.carelens.model.impl.CareLensPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.carelens.model.impl.WorkspaceImpl <em>Workspace</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carelens.model.impl.WorkspaceImpl
	 * @see org.carelens.model.impl.CareLensPackageImpl#getWorkspace()
	 * @generated
	 */
	int WORKSPACE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__TIME_ZONE = 1;

	/**
	 * The feature id for the '<em><b>Default Calendar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__DEFAULT_CALENDAR = 2;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__CHANNELS = 3;

	/**
	 * The feature id for the '<em><b>Sites</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__SITES = 4;

	/**
	 * The feature id for the '<em><b>Managers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__MANAGERS = 5;

	/**
	 * The feature id for the '<em><b>Teams</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__TEAMS = 6;

	/**
	 * The feature id for the '<em><b>Agents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__AGENTS = 7;

	/**
	 * The feature id for the '<em><b>Calendars</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__CALENDARS = 8;

	/**
	 * The feature id for the '<em><b>Sla Policies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__SLA_POLICIES = 9;

	/**
	 * The feature id for the '<em><b>Surveys</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__SURVEYS = 10;

	/**
	 * The feature id for the '<em><b>Metric Targets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__METRIC_TARGETS = 11;

	/**
	 * The feature id for the '<em><b>Scorecards</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__SCORECARDS = 12;

	/**
	 * The number of structural features of the '<em>Workspace</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE_FEATURE_COUNT = 13;

	/**
	 * The meta object id for the '{@link org.carelens.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carelens.model.impl.IdentifiedImpl
	 * @see org.carelens.model.impl.CareLensPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__NAME = 1;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.carelens.model.impl.ChannelInstanceImpl <em>Channel Instance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carelens.model.impl.ChannelInstanceImpl
	 * @see org.carelens.model.impl.CareLensPackageImpl#getChannelInstance()
	 * @generated
	 */
	int CHANNEL_INSTANCE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_INSTANCE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_INSTANCE__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_INSTANCE__KIND = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Connector Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_INSTANCE__CONNECTOR_ID = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Settings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_INSTANCE__SETTINGS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Channel Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_INSTANCE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The meta object id for the '{@link org.carelens.model.impl.SettingImpl <em>Setting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carelens.model.impl.SettingImpl
	 * @see org.carelens.model.impl.CareLensPackageImpl#getSetting()
	 * @generated
	 */
	int SETTING = 3;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Setting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTING_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.carelens.model.impl.SiteImpl <em>Site</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carelens.model.impl.SiteImpl
	 * @see org.carelens.model.impl.CareLensPackageImpl#getSite()
	 * @generated
	 */
	int SITE = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__COUNTRY = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__REGION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.carelens.model.impl.ManagerImpl <em>Manager</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carelens.model.impl.ManagerImpl
	 * @see org.carelens.model.impl.CareLensPackageImpl#getManager()
	 * @generated
	 */
	int MANAGER = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGER__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGER__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGER__SITE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Manager</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGER_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.carelens.model.impl.TeamImpl <em>Team</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carelens.model.impl.TeamImpl
	 * @see org.carelens.model.impl.CareLensPackageImpl#getTeam()
	 * @generated
	 */
	int TEAM = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__SITE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__MANAGER = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Team</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.carelens.model.impl.AgentImpl <em>Agent</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carelens.model.impl.AgentImpl
	 * @see org.carelens.model.impl.CareLensPackageImpl#getAgent()
	 * @generated
	 */
	int AGENT = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Team</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT__TEAM = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT__SITE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Agent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.carelens.model.impl.CalendarImpl <em>Calendar</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carelens.model.impl.CalendarImpl
	 * @see org.carelens.model.impl.CareLensPackageImpl#getCalendar()
	 * @generated
	 */
	int CALENDAR = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR__ZONE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Hours</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR__HOURS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Holidays</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR__HOLIDAYS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Calendar</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The meta object id for the '{@link org.carelens.model.impl.OpeningHoursImpl <em>Opening Hours</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carelens.model.impl.OpeningHoursImpl
	 * @see org.carelens.model.impl.CareLensPackageImpl#getOpeningHours()
	 * @generated
	 */
	int OPENING_HOURS = 9;

	/**
	 * The feature id for the '<em><b>Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPENING_HOURS__DAY = 0;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPENING_HOURS__START = 1;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPENING_HOURS__END = 2;

	/**
	 * The number of structural features of the '<em>Opening Hours</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPENING_HOURS_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link org.carelens.model.impl.HolidayImpl <em>Holiday</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carelens.model.impl.HolidayImpl
	 * @see org.carelens.model.impl.CareLensPackageImpl#getHoliday()
	 * @generated
	 */
	int HOLIDAY = 10;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLIDAY__DATE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLIDAY__NAME = 1;

	/**
	 * The number of structural features of the '<em>Holiday</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLIDAY_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.carelens.model.impl.SlaPolicyImpl <em>Sla Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carelens.model.impl.SlaPolicyImpl
	 * @see org.carelens.model.impl.CareLensPackageImpl#getSlaPolicy()
	 * @generated
	 */
	int SLA_POLICY = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLA_POLICY__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLA_POLICY__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Calendar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLA_POLICY__CALENDAR = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLA_POLICY__TARGETS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Sla Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLA_POLICY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.carelens.model.impl.SlaTargetImpl <em>Sla Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carelens.model.impl.SlaTargetImpl
	 * @see org.carelens.model.impl.CareLensPackageImpl#getSlaTarget()
	 * @generated
	 */
	int SLA_TARGET = 12;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLA_TARGET__METRIC = 0;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLA_TARGET__CHANNEL = 1;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLA_TARGET__PRIORITY = 2;

	/**
	 * The feature id for the '<em><b>Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLA_TARGET__LIMIT = 3;

	/**
	 * The number of structural features of the '<em>Sla Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLA_TARGET_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link org.carelens.model.impl.SurveyImpl <em>Survey</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carelens.model.impl.SurveyImpl
	 * @see org.carelens.model.impl.CareLensPackageImpl#getSurvey()
	 * @generated
	 */
	int SURVEY = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY__KIND = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Question Vi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY__QUESTION_VI = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Question En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY__QUESTION_EN = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Scale Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY__SCALE_MIN = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Scale Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY__SCALE_MAX = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Comment Vi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY__COMMENT_VI = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Comment En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY__COMMENT_EN = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY__CHANNELS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Attributes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY__ATTRIBUTES = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Dispatch</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY__DISPATCH = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Survey</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SURVEY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The meta object id for the '{@link org.carelens.model.impl.DispatchPolicyImpl <em>Dispatch Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carelens.model.impl.DispatchPolicyImpl
	 * @see org.carelens.model.impl.CareLensPackageImpl#getDispatchPolicy()
	 * @generated
	 */
	int DISPATCH_POLICY = 14;

	/**
	 * The feature id for the '<em><b>Trigger</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPATCH_POLICY__TRIGGER = 0;

	/**
	 * The feature id for the '<em><b>Campaign Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPATCH_POLICY__CAMPAIGN_TOPIC = 1;

	/**
	 * The feature id for the '<em><b>Close After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPATCH_POLICY__CLOSE_AFTER = 2;

	/**
	 * The feature id for the '<em><b>Delays</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPATCH_POLICY__DELAYS = 3;

	/**
	 * The feature id for the '<em><b>Sampling Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPATCH_POLICY__SAMPLING_PERCENT = 4;

	/**
	 * The feature id for the '<em><b>Rest Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPATCH_POLICY__REST_DAYS = 5;

	/**
	 * The feature id for the '<em><b>Max Per30 Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPATCH_POLICY__MAX_PER30_DAYS = 6;

	/**
	 * The feature id for the '<em><b>Excluded Topics</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPATCH_POLICY__EXCLUDED_TOPICS = 7;

	/**
	 * The feature id for the '<em><b>Internal Customers</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPATCH_POLICY__INTERNAL_CUSTOMERS = 8;

	/**
	 * The feature id for the '<em><b>Quiet From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPATCH_POLICY__QUIET_FROM = 9;

	/**
	 * The feature id for the '<em><b>Quiet Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPATCH_POLICY__QUIET_UNTIL = 10;

	/**
	 * The feature id for the '<em><b>Link Lifetime</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPATCH_POLICY__LINK_LIFETIME = 11;

	/**
	 * The number of structural features of the '<em>Dispatch Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPATCH_POLICY_FEATURE_COUNT = 12;

	/**
	 * The meta object id for the '{@link org.carelens.model.impl.ChannelDelayImpl <em>Channel Delay</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carelens.model.impl.ChannelDelayImpl
	 * @see org.carelens.model.impl.CareLensPackageImpl#getChannelDelay()
	 * @generated
	 */
	int CHANNEL_DELAY = 15;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_DELAY__CHANNEL = 0;

	/**
	 * The feature id for the '<em><b>Delay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_DELAY__DELAY = 1;

	/**
	 * The number of structural features of the '<em>Channel Delay</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_DELAY_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.carelens.model.impl.CsiAttributeImpl <em>Csi Attribute</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carelens.model.impl.CsiAttributeImpl
	 * @see org.carelens.model.impl.CareLensPackageImpl#getCsiAttribute()
	 * @generated
	 */
	int CSI_ATTRIBUTE = 16;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_ATTRIBUTE__KEY = 0;

	/**
	 * The feature id for the '<em><b>Question Vi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_ATTRIBUTE__QUESTION_VI = 1;

	/**
	 * The feature id for the '<em><b>Question En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_ATTRIBUTE__QUESTION_EN = 2;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_ATTRIBUTE__WEIGHT = 3;

	/**
	 * The number of structural features of the '<em>Csi Attribute</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CSI_ATTRIBUTE_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link org.carelens.model.impl.MetricTargetImpl <em>Metric Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carelens.model.impl.MetricTargetImpl
	 * @see org.carelens.model.impl.CareLensPackageImpl#getMetricTarget()
	 * @generated
	 */
	int METRIC_TARGET = 17;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_TARGET__METRIC = 0;

	/**
	 * The feature id for the '<em><b>Channel Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_TARGET__CHANNEL_KIND = 1;

	/**
	 * The feature id for the '<em><b>Team</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_TARGET__TEAM = 2;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_TARGET__CHANNEL = 3;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_TARGET__VALUE = 4;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_TARGET__DIRECTION = 5;

	/**
	 * The number of structural features of the '<em>Metric Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_TARGET_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link org.carelens.model.impl.QaScorecardImpl <em>Qa Scorecard</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carelens.model.impl.QaScorecardImpl
	 * @see org.carelens.model.impl.CareLensPackageImpl#getQaScorecard()
	 * @generated
	 */
	int QA_SCORECARD = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QA_SCORECARD__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QA_SCORECARD__NAME = IDENTIFIED__NAME;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QA_SCORECARD__CRITERIA = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Qa Scorecard</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QA_SCORECARD_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.carelens.model.impl.QaCriterionImpl <em>Qa Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carelens.model.impl.QaCriterionImpl
	 * @see org.carelens.model.impl.CareLensPackageImpl#getQaCriterion()
	 * @generated
	 */
	int QA_CRITERION = 19;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QA_CRITERION__KEY = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QA_CRITERION__NAME = 1;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QA_CRITERION__WEIGHT = 2;

	/**
	 * The feature id for the '<em><b>Critical</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QA_CRITERION__CRITICAL = 3;

	/**
	 * The number of structural features of the '<em>Qa Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QA_CRITERION_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link org.carelens.model.ChannelKind <em>Channel Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carelens.model.ChannelKind
	 * @see org.carelens.model.impl.CareLensPackageImpl#getChannelKind()
	 * @generated
	 */
	int CHANNEL_KIND = 20;

	/**
	 * The meta object id for the '{@link org.carelens.model.Priority <em>Priority</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carelens.model.Priority
	 * @see org.carelens.model.impl.CareLensPackageImpl#getPriority()
	 * @generated
	 */
	int PRIORITY = 21;

	/**
	 * The meta object id for the '{@link org.carelens.model.SlaMetric <em>Sla Metric</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carelens.model.SlaMetric
	 * @see org.carelens.model.impl.CareLensPackageImpl#getSlaMetric()
	 * @generated
	 */
	int SLA_METRIC = 22;

	/**
	 * The meta object id for the '{@link org.carelens.model.SurveyKind <em>Survey Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carelens.model.SurveyKind
	 * @see org.carelens.model.impl.CareLensPackageImpl#getSurveyKind()
	 * @generated
	 */
	int SURVEY_KIND = 23;

	/**
	 * The meta object id for the '{@link org.carelens.model.SurveyTrigger <em>Survey Trigger</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carelens.model.SurveyTrigger
	 * @see org.carelens.model.impl.CareLensPackageImpl#getSurveyTrigger()
	 * @generated
	 */
	int SURVEY_TRIGGER = 24;

	/**
	 * The meta object id for the '{@link org.carelens.model.TargetDirection <em>Target Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carelens.model.TargetDirection
	 * @see org.carelens.model.impl.CareLensPackageImpl#getTargetDirection()
	 * @generated
	 */
	int TARGET_DIRECTION = 25;

	/**
	 * The meta object id for the '{@link org.carelens.model.Weekday <em>Weekday</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.carelens.model.Weekday
	 * @see org.carelens.model.impl.CareLensPackageImpl#getWeekday()
	 * @generated
	 */
	int WEEKDAY = 26;


	/**
	 * Returns the meta object for class '{@link org.carelens.model.Workspace <em>Workspace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Workspace</em>'.
	 * @see org.carelens.model.Workspace
	 * @generated
	 */
	EClass getWorkspace();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.Workspace#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.carelens.model.Workspace#getName()
	 * @see #getWorkspace()
	 * @generated
	 */
	EAttribute getWorkspace_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.Workspace#getTimeZone <em>Time Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Zone</em>'.
	 * @see org.carelens.model.Workspace#getTimeZone()
	 * @see #getWorkspace()
	 * @generated
	 */
	EAttribute getWorkspace_TimeZone();

	/**
	 * Returns the meta object for the reference '{@link org.carelens.model.Workspace#getDefaultCalendar <em>Default Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Default Calendar</em>'.
	 * @see org.carelens.model.Workspace#getDefaultCalendar()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_DefaultCalendar();

	/**
	 * Returns the meta object for the containment reference list '{@link org.carelens.model.Workspace#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Channels</em>'.
	 * @see org.carelens.model.Workspace#getChannels()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_Channels();

	/**
	 * Returns the meta object for the containment reference list '{@link org.carelens.model.Workspace#getSites <em>Sites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sites</em>'.
	 * @see org.carelens.model.Workspace#getSites()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_Sites();

	/**
	 * Returns the meta object for the containment reference list '{@link org.carelens.model.Workspace#getManagers <em>Managers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Managers</em>'.
	 * @see org.carelens.model.Workspace#getManagers()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_Managers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.carelens.model.Workspace#getTeams <em>Teams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Teams</em>'.
	 * @see org.carelens.model.Workspace#getTeams()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_Teams();

	/**
	 * Returns the meta object for the containment reference list '{@link org.carelens.model.Workspace#getAgents <em>Agents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Agents</em>'.
	 * @see org.carelens.model.Workspace#getAgents()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_Agents();

	/**
	 * Returns the meta object for the containment reference list '{@link org.carelens.model.Workspace#getCalendars <em>Calendars</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Calendars</em>'.
	 * @see org.carelens.model.Workspace#getCalendars()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_Calendars();

	/**
	 * Returns the meta object for the containment reference list '{@link org.carelens.model.Workspace#getSlaPolicies <em>Sla Policies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sla Policies</em>'.
	 * @see org.carelens.model.Workspace#getSlaPolicies()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_SlaPolicies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.carelens.model.Workspace#getSurveys <em>Surveys</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Surveys</em>'.
	 * @see org.carelens.model.Workspace#getSurveys()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_Surveys();

	/**
	 * Returns the meta object for the containment reference list '{@link org.carelens.model.Workspace#getMetricTargets <em>Metric Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Metric Targets</em>'.
	 * @see org.carelens.model.Workspace#getMetricTargets()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_MetricTargets();

	/**
	 * Returns the meta object for the containment reference list '{@link org.carelens.model.Workspace#getScorecards <em>Scorecards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scorecards</em>'.
	 * @see org.carelens.model.Workspace#getScorecards()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_Scorecards();

	/**
	 * Returns the meta object for class '{@link org.carelens.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.carelens.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.carelens.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.Identified#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.carelens.model.Identified#getName()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Name();

	/**
	 * Returns the meta object for class '{@link org.carelens.model.ChannelInstance <em>Channel Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Channel Instance</em>'.
	 * @see org.carelens.model.ChannelInstance
	 * @generated
	 */
	EClass getChannelInstance();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.ChannelInstance#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.carelens.model.ChannelInstance#getKind()
	 * @see #getChannelInstance()
	 * @generated
	 */
	EAttribute getChannelInstance_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.ChannelInstance#getConnectorId <em>Connector Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Connector Id</em>'.
	 * @see org.carelens.model.ChannelInstance#getConnectorId()
	 * @see #getChannelInstance()
	 * @generated
	 */
	EAttribute getChannelInstance_ConnectorId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.carelens.model.ChannelInstance#getSettings <em>Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Settings</em>'.
	 * @see org.carelens.model.ChannelInstance#getSettings()
	 * @see #getChannelInstance()
	 * @generated
	 */
	EReference getChannelInstance_Settings();

	/**
	 * Returns the meta object for class '{@link org.carelens.model.Setting <em>Setting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Setting</em>'.
	 * @see org.carelens.model.Setting
	 * @generated
	 */
	EClass getSetting();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.Setting#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.carelens.model.Setting#getKey()
	 * @see #getSetting()
	 * @generated
	 */
	EAttribute getSetting_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.Setting#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.carelens.model.Setting#getValue()
	 * @see #getSetting()
	 * @generated
	 */
	EAttribute getSetting_Value();

	/**
	 * Returns the meta object for class '{@link org.carelens.model.Site <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Site</em>'.
	 * @see org.carelens.model.Site
	 * @generated
	 */
	EClass getSite();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.Site#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.carelens.model.Site#getCountry()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Country();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.Site#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see org.carelens.model.Site#getRegion()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Region();

	/**
	 * Returns the meta object for class '{@link org.carelens.model.Manager <em>Manager</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Manager</em>'.
	 * @see org.carelens.model.Manager
	 * @generated
	 */
	EClass getManager();

	/**
	 * Returns the meta object for the reference '{@link org.carelens.model.Manager#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Site</em>'.
	 * @see org.carelens.model.Manager#getSite()
	 * @see #getManager()
	 * @generated
	 */
	EReference getManager_Site();

	/**
	 * Returns the meta object for class '{@link org.carelens.model.Team <em>Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Team</em>'.
	 * @see org.carelens.model.Team
	 * @generated
	 */
	EClass getTeam();

	/**
	 * Returns the meta object for the reference '{@link org.carelens.model.Team#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Site</em>'.
	 * @see org.carelens.model.Team#getSite()
	 * @see #getTeam()
	 * @generated
	 */
	EReference getTeam_Site();

	/**
	 * Returns the meta object for the reference '{@link org.carelens.model.Team#getManager <em>Manager</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Manager</em>'.
	 * @see org.carelens.model.Team#getManager()
	 * @see #getTeam()
	 * @generated
	 */
	EReference getTeam_Manager();

	/**
	 * Returns the meta object for class '{@link org.carelens.model.Agent <em>Agent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Agent</em>'.
	 * @see org.carelens.model.Agent
	 * @generated
	 */
	EClass getAgent();

	/**
	 * Returns the meta object for the reference '{@link org.carelens.model.Agent#getTeam <em>Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Team</em>'.
	 * @see org.carelens.model.Agent#getTeam()
	 * @see #getAgent()
	 * @generated
	 */
	EReference getAgent_Team();

	/**
	 * Returns the meta object for the reference '{@link org.carelens.model.Agent#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Site</em>'.
	 * @see org.carelens.model.Agent#getSite()
	 * @see #getAgent()
	 * @generated
	 */
	EReference getAgent_Site();

	/**
	 * Returns the meta object for class '{@link org.carelens.model.Calendar <em>Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Calendar</em>'.
	 * @see org.carelens.model.Calendar
	 * @generated
	 */
	EClass getCalendar();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.Calendar#getZone <em>Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Zone</em>'.
	 * @see org.carelens.model.Calendar#getZone()
	 * @see #getCalendar()
	 * @generated
	 */
	EAttribute getCalendar_Zone();

	/**
	 * Returns the meta object for the containment reference list '{@link org.carelens.model.Calendar#getHours <em>Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hours</em>'.
	 * @see org.carelens.model.Calendar#getHours()
	 * @see #getCalendar()
	 * @generated
	 */
	EReference getCalendar_Hours();

	/**
	 * Returns the meta object for the containment reference list '{@link org.carelens.model.Calendar#getHolidays <em>Holidays</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Holidays</em>'.
	 * @see org.carelens.model.Calendar#getHolidays()
	 * @see #getCalendar()
	 * @generated
	 */
	EReference getCalendar_Holidays();

	/**
	 * Returns the meta object for class '{@link org.carelens.model.OpeningHours <em>Opening Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Opening Hours</em>'.
	 * @see org.carelens.model.OpeningHours
	 * @generated
	 */
	EClass getOpeningHours();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.OpeningHours#getDay <em>Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Day</em>'.
	 * @see org.carelens.model.OpeningHours#getDay()
	 * @see #getOpeningHours()
	 * @generated
	 */
	EAttribute getOpeningHours_Day();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.OpeningHours#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.carelens.model.OpeningHours#getStart()
	 * @see #getOpeningHours()
	 * @generated
	 */
	EAttribute getOpeningHours_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.OpeningHours#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.carelens.model.OpeningHours#getEnd()
	 * @see #getOpeningHours()
	 * @generated
	 */
	EAttribute getOpeningHours_End();

	/**
	 * Returns the meta object for class '{@link org.carelens.model.Holiday <em>Holiday</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Holiday</em>'.
	 * @see org.carelens.model.Holiday
	 * @generated
	 */
	EClass getHoliday();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.Holiday#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.carelens.model.Holiday#getDate()
	 * @see #getHoliday()
	 * @generated
	 */
	EAttribute getHoliday_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.Holiday#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.carelens.model.Holiday#getName()
	 * @see #getHoliday()
	 * @generated
	 */
	EAttribute getHoliday_Name();

	/**
	 * Returns the meta object for class '{@link org.carelens.model.SlaPolicy <em>Sla Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sla Policy</em>'.
	 * @see org.carelens.model.SlaPolicy
	 * @generated
	 */
	EClass getSlaPolicy();

	/**
	 * Returns the meta object for the reference '{@link org.carelens.model.SlaPolicy#getCalendar <em>Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Calendar</em>'.
	 * @see org.carelens.model.SlaPolicy#getCalendar()
	 * @see #getSlaPolicy()
	 * @generated
	 */
	EReference getSlaPolicy_Calendar();

	/**
	 * Returns the meta object for the containment reference list '{@link org.carelens.model.SlaPolicy#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Targets</em>'.
	 * @see org.carelens.model.SlaPolicy#getTargets()
	 * @see #getSlaPolicy()
	 * @generated
	 */
	EReference getSlaPolicy_Targets();

	/**
	 * Returns the meta object for class '{@link org.carelens.model.SlaTarget <em>Sla Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sla Target</em>'.
	 * @see org.carelens.model.SlaTarget
	 * @generated
	 */
	EClass getSlaTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.SlaTarget#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metric</em>'.
	 * @see org.carelens.model.SlaTarget#getMetric()
	 * @see #getSlaTarget()
	 * @generated
	 */
	EAttribute getSlaTarget_Metric();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.SlaTarget#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see org.carelens.model.SlaTarget#getChannel()
	 * @see #getSlaTarget()
	 * @generated
	 */
	EAttribute getSlaTarget_Channel();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.SlaTarget#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.carelens.model.SlaTarget#getPriority()
	 * @see #getSlaTarget()
	 * @generated
	 */
	EAttribute getSlaTarget_Priority();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.SlaTarget#getLimit <em>Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Limit</em>'.
	 * @see org.carelens.model.SlaTarget#getLimit()
	 * @see #getSlaTarget()
	 * @generated
	 */
	EAttribute getSlaTarget_Limit();

	/**
	 * Returns the meta object for class '{@link org.carelens.model.Survey <em>Survey</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Survey</em>'.
	 * @see org.carelens.model.Survey
	 * @generated
	 */
	EClass getSurvey();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.Survey#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.carelens.model.Survey#getKind()
	 * @see #getSurvey()
	 * @generated
	 */
	EAttribute getSurvey_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.Survey#getQuestionVi <em>Question Vi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Question Vi</em>'.
	 * @see org.carelens.model.Survey#getQuestionVi()
	 * @see #getSurvey()
	 * @generated
	 */
	EAttribute getSurvey_QuestionVi();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.Survey#getQuestionEn <em>Question En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Question En</em>'.
	 * @see org.carelens.model.Survey#getQuestionEn()
	 * @see #getSurvey()
	 * @generated
	 */
	EAttribute getSurvey_QuestionEn();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.Survey#getScaleMin <em>Scale Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scale Min</em>'.
	 * @see org.carelens.model.Survey#getScaleMin()
	 * @see #getSurvey()
	 * @generated
	 */
	EAttribute getSurvey_ScaleMin();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.Survey#getScaleMax <em>Scale Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scale Max</em>'.
	 * @see org.carelens.model.Survey#getScaleMax()
	 * @see #getSurvey()
	 * @generated
	 */
	EAttribute getSurvey_ScaleMax();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.Survey#getCommentVi <em>Comment Vi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment Vi</em>'.
	 * @see org.carelens.model.Survey#getCommentVi()
	 * @see #getSurvey()
	 * @generated
	 */
	EAttribute getSurvey_CommentVi();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.Survey#getCommentEn <em>Comment En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment En</em>'.
	 * @see org.carelens.model.Survey#getCommentEn()
	 * @see #getSurvey()
	 * @generated
	 */
	EAttribute getSurvey_CommentEn();

	/**
	 * Returns the meta object for the attribute list '{@link org.carelens.model.Survey#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Channels</em>'.
	 * @see org.carelens.model.Survey#getChannels()
	 * @see #getSurvey()
	 * @generated
	 */
	EAttribute getSurvey_Channels();

	/**
	 * Returns the meta object for the containment reference list '{@link org.carelens.model.Survey#getAttributes <em>Attributes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attributes</em>'.
	 * @see org.carelens.model.Survey#getAttributes()
	 * @see #getSurvey()
	 * @generated
	 */
	EReference getSurvey_Attributes();

	/**
	 * Returns the meta object for the containment reference '{@link org.carelens.model.Survey#getDispatch <em>Dispatch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Dispatch</em>'.
	 * @see org.carelens.model.Survey#getDispatch()
	 * @see #getSurvey()
	 * @generated
	 */
	EReference getSurvey_Dispatch();

	/**
	 * Returns the meta object for class '{@link org.carelens.model.DispatchPolicy <em>Dispatch Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dispatch Policy</em>'.
	 * @see org.carelens.model.DispatchPolicy
	 * @generated
	 */
	EClass getDispatchPolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.DispatchPolicy#getTrigger <em>Trigger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trigger</em>'.
	 * @see org.carelens.model.DispatchPolicy#getTrigger()
	 * @see #getDispatchPolicy()
	 * @generated
	 */
	EAttribute getDispatchPolicy_Trigger();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.DispatchPolicy#getCampaignTopic <em>Campaign Topic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Campaign Topic</em>'.
	 * @see org.carelens.model.DispatchPolicy#getCampaignTopic()
	 * @see #getDispatchPolicy()
	 * @generated
	 */
	EAttribute getDispatchPolicy_CampaignTopic();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.DispatchPolicy#getCloseAfter <em>Close After</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Close After</em>'.
	 * @see org.carelens.model.DispatchPolicy#getCloseAfter()
	 * @see #getDispatchPolicy()
	 * @generated
	 */
	EAttribute getDispatchPolicy_CloseAfter();

	/**
	 * Returns the meta object for the containment reference list '{@link org.carelens.model.DispatchPolicy#getDelays <em>Delays</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Delays</em>'.
	 * @see org.carelens.model.DispatchPolicy#getDelays()
	 * @see #getDispatchPolicy()
	 * @generated
	 */
	EReference getDispatchPolicy_Delays();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.DispatchPolicy#getSamplingPercent <em>Sampling Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sampling Percent</em>'.
	 * @see org.carelens.model.DispatchPolicy#getSamplingPercent()
	 * @see #getDispatchPolicy()
	 * @generated
	 */
	EAttribute getDispatchPolicy_SamplingPercent();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.DispatchPolicy#getRestDays <em>Rest Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rest Days</em>'.
	 * @see org.carelens.model.DispatchPolicy#getRestDays()
	 * @see #getDispatchPolicy()
	 * @generated
	 */
	EAttribute getDispatchPolicy_RestDays();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.DispatchPolicy#getMaxPer30Days <em>Max Per30 Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Per30 Days</em>'.
	 * @see org.carelens.model.DispatchPolicy#getMaxPer30Days()
	 * @see #getDispatchPolicy()
	 * @generated
	 */
	EAttribute getDispatchPolicy_MaxPer30Days();

	/**
	 * Returns the meta object for the attribute list '{@link org.carelens.model.DispatchPolicy#getExcludedTopics <em>Excluded Topics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Excluded Topics</em>'.
	 * @see org.carelens.model.DispatchPolicy#getExcludedTopics()
	 * @see #getDispatchPolicy()
	 * @generated
	 */
	EAttribute getDispatchPolicy_ExcludedTopics();

	/**
	 * Returns the meta object for the attribute list '{@link org.carelens.model.DispatchPolicy#getInternalCustomers <em>Internal Customers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Internal Customers</em>'.
	 * @see org.carelens.model.DispatchPolicy#getInternalCustomers()
	 * @see #getDispatchPolicy()
	 * @generated
	 */
	EAttribute getDispatchPolicy_InternalCustomers();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.DispatchPolicy#getQuietFrom <em>Quiet From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quiet From</em>'.
	 * @see org.carelens.model.DispatchPolicy#getQuietFrom()
	 * @see #getDispatchPolicy()
	 * @generated
	 */
	EAttribute getDispatchPolicy_QuietFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.DispatchPolicy#getQuietUntil <em>Quiet Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quiet Until</em>'.
	 * @see org.carelens.model.DispatchPolicy#getQuietUntil()
	 * @see #getDispatchPolicy()
	 * @generated
	 */
	EAttribute getDispatchPolicy_QuietUntil();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.DispatchPolicy#getLinkLifetime <em>Link Lifetime</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Link Lifetime</em>'.
	 * @see org.carelens.model.DispatchPolicy#getLinkLifetime()
	 * @see #getDispatchPolicy()
	 * @generated
	 */
	EAttribute getDispatchPolicy_LinkLifetime();

	/**
	 * Returns the meta object for class '{@link org.carelens.model.ChannelDelay <em>Channel Delay</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Channel Delay</em>'.
	 * @see org.carelens.model.ChannelDelay
	 * @generated
	 */
	EClass getChannelDelay();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.ChannelDelay#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see org.carelens.model.ChannelDelay#getChannel()
	 * @see #getChannelDelay()
	 * @generated
	 */
	EAttribute getChannelDelay_Channel();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.ChannelDelay#getDelay <em>Delay</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delay</em>'.
	 * @see org.carelens.model.ChannelDelay#getDelay()
	 * @see #getChannelDelay()
	 * @generated
	 */
	EAttribute getChannelDelay_Delay();

	/**
	 * Returns the meta object for class '{@link org.carelens.model.CsiAttribute <em>Csi Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Csi Attribute</em>'.
	 * @see org.carelens.model.CsiAttribute
	 * @generated
	 */
	EClass getCsiAttribute();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.CsiAttribute#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.carelens.model.CsiAttribute#getKey()
	 * @see #getCsiAttribute()
	 * @generated
	 */
	EAttribute getCsiAttribute_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.CsiAttribute#getQuestionVi <em>Question Vi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Question Vi</em>'.
	 * @see org.carelens.model.CsiAttribute#getQuestionVi()
	 * @see #getCsiAttribute()
	 * @generated
	 */
	EAttribute getCsiAttribute_QuestionVi();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.CsiAttribute#getQuestionEn <em>Question En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Question En</em>'.
	 * @see org.carelens.model.CsiAttribute#getQuestionEn()
	 * @see #getCsiAttribute()
	 * @generated
	 */
	EAttribute getCsiAttribute_QuestionEn();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.CsiAttribute#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.carelens.model.CsiAttribute#getWeight()
	 * @see #getCsiAttribute()
	 * @generated
	 */
	EAttribute getCsiAttribute_Weight();

	/**
	 * Returns the meta object for class '{@link org.carelens.model.MetricTarget <em>Metric Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metric Target</em>'.
	 * @see org.carelens.model.MetricTarget
	 * @generated
	 */
	EClass getMetricTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.MetricTarget#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metric</em>'.
	 * @see org.carelens.model.MetricTarget#getMetric()
	 * @see #getMetricTarget()
	 * @generated
	 */
	EAttribute getMetricTarget_Metric();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.MetricTarget#getChannelKind <em>Channel Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel Kind</em>'.
	 * @see org.carelens.model.MetricTarget#getChannelKind()
	 * @see #getMetricTarget()
	 * @generated
	 */
	EAttribute getMetricTarget_ChannelKind();

	/**
	 * Returns the meta object for the reference '{@link org.carelens.model.MetricTarget#getTeam <em>Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Team</em>'.
	 * @see org.carelens.model.MetricTarget#getTeam()
	 * @see #getMetricTarget()
	 * @generated
	 */
	EReference getMetricTarget_Team();

	/**
	 * Returns the meta object for the reference '{@link org.carelens.model.MetricTarget#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Channel</em>'.
	 * @see org.carelens.model.MetricTarget#getChannel()
	 * @see #getMetricTarget()
	 * @generated
	 */
	EReference getMetricTarget_Channel();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.MetricTarget#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.carelens.model.MetricTarget#getValue()
	 * @see #getMetricTarget()
	 * @generated
	 */
	EAttribute getMetricTarget_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.MetricTarget#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.carelens.model.MetricTarget#getDirection()
	 * @see #getMetricTarget()
	 * @generated
	 */
	EAttribute getMetricTarget_Direction();

	/**
	 * Returns the meta object for class '{@link org.carelens.model.QaScorecard <em>Qa Scorecard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Qa Scorecard</em>'.
	 * @see org.carelens.model.QaScorecard
	 * @generated
	 */
	EClass getQaScorecard();

	/**
	 * Returns the meta object for the containment reference list '{@link org.carelens.model.QaScorecard#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Criteria</em>'.
	 * @see org.carelens.model.QaScorecard#getCriteria()
	 * @see #getQaScorecard()
	 * @generated
	 */
	EReference getQaScorecard_Criteria();

	/**
	 * Returns the meta object for class '{@link org.carelens.model.QaCriterion <em>Qa Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Qa Criterion</em>'.
	 * @see org.carelens.model.QaCriterion
	 * @generated
	 */
	EClass getQaCriterion();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.QaCriterion#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.carelens.model.QaCriterion#getKey()
	 * @see #getQaCriterion()
	 * @generated
	 */
	EAttribute getQaCriterion_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.QaCriterion#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.carelens.model.QaCriterion#getName()
	 * @see #getQaCriterion()
	 * @generated
	 */
	EAttribute getQaCriterion_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.QaCriterion#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.carelens.model.QaCriterion#getWeight()
	 * @see #getQaCriterion()
	 * @generated
	 */
	EAttribute getQaCriterion_Weight();

	/**
	 * Returns the meta object for the attribute '{@link org.carelens.model.QaCriterion#isCritical <em>Critical</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Critical</em>'.
	 * @see org.carelens.model.QaCriterion#isCritical()
	 * @see #getQaCriterion()
	 * @generated
	 */
	EAttribute getQaCriterion_Critical();

	/**
	 * Returns the meta object for enum '{@link org.carelens.model.ChannelKind <em>Channel Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Channel Kind</em>'.
	 * @see org.carelens.model.ChannelKind
	 * @generated
	 */
	EEnum getChannelKind();

	/**
	 * Returns the meta object for enum '{@link org.carelens.model.Priority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Priority</em>'.
	 * @see org.carelens.model.Priority
	 * @generated
	 */
	EEnum getPriority();

	/**
	 * Returns the meta object for enum '{@link org.carelens.model.SlaMetric <em>Sla Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sla Metric</em>'.
	 * @see org.carelens.model.SlaMetric
	 * @generated
	 */
	EEnum getSlaMetric();

	/**
	 * Returns the meta object for enum '{@link org.carelens.model.SurveyKind <em>Survey Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Survey Kind</em>'.
	 * @see org.carelens.model.SurveyKind
	 * @generated
	 */
	EEnum getSurveyKind();

	/**
	 * Returns the meta object for enum '{@link org.carelens.model.SurveyTrigger <em>Survey Trigger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Survey Trigger</em>'.
	 * @see org.carelens.model.SurveyTrigger
	 * @generated
	 */
	EEnum getSurveyTrigger();

	/**
	 * Returns the meta object for enum '{@link org.carelens.model.TargetDirection <em>Target Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Target Direction</em>'.
	 * @see org.carelens.model.TargetDirection
	 * @generated
	 */
	EEnum getTargetDirection();

	/**
	 * Returns the meta object for enum '{@link org.carelens.model.Weekday <em>Weekday</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Weekday</em>'.
	 * @see org.carelens.model.Weekday
	 * @generated
	 */
	EEnum getWeekday();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CareLensFactory getCareLensFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.carelens.model.impl.WorkspaceImpl <em>Workspace</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carelens.model.impl.WorkspaceImpl
		 * @see org.carelens.model.impl.CareLensPackageImpl#getWorkspace()
		 * @generated
		 */
		EClass WORKSPACE = eINSTANCE.getWorkspace();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKSPACE__NAME = eINSTANCE.getWorkspace_Name();

		/**
		 * The meta object literal for the '<em><b>Time Zone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKSPACE__TIME_ZONE = eINSTANCE.getWorkspace_TimeZone();

		/**
		 * The meta object literal for the '<em><b>Default Calendar</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__DEFAULT_CALENDAR = eINSTANCE.getWorkspace_DefaultCalendar();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__CHANNELS = eINSTANCE.getWorkspace_Channels();

		/**
		 * The meta object literal for the '<em><b>Sites</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__SITES = eINSTANCE.getWorkspace_Sites();

		/**
		 * The meta object literal for the '<em><b>Managers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__MANAGERS = eINSTANCE.getWorkspace_Managers();

		/**
		 * The meta object literal for the '<em><b>Teams</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__TEAMS = eINSTANCE.getWorkspace_Teams();

		/**
		 * The meta object literal for the '<em><b>Agents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__AGENTS = eINSTANCE.getWorkspace_Agents();

		/**
		 * The meta object literal for the '<em><b>Calendars</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__CALENDARS = eINSTANCE.getWorkspace_Calendars();

		/**
		 * The meta object literal for the '<em><b>Sla Policies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__SLA_POLICIES = eINSTANCE.getWorkspace_SlaPolicies();

		/**
		 * The meta object literal for the '<em><b>Surveys</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__SURVEYS = eINSTANCE.getWorkspace_Surveys();

		/**
		 * The meta object literal for the '<em><b>Metric Targets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__METRIC_TARGETS = eINSTANCE.getWorkspace_MetricTargets();

		/**
		 * The meta object literal for the '<em><b>Scorecards</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__SCORECARDS = eINSTANCE.getWorkspace_Scorecards();

		/**
		 * The meta object literal for the '{@link org.carelens.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carelens.model.impl.IdentifiedImpl
		 * @see org.carelens.model.impl.CareLensPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__NAME = eINSTANCE.getIdentified_Name();

		/**
		 * The meta object literal for the '{@link org.carelens.model.impl.ChannelInstanceImpl <em>Channel Instance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carelens.model.impl.ChannelInstanceImpl
		 * @see org.carelens.model.impl.CareLensPackageImpl#getChannelInstance()
		 * @generated
		 */
		EClass CHANNEL_INSTANCE = eINSTANCE.getChannelInstance();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_INSTANCE__KIND = eINSTANCE.getChannelInstance_Kind();

		/**
		 * The meta object literal for the '<em><b>Connector Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_INSTANCE__CONNECTOR_ID = eINSTANCE.getChannelInstance_ConnectorId();

		/**
		 * The meta object literal for the '<em><b>Settings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANNEL_INSTANCE__SETTINGS = eINSTANCE.getChannelInstance_Settings();

		/**
		 * The meta object literal for the '{@link org.carelens.model.impl.SettingImpl <em>Setting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carelens.model.impl.SettingImpl
		 * @see org.carelens.model.impl.CareLensPackageImpl#getSetting()
		 * @generated
		 */
		EClass SETTING = eINSTANCE.getSetting();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SETTING__KEY = eINSTANCE.getSetting_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SETTING__VALUE = eINSTANCE.getSetting_Value();

		/**
		 * The meta object literal for the '{@link org.carelens.model.impl.SiteImpl <em>Site</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carelens.model.impl.SiteImpl
		 * @see org.carelens.model.impl.CareLensPackageImpl#getSite()
		 * @generated
		 */
		EClass SITE = eINSTANCE.getSite();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__COUNTRY = eINSTANCE.getSite_Country();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__REGION = eINSTANCE.getSite_Region();

		/**
		 * The meta object literal for the '{@link org.carelens.model.impl.ManagerImpl <em>Manager</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carelens.model.impl.ManagerImpl
		 * @see org.carelens.model.impl.CareLensPackageImpl#getManager()
		 * @generated
		 */
		EClass MANAGER = eINSTANCE.getManager();

		/**
		 * The meta object literal for the '<em><b>Site</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANAGER__SITE = eINSTANCE.getManager_Site();

		/**
		 * The meta object literal for the '{@link org.carelens.model.impl.TeamImpl <em>Team</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carelens.model.impl.TeamImpl
		 * @see org.carelens.model.impl.CareLensPackageImpl#getTeam()
		 * @generated
		 */
		EClass TEAM = eINSTANCE.getTeam();

		/**
		 * The meta object literal for the '<em><b>Site</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEAM__SITE = eINSTANCE.getTeam_Site();

		/**
		 * The meta object literal for the '<em><b>Manager</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEAM__MANAGER = eINSTANCE.getTeam_Manager();

		/**
		 * The meta object literal for the '{@link org.carelens.model.impl.AgentImpl <em>Agent</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carelens.model.impl.AgentImpl
		 * @see org.carelens.model.impl.CareLensPackageImpl#getAgent()
		 * @generated
		 */
		EClass AGENT = eINSTANCE.getAgent();

		/**
		 * The meta object literal for the '<em><b>Team</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENT__TEAM = eINSTANCE.getAgent_Team();

		/**
		 * The meta object literal for the '<em><b>Site</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGENT__SITE = eINSTANCE.getAgent_Site();

		/**
		 * The meta object literal for the '{@link org.carelens.model.impl.CalendarImpl <em>Calendar</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carelens.model.impl.CalendarImpl
		 * @see org.carelens.model.impl.CareLensPackageImpl#getCalendar()
		 * @generated
		 */
		EClass CALENDAR = eINSTANCE.getCalendar();

		/**
		 * The meta object literal for the '<em><b>Zone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALENDAR__ZONE = eINSTANCE.getCalendar_Zone();

		/**
		 * The meta object literal for the '<em><b>Hours</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CALENDAR__HOURS = eINSTANCE.getCalendar_Hours();

		/**
		 * The meta object literal for the '<em><b>Holidays</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CALENDAR__HOLIDAYS = eINSTANCE.getCalendar_Holidays();

		/**
		 * The meta object literal for the '{@link org.carelens.model.impl.OpeningHoursImpl <em>Opening Hours</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carelens.model.impl.OpeningHoursImpl
		 * @see org.carelens.model.impl.CareLensPackageImpl#getOpeningHours()
		 * @generated
		 */
		EClass OPENING_HOURS = eINSTANCE.getOpeningHours();

		/**
		 * The meta object literal for the '<em><b>Day</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPENING_HOURS__DAY = eINSTANCE.getOpeningHours_Day();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPENING_HOURS__START = eINSTANCE.getOpeningHours_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPENING_HOURS__END = eINSTANCE.getOpeningHours_End();

		/**
		 * The meta object literal for the '{@link org.carelens.model.impl.HolidayImpl <em>Holiday</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carelens.model.impl.HolidayImpl
		 * @see org.carelens.model.impl.CareLensPackageImpl#getHoliday()
		 * @generated
		 */
		EClass HOLIDAY = eINSTANCE.getHoliday();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOLIDAY__DATE = eINSTANCE.getHoliday_Date();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOLIDAY__NAME = eINSTANCE.getHoliday_Name();

		/**
		 * The meta object literal for the '{@link org.carelens.model.impl.SlaPolicyImpl <em>Sla Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carelens.model.impl.SlaPolicyImpl
		 * @see org.carelens.model.impl.CareLensPackageImpl#getSlaPolicy()
		 * @generated
		 */
		EClass SLA_POLICY = eINSTANCE.getSlaPolicy();

		/**
		 * The meta object literal for the '<em><b>Calendar</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SLA_POLICY__CALENDAR = eINSTANCE.getSlaPolicy_Calendar();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SLA_POLICY__TARGETS = eINSTANCE.getSlaPolicy_Targets();

		/**
		 * The meta object literal for the '{@link org.carelens.model.impl.SlaTargetImpl <em>Sla Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carelens.model.impl.SlaTargetImpl
		 * @see org.carelens.model.impl.CareLensPackageImpl#getSlaTarget()
		 * @generated
		 */
		EClass SLA_TARGET = eINSTANCE.getSlaTarget();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLA_TARGET__METRIC = eINSTANCE.getSlaTarget_Metric();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLA_TARGET__CHANNEL = eINSTANCE.getSlaTarget_Channel();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLA_TARGET__PRIORITY = eINSTANCE.getSlaTarget_Priority();

		/**
		 * The meta object literal for the '<em><b>Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLA_TARGET__LIMIT = eINSTANCE.getSlaTarget_Limit();

		/**
		 * The meta object literal for the '{@link org.carelens.model.impl.SurveyImpl <em>Survey</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carelens.model.impl.SurveyImpl
		 * @see org.carelens.model.impl.CareLensPackageImpl#getSurvey()
		 * @generated
		 */
		EClass SURVEY = eINSTANCE.getSurvey();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVEY__KIND = eINSTANCE.getSurvey_Kind();

		/**
		 * The meta object literal for the '<em><b>Question Vi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVEY__QUESTION_VI = eINSTANCE.getSurvey_QuestionVi();

		/**
		 * The meta object literal for the '<em><b>Question En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVEY__QUESTION_EN = eINSTANCE.getSurvey_QuestionEn();

		/**
		 * The meta object literal for the '<em><b>Scale Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVEY__SCALE_MIN = eINSTANCE.getSurvey_ScaleMin();

		/**
		 * The meta object literal for the '<em><b>Scale Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVEY__SCALE_MAX = eINSTANCE.getSurvey_ScaleMax();

		/**
		 * The meta object literal for the '<em><b>Comment Vi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVEY__COMMENT_VI = eINSTANCE.getSurvey_CommentVi();

		/**
		 * The meta object literal for the '<em><b>Comment En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVEY__COMMENT_EN = eINSTANCE.getSurvey_CommentEn();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SURVEY__CHANNELS = eINSTANCE.getSurvey_Channels();

		/**
		 * The meta object literal for the '<em><b>Attributes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SURVEY__ATTRIBUTES = eINSTANCE.getSurvey_Attributes();

		/**
		 * The meta object literal for the '<em><b>Dispatch</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SURVEY__DISPATCH = eINSTANCE.getSurvey_Dispatch();

		/**
		 * The meta object literal for the '{@link org.carelens.model.impl.DispatchPolicyImpl <em>Dispatch Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carelens.model.impl.DispatchPolicyImpl
		 * @see org.carelens.model.impl.CareLensPackageImpl#getDispatchPolicy()
		 * @generated
		 */
		EClass DISPATCH_POLICY = eINSTANCE.getDispatchPolicy();

		/**
		 * The meta object literal for the '<em><b>Trigger</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISPATCH_POLICY__TRIGGER = eINSTANCE.getDispatchPolicy_Trigger();

		/**
		 * The meta object literal for the '<em><b>Campaign Topic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISPATCH_POLICY__CAMPAIGN_TOPIC = eINSTANCE.getDispatchPolicy_CampaignTopic();

		/**
		 * The meta object literal for the '<em><b>Close After</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISPATCH_POLICY__CLOSE_AFTER = eINSTANCE.getDispatchPolicy_CloseAfter();

		/**
		 * The meta object literal for the '<em><b>Delays</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DISPATCH_POLICY__DELAYS = eINSTANCE.getDispatchPolicy_Delays();

		/**
		 * The meta object literal for the '<em><b>Sampling Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISPATCH_POLICY__SAMPLING_PERCENT = eINSTANCE.getDispatchPolicy_SamplingPercent();

		/**
		 * The meta object literal for the '<em><b>Rest Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISPATCH_POLICY__REST_DAYS = eINSTANCE.getDispatchPolicy_RestDays();

		/**
		 * The meta object literal for the '<em><b>Max Per30 Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISPATCH_POLICY__MAX_PER30_DAYS = eINSTANCE.getDispatchPolicy_MaxPer30Days();

		/**
		 * The meta object literal for the '<em><b>Excluded Topics</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISPATCH_POLICY__EXCLUDED_TOPICS = eINSTANCE.getDispatchPolicy_ExcludedTopics();

		/**
		 * The meta object literal for the '<em><b>Internal Customers</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISPATCH_POLICY__INTERNAL_CUSTOMERS = eINSTANCE.getDispatchPolicy_InternalCustomers();

		/**
		 * The meta object literal for the '<em><b>Quiet From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISPATCH_POLICY__QUIET_FROM = eINSTANCE.getDispatchPolicy_QuietFrom();

		/**
		 * The meta object literal for the '<em><b>Quiet Until</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISPATCH_POLICY__QUIET_UNTIL = eINSTANCE.getDispatchPolicy_QuietUntil();

		/**
		 * The meta object literal for the '<em><b>Link Lifetime</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISPATCH_POLICY__LINK_LIFETIME = eINSTANCE.getDispatchPolicy_LinkLifetime();

		/**
		 * The meta object literal for the '{@link org.carelens.model.impl.ChannelDelayImpl <em>Channel Delay</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carelens.model.impl.ChannelDelayImpl
		 * @see org.carelens.model.impl.CareLensPackageImpl#getChannelDelay()
		 * @generated
		 */
		EClass CHANNEL_DELAY = eINSTANCE.getChannelDelay();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_DELAY__CHANNEL = eINSTANCE.getChannelDelay_Channel();

		/**
		 * The meta object literal for the '<em><b>Delay</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_DELAY__DELAY = eINSTANCE.getChannelDelay_Delay();

		/**
		 * The meta object literal for the '{@link org.carelens.model.impl.CsiAttributeImpl <em>Csi Attribute</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carelens.model.impl.CsiAttributeImpl
		 * @see org.carelens.model.impl.CareLensPackageImpl#getCsiAttribute()
		 * @generated
		 */
		EClass CSI_ATTRIBUTE = eINSTANCE.getCsiAttribute();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSI_ATTRIBUTE__KEY = eINSTANCE.getCsiAttribute_Key();

		/**
		 * The meta object literal for the '<em><b>Question Vi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSI_ATTRIBUTE__QUESTION_VI = eINSTANCE.getCsiAttribute_QuestionVi();

		/**
		 * The meta object literal for the '<em><b>Question En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSI_ATTRIBUTE__QUESTION_EN = eINSTANCE.getCsiAttribute_QuestionEn();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CSI_ATTRIBUTE__WEIGHT = eINSTANCE.getCsiAttribute_Weight();

		/**
		 * The meta object literal for the '{@link org.carelens.model.impl.MetricTargetImpl <em>Metric Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carelens.model.impl.MetricTargetImpl
		 * @see org.carelens.model.impl.CareLensPackageImpl#getMetricTarget()
		 * @generated
		 */
		EClass METRIC_TARGET = eINSTANCE.getMetricTarget();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_TARGET__METRIC = eINSTANCE.getMetricTarget_Metric();

		/**
		 * The meta object literal for the '<em><b>Channel Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_TARGET__CHANNEL_KIND = eINSTANCE.getMetricTarget_ChannelKind();

		/**
		 * The meta object literal for the '<em><b>Team</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METRIC_TARGET__TEAM = eINSTANCE.getMetricTarget_Team();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METRIC_TARGET__CHANNEL = eINSTANCE.getMetricTarget_Channel();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_TARGET__VALUE = eINSTANCE.getMetricTarget_Value();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_TARGET__DIRECTION = eINSTANCE.getMetricTarget_Direction();

		/**
		 * The meta object literal for the '{@link org.carelens.model.impl.QaScorecardImpl <em>Qa Scorecard</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carelens.model.impl.QaScorecardImpl
		 * @see org.carelens.model.impl.CareLensPackageImpl#getQaScorecard()
		 * @generated
		 */
		EClass QA_SCORECARD = eINSTANCE.getQaScorecard();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QA_SCORECARD__CRITERIA = eINSTANCE.getQaScorecard_Criteria();

		/**
		 * The meta object literal for the '{@link org.carelens.model.impl.QaCriterionImpl <em>Qa Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carelens.model.impl.QaCriterionImpl
		 * @see org.carelens.model.impl.CareLensPackageImpl#getQaCriterion()
		 * @generated
		 */
		EClass QA_CRITERION = eINSTANCE.getQaCriterion();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QA_CRITERION__KEY = eINSTANCE.getQaCriterion_Key();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QA_CRITERION__NAME = eINSTANCE.getQaCriterion_Name();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QA_CRITERION__WEIGHT = eINSTANCE.getQaCriterion_Weight();

		/**
		 * The meta object literal for the '<em><b>Critical</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QA_CRITERION__CRITICAL = eINSTANCE.getQaCriterion_Critical();

		/**
		 * The meta object literal for the '{@link org.carelens.model.ChannelKind <em>Channel Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carelens.model.ChannelKind
		 * @see org.carelens.model.impl.CareLensPackageImpl#getChannelKind()
		 * @generated
		 */
		EEnum CHANNEL_KIND = eINSTANCE.getChannelKind();

		/**
		 * The meta object literal for the '{@link org.carelens.model.Priority <em>Priority</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carelens.model.Priority
		 * @see org.carelens.model.impl.CareLensPackageImpl#getPriority()
		 * @generated
		 */
		EEnum PRIORITY = eINSTANCE.getPriority();

		/**
		 * The meta object literal for the '{@link org.carelens.model.SlaMetric <em>Sla Metric</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carelens.model.SlaMetric
		 * @see org.carelens.model.impl.CareLensPackageImpl#getSlaMetric()
		 * @generated
		 */
		EEnum SLA_METRIC = eINSTANCE.getSlaMetric();

		/**
		 * The meta object literal for the '{@link org.carelens.model.SurveyKind <em>Survey Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carelens.model.SurveyKind
		 * @see org.carelens.model.impl.CareLensPackageImpl#getSurveyKind()
		 * @generated
		 */
		EEnum SURVEY_KIND = eINSTANCE.getSurveyKind();

		/**
		 * The meta object literal for the '{@link org.carelens.model.SurveyTrigger <em>Survey Trigger</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carelens.model.SurveyTrigger
		 * @see org.carelens.model.impl.CareLensPackageImpl#getSurveyTrigger()
		 * @generated
		 */
		EEnum SURVEY_TRIGGER = eINSTANCE.getSurveyTrigger();

		/**
		 * The meta object literal for the '{@link org.carelens.model.TargetDirection <em>Target Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carelens.model.TargetDirection
		 * @see org.carelens.model.impl.CareLensPackageImpl#getTargetDirection()
		 * @generated
		 */
		EEnum TARGET_DIRECTION = eINSTANCE.getTargetDirection();

		/**
		 * The meta object literal for the '{@link org.carelens.model.Weekday <em>Weekday</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.carelens.model.Weekday
		 * @see org.carelens.model.impl.CareLensPackageImpl#getWeekday()
		 * @generated
		 */
		EEnum WEEKDAY = eINSTANCE.getWeekday();

	}

} //CareLensPackage
