package org.carelens.model.validation;

import static org.carelens.internal.model.Elements.attribute;
import static org.carelens.internal.model.Elements.criterion;
import static org.carelens.internal.model.Elements.holiday;
import static org.carelens.internal.model.Elements.hours;
import static org.carelens.internal.model.Elements.target;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.carelens.internal.model.Elements;
import org.carelens.model.Calendar;
import org.carelens.model.CareLensFactory;
import org.carelens.model.ChannelKind;
import org.carelens.model.Manager;
import org.carelens.model.Priority;
import org.carelens.model.QaScorecard;
import org.carelens.model.SlaMetric;
import org.carelens.model.SlaPolicy;
import org.carelens.model.SmallWorkspace;
import org.carelens.model.ChannelDelay;
import org.carelens.model.DispatchPolicy;
import org.carelens.model.Survey;
import org.carelens.model.SurveyTrigger;
import org.carelens.model.SurveyKind;
import org.carelens.model.TargetDirection;
import org.carelens.model.Team;
import org.carelens.model.Weekday;
import org.carelens.model.Workspace;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

class WorkspaceValidatorTest {

	private final Workspace workspace = SmallWorkspace.create();
	private final Elements add = new Elements(workspace);

	private void assertProblems(String... expected) {
		assertEquals(List.of(expected), WorkspaceValidator.validate(workspace));
	}

	private Team team() {
		return workspace.getTeams().get(0);
	}

	private Calendar office() {
		return workspace.getCalendars().get(0);
	}

	private SlaPolicy std() {
		return workspace.getSlaPolicies().get(0);
	}

	private Survey csi() {
		return workspace.getSurveys().get(1);
	}

	private QaScorecard qa() {
		return workspace.getScorecards().get(0);
	}

	@Test
	void smallWorkspaceIsValid() {
		assertProblems();
		assertEquals(Diagnostic.OK, WorkspaceValidator.diagnose(workspace).getSeverity());
	}

	@Test
	void diagnosticIsAnErrorFromThisBundleOnTheElement() {
		team().setName("");
		Diagnostic diagnostic = WorkspaceValidator.diagnose(workspace);
		assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
		Diagnostic child = diagnostic.getChildren().get(0);
		assertEquals(WorkspaceValidator.DIAGNOSTIC_SOURCE, child.getSource());
		assertEquals(List.of(team()), child.getData());
	}

	@Test
	void workspaceNeedsANameAndARealZone() {
		workspace.setName(" ");
		workspace.setTimeZone("Asia/Saigon City");
		assertProblems("The workspace has no name",
				"The workspace time zone 'Asia/Saigon City' is not a time zone");
	}

	@Test
	void idsAreUniqueAcrossTheWorkspace() {
		add.site("t-hn-1", "Đà Nẵng", "Việt Nam", "Trung");
		assertProblems("Team 't-hn-1' has the same id as Site 't-hn-1'; ids must be unique in the workspace");
	}

	@Test
	void everyElementHasAnIdAndAName() {
		add.agent("", "Phạm Minh Tuấn", team(), null);
		add.agent("a-3", null, team(), null);
		assertProblems("Agent 'Phạm Minh Tuấn' has no id", "Agent 'a-3' has no name");
	}

	@Test
	void teamNamingAManagerOutsideTheWorkspace() {
		Manager stray = CareLensFactory.eINSTANCE.createManager();
		stray.setId("m-9");
		team().setManager(stray);
		assertProblems("Team 't-hn-1' names manager 'm-9', which does not exist");
	}

	@Test
	void everyKindOfReferenceIsChecked() {
		Workspace other = SmallWorkspace.create();
		workspace.getAgents().get(0).setTeam(other.getTeams().get(0));
		workspace.getAgents().get(1).setSite(other.getSites().get(0));
		workspace.getManagers().get(0).setSite(other.getSites().get(0));
		std().setCalendar(other.getCalendars().get(0));
		workspace.setDefaultCalendar(other.getCalendars().get(0));
		workspace.getMetricTargets().get(1).setTeam(other.getTeams().get(0));
		workspace.getMetricTargets().get(2).setChannel(other.getChannels().get(0));
		assertProblems("The workspace names default calendar 'office', which does not exist",
				"Manager 'm-1' names site 'hn', which does not exist",
				"Agent 'a-1' names team 't-hn-1', which does not exist",
				"Agent 'a-2' names site 'hn', which does not exist",
				"SLA policy 'std' names calendar 'office', which does not exist",
				"Target for 'first_contact_resolution' names team 't-hn-1', which does not exist",
				"Target for 'first_response_time' names channel 'webchat', which does not exist");
	}

	@Test
	void channelNeedsAConnectorAndDistinctSettingsWithoutSecrets() {
		add.channel("zalo", "Zalo OA", ChannelKind.SOCIAL, "", "oa", "shop", "oa", "shop2", "accessToken", "x", "",
				"y");
		assertProblems("Channel 'zalo' has no connector id", "Channel 'zalo' has setting 'oa' twice",
				"Channel 'zalo' setting 'accessToken' looks like a secret; keep secrets out of the workspace configuration",
				"Channel 'zalo' has a setting without a key");
	}

	@Test
	void overlappingHoursNameTheDayAndBothRanges() {
		hours(office(), Weekday.MONDAY, "11:00", "13:00");
		assertProblems("Calendar 'office' has overlapping hours on Monday: 08:00-12:00 and 11:00-13:00");
	}

	@Test
	void hoursMustBeTimeRanges() {
		hours(office(), Weekday.TUESDAY, "17:00", "08:00");
		hours(office(), Weekday.WEDNESDAY, "8h", "12:00");
		assertProblems("Calendar 'office' has hours on Tuesday that are not a time range: 17:00-08:00",
				"Calendar 'office' has hours on Wednesday that are not a time range: 8h-12:00");
	}

	@Test
	void calendarWithoutHoursIsNeverOpen() {
		Calendar closed = add.calendar("closed", "Closed", "Asia/Ho_Chi_Minh");
		closed.getHours().clear();
		assertProblems("Calendar 'closed' is never open");
	}

	@Test
	void calendarZoneMustExist() {
		office().setZone("ICT");
		assertProblems("Calendar 'office' has time zone 'ICT', which is not a time zone");
	}

	@Test
	void holidaysAreDatedNamedAndDistinct() {
		holiday(office(), "2026-02-30", "Tết");
		holiday(office(), "2026-09-02", "Quốc khánh again");
		holiday(office(), "2026-09-01", " ");
		assertProblems("Calendar 'office' has holiday 'Tết' on '2026-02-30', which is not a date YYYY-MM-DD",
				"Calendar 'office' has two holidays on 2026-09-02",
				"Calendar 'office' has a holiday on 2026-09-01 without a name");
	}

	@Test
	void slaPolicyHasOneTargetPerMetricChannelAndPriority() {
		target(std(), SlaMetric.FIRST_RESPONSE, ChannelKind.CHAT, Priority.URGENT, "PT30S");
		target(std(), SlaMetric.RESOLUTION, null, null, "PT4H");
		assertProblems("SLA policy 'std' has two first-response targets for CHAT/urgent",
				"SLA policy 'std' has two resolution targets for any channel");
	}

	@Test
	void slaLimitsAreDurationsAndPositive() {
		target(std(), SlaMetric.NEXT_REPLY, ChannelKind.EMAIL, null, "soon");
		target(std(), SlaMetric.NEXT_REPLY, null, Priority.HIGH, "PT0S");
		assertProblems(
				"SLA policy 'std' has a next-reply target for EMAIL whose limit 'soon' is not a duration (such as PT2M) or a number of seconds",
				"SLA policy 'std' has a next-reply target for any channel/high whose limit PT0S is not positive");
	}

	@Test
	void slaPolicyWithoutTargets() {
		add.policy("empty", "Empty", null);
		assertProblems("SLA policy 'empty' has no targets");
	}

	@Test
	void csiWeightsAddUpToOne() {
		csi().getAttributes().get(1).setWeight(0.4);
		assertProblems("Survey 'csi' CSI weights add up to 0.9, not 1");
	}

	@Test
	void csiWeightsArePositiveAndKeysDistinct() {
		csi().getAttributes().get(1).setWeight(0);
		attribute(csi(), "speed", "Tốc độ", "Speed", 0.5);
		assertProblems("Survey 'csi' gives CSI attribute 'professionalism' weight 0; weights must be positive",
				"Survey 'csi' has CSI attribute 'speed' twice");
	}

	@Test
	void csiSurveyNeedsAttributesAndOthersHaveNone() {
		csi().getAttributes().clear();
		attribute(workspace.getSurveys().get(0), "speed", "Tốc độ", "Speed", 1);
		assertProblems("Survey 'csat' is CSAT but has CSI attributes", "Survey 'csi' has no CSI attributes");
	}

	@Test
	void scaleMinimumIsBelowMaximum() {
		csi().setScaleMin(5);
		assertProblems("Survey 'csi' has scale 5..5; the minimum must be below the maximum");
	}

	@Test
	void standardSurveysUseTheScaleOfTheirKind() {
		workspace.getSurveys().get(0).setScaleMax(10);
		assertProblems("Survey 'csat' is CSAT, whose scale is 1..5, not 1..10");
	}

	@Test
	void dispatchPolicyValuesMustParse() {
		DispatchPolicy policy = CareLensFactory.eINSTANCE.createDispatchPolicy();
		policy.setTrigger(SurveyTrigger.CAMPAIGN);
		policy.setCloseAfter("three days");
		policy.setSamplingPercent(120);
		policy.setMaxPer30Days(0);
		policy.setQuietFrom("9pm");
		ChannelDelay first = CareLensFactory.eINSTANCE.createChannelDelay();
		first.setChannel(ChannelKind.EMAIL);
		first.setDelay("PT24H");
		ChannelDelay second = CareLensFactory.eINSTANCE.createChannelDelay();
		second.setChannel(ChannelKind.EMAIL);
		second.setDelay("-PT1H");
		policy.getDelays().add(first);
		policy.getDelays().add(second);
		workspace.getSurveys().get(0).setDispatch(policy);
		assertProblems("Survey 'csat' is sent after a campaign but names no campaign topic",
				"Survey 'csat' closeAfter is 'three days', which is not a duration (ISO-8601 such as PT24H, or whole seconds)",
				"Survey 'csat' gives the delay on email twice",
				"Survey 'csat' delay on email is '-PT1H', which is not a duration (ISO-8601 such as PT24H, or whole seconds)",
				"Survey 'csat' samples 120.0% of conversations; a sampling rate is from 0 to 100",
				"Survey 'csat' allows 0 surveys per customer in 30 days; at least 1",
				"Survey 'csat' quietFrom is '9pm', which is not a time HH:MM",
				"Survey 'csat' has quiet hours with only one end; give quietFrom and quietUntil");
	}

	@Test
	void aCompleteDispatchPolicyIsValid() {
		DispatchPolicy policy = CareLensFactory.eINSTANCE.createDispatchPolicy();
		policy.setTrigger(SurveyTrigger.CLOSED);
		policy.setCloseAfter("P3D");
		policy.setSamplingPercent(30);
		policy.setQuietFrom("21:00");
		policy.setQuietUntil("08:00");
		workspace.getSurveys().get(0).setDispatch(policy);
		assertProblems();
	}

	@Test
	void surveyAsksInBothLanguagesOnSomeChannel() {
		add.survey("nps", "NPS", SurveyKind.NPS, "", null, 0, 10);
		assertProblems("Survey 'nps' has no Vietnamese question", "Survey 'nps' has no English question",
				"Survey 'nps' is sent on no channel");
	}

	@Test
	void metricTargetsHaveAnIdAValueAndOneScope() {
		add.metricTarget("First Response", null, null, null, 1, TargetDirection.LOWER_IS_BETTER);
		add.metricTarget("csat", null, null, null, Double.NaN, TargetDirection.HIGHER_IS_BETTER);
		add.metricTarget("first_response_time", ChannelKind.CHAT, null, null, 90, TargetDirection.LOWER_IS_BETTER);
		assertProblems(
				"Target metric 'First Response' is not a metric id such as first_response_time (lower case, digits and _)",
				"Target for 'csat' has no finite value",
				"There are two targets for 'first_response_time' on CHAT");
	}

	@Test
	void qaWeightsAddUpTo100() {
		qa().getCriteria().get(1).setWeight(50);
		assertProblems("QA scorecard 'qa' criteria weights add up to 90, not 100");
	}

	@Test
	void qaCriteriaArePositiveNamedAndDistinct() {
		qa().getCriteria().get(0).setWeight(-10);
		criterion(qa(), "accuracy", "", 50, false);
		assertProblems("QA scorecard 'qa' gives criterion 'greeting' weight -10; weights must be positive",
				"QA scorecard 'qa' has criterion 'accuracy' twice", "QA scorecard 'qa' criterion 'accuracy' has no name");
	}

	@Test
	void qaScorecardNeedsCriteria() {
		add.scorecard("empty-qa", "Empty");
		assertProblems("QA scorecard 'empty-qa' has no criteria");
	}
}
