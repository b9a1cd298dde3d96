/**
 * Generated from model/carelens.ecore by releng/emf-codegen; do not edit.
 */
package org.carelens.model.impl;

import org.carelens.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CareLensFactoryImpl extends EFactoryImpl implements CareLensFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CareLensFactory init() {
		try {
			CareLensFactory theCareLensFactory = (CareLensFactory)EPackage.Registry.INSTANCE.getEFactory(CareLensPackage.eNS_URI);
			if (theCareLensFactory != null) {
				return theCareLensFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CareLensFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CareLensFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case CareLensPackage.WORKSPACE: return createWorkspace();
			case CareLensPackage.CHANNEL_INSTANCE: return createChannelInstance();
			case CareLensPackage.SETTING: return createSetting();
			case CareLensPackage.SITE: return createSite();
			case CareLensPackage.MANAGER: return createManager();
			case CareLensPackage.TEAM: return createTeam();
			case CareLensPackage.AGENT: return createAgent();
			case CareLensPackage.CALENDAR: return createCalendar();
			case CareLensPackage.OPENING_HOURS: return createOpeningHours();
			case CareLensPackage.HOLIDAY: return createHoliday();
			case CareLensPackage.SLA_POLICY: return createSlaPolicy();
			case CareLensPackage.SLA_TARGET: return createSlaTarget();
			case CareLensPackage.SURVEY: return createSurvey();
			case CareLensPackage.DISPATCH_POLICY: return createDispatchPolicy();
			case CareLensPackage.CHANNEL_DELAY: return createChannelDelay();
			case CareLensPackage.CSI_ATTRIBUTE: return createCsiAttribute();
			case CareLensPackage.METRIC_TARGET: return createMetricTarget();
			case CareLensPackage.QA_SCORECARD: return createQaScorecard();
			case CareLensPackage.QA_CRITERION: return createQaCriterion();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case CareLensPackage.CHANNEL_KIND:
				return createChannelKindFromString(eDataType, initialValue);
			case CareLensPackage.PRIORITY:
				return createPriorityFromString(eDataType, initialValue);
			case CareLensPackage.SLA_METRIC:
				return createSlaMetricFromString(eDataType, initialValue);
			case CareLensPackage.SURVEY_KIND:
				return createSurveyKindFromString(eDataType, initialValue);
			case CareLensPackage.SURVEY_TRIGGER:
				return createSurveyTriggerFromString(eDataType, initialValue);
			case CareLensPackage.TARGET_DIRECTION:
				return createTargetDirectionFromString(eDataType, initialValue);
			case CareLensPackage.WEEKDAY:
				return createWeekdayFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case CareLensPackage.CHANNEL_KIND:
				return convertChannelKindToString(eDataType, instanceValue);
			case CareLensPackage.PRIORITY:
				return convertPriorityToString(eDataType, instanceValue);
			case CareLensPackage.SLA_METRIC:
				return convertSlaMetricToString(eDataType, instanceValue);
			case CareLensPackage.SURVEY_KIND:
				return convertSurveyKindToString(eDataType, instanceValue);
			case CareLensPackage.SURVEY_TRIGGER:
				return convertSurveyTriggerToString(eDataType, instanceValue);
			case CareLensPackage.TARGET_DIRECTION:
				return convertTargetDirectionToString(eDataType, instanceValue);
			case CareLensPackage.WEEKDAY:
				return convertWeekdayToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Workspace createWorkspace() {
		WorkspaceImpl workspace = new WorkspaceImpl();
		return workspace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChannelInstance createChannelInstance() {
		ChannelInstanceImpl channelInstance = new ChannelInstanceImpl();
		return channelInstance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Setting createSetting() {
		SettingImpl setting = new SettingImpl();
		return setting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site createSite() {
		SiteImpl site = new SiteImpl();
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Manager createManager() {
		ManagerImpl manager = new ManagerImpl();
		return manager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Team createTeam() {
		TeamImpl team = new TeamImpl();
		return team;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Agent createAgent() {
		AgentImpl agent = new AgentImpl();
		return agent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Calendar createCalendar() {
		CalendarImpl calendar = new CalendarImpl();
		return calendar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OpeningHours createOpeningHours() {
		OpeningHoursImpl openingHours = new OpeningHoursImpl();
		return openingHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Holiday createHoliday() {
		HolidayImpl holiday = new HolidayImpl();
		return holiday;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SlaPolicy createSlaPolicy() {
		SlaPolicyImpl slaPolicy = new SlaPolicyImpl();
		return slaPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SlaTarget createSlaTarget() {
		SlaTargetImpl slaTarget = new SlaTargetImpl();
		return slaTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Survey createSurvey() {
		SurveyImpl survey = new SurveyImpl();
		return survey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DispatchPolicy createDispatchPolicy() {
		DispatchPolicyImpl dispatchPolicy = new DispatchPolicyImpl();
		return dispatchPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChannelDelay createChannelDelay() {
		ChannelDelayImpl channelDelay = new ChannelDelayImpl();
		return channelDelay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CsiAttribute createCsiAttribute() {
		CsiAttributeImpl csiAttribute = new CsiAttributeImpl();
		return csiAttribute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MetricTarget createMetricTarget() {
		MetricTargetImpl metricTarget = new MetricTargetImpl();
		return metricTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QaScorecard createQaScorecard() {
		QaScorecardImpl qaScorecard = new QaScorecardImpl();
		return qaScorecard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QaCriterion createQaCriterion() {
		QaCriterionImpl qaCriterion = new QaCriterionImpl();
		return qaCriterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChannelKind createChannelKindFromString(EDataType eDataType, String initialValue) {
		ChannelKind result = ChannelKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChannelKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Priority createPriorityFromString(EDataType eDataType, String initialValue) {
		Priority result = Priority.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPriorityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SlaMetric createSlaMetricFromString(EDataType eDataType, String initialValue) {
		SlaMetric result = SlaMetric.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSlaMetricToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SurveyKind createSurveyKindFromString(EDataType eDataType, String initialValue) {
		SurveyKind result = SurveyKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSurveyKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SurveyTrigger createSurveyTriggerFromString(EDataType eDataType, String initialValue) {
		SurveyTrigger result = SurveyTrigger.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSurveyTriggerToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TargetDirection createTargetDirectionFromString(EDataType eDataType, String initialValue) {
		TargetDirection result = TargetDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTargetDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Weekday createWeekdayFromString(EDataType eDataType, String initialValue) {
		Weekday result = Weekday.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWeekdayToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CareLensPackage getCareLensPackage() {
		return (CareLensPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CareLensPackage getPackage() {
		return CareLensPackage.eINSTANCE;
	}

} //CareLensFactoryImpl
