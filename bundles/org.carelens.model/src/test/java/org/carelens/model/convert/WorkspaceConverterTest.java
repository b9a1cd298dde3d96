package org.carelens.model.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Priority;
import org.carelens.core.api.SurveyKind;
import org.carelens.core.api.channel.ChannelInstance;
import org.carelens.core.api.org.Agent;
import org.carelens.core.api.org.Manager;
import org.carelens.core.api.org.Organization;
import org.carelens.core.api.org.Site;
import org.carelens.core.api.org.Team;
import org.carelens.core.api.qa.QaCriterion;
import org.carelens.core.api.qa.QaScorecard;
import org.carelens.core.api.sla.SlaMetric;
import org.carelens.core.api.sla.SlaPolicy;
import org.carelens.core.api.sla.SlaTarget;
import org.carelens.core.api.survey.CsiAttribute;
import org.carelens.core.api.survey.DispatchPolicy;
import org.carelens.core.api.survey.QuietHours;
import org.carelens.core.api.survey.SurveyTrigger;
import org.carelens.core.api.survey.LocalizedText;
import org.carelens.core.api.survey.SurveyDefinition;
import org.carelens.core.api.targets.MetricTarget;
import org.carelens.core.api.targets.TargetDirection;
import org.carelens.core.api.time.BusinessCalendar;
import org.carelens.core.api.time.Holiday;
import org.carelens.core.api.time.TimeRange;
import org.carelens.core.api.workspace.WorkspaceConfig;
import org.carelens.model.CareLensFactory;
import org.carelens.model.ChannelDelay;
import org.carelens.model.SmallWorkspace;
import org.carelens.model.Workspace;
import org.junit.jupiter.api.Test;

class WorkspaceConverterTest {

	private final Workspace workspace = SmallWorkspace.create();

	@Test
	void organizationKeepsEveryFieldAndReference() {
		Organization organization = WorkspaceConverter.organization(workspace);
		assertEquals(Optional.of(new Site("hn", "Hà Nội", Optional.of("Việt Nam"), Optional.of("Bắc"))),
				organization.site("hn"));
		assertEquals(Optional.of(new Manager("m-1", "Trần Thị Lan", Optional.of("hn"))), organization.manager("m-1"));
		assertEquals(Optional.of(new Team("t-hn-1", "Chat Hà Nội", Optional.of("hn"), Optional.of("m-1"))),
				organization.team("t-hn-1"));
		assertEquals(Optional.of(new Agent("a-1", "Nguyễn Văn An", Optional.of("t-hn-1"), Optional.empty())),
				organization.agent("a-1"));
		assertEquals(Optional.of(new Agent("a-2", "Lê Thu Hà", Optional.empty(), Optional.of("hn"))),
				organization.agent("a-2"));
		assertEquals(Optional.of("hn"), organization.siteOf(Optional.of("a-1"), Optional.empty()));
		assertEquals(Optional.of("m-1"), organization.managerOf(Optional.of("t-hn-1")));
	}

	@Test
	void siteWithoutCountryOrRegionHasNone() {
		workspace.getSites().get(0).setCountry(null);
		workspace.getSites().get(0).setRegion("");
		assertEquals(Optional.of(new Site("hn", "Hà Nội", Optional.empty(), Optional.empty())),
				WorkspaceConverter.organization(workspace).site("hn"));
	}

	@Test
	void calendarHasItsHoursWithBreaksHolidaysAndZone() {
		BusinessCalendar office = WorkspaceConverter.calendars(workspace).get("office");
		assertEquals("Office hours", office.name());
		assertEquals(ZoneId.of("Asia/Ho_Chi_Minh"), office.zone());
		assertEquals(List.of(TimeRange.parse("08:00-12:00"), TimeRange.parse("13:30-17:30")),
				office.hours().on(DayOfWeek.MONDAY));
		assertEquals(List.of(TimeRange.parse("08:00-12:00")), office.hours().on(DayOfWeek.SATURDAY));
		assertEquals(List.of(), office.hours().on(DayOfWeek.SUNDAY));
		assertEquals(List.of(new Holiday(LocalDate.of(2026, 9, 2), "Quốc khánh")), office.holidays());
	}

	@Test
	void slaPolicyTargetsKeepChannelPriorityAndLimit() {
		SlaPolicy std = WorkspaceConverter.slaPolicies(workspace).get("std");
		assertEquals(new SlaPolicy("std", "Standard", Optional.of("office"),
				List.of(new SlaTarget(SlaMetric.FIRST_RESPONSE, Optional.of(ChannelKind.CHAT), Optional.empty(),
						Duration.ofMinutes(2)),
						new SlaTarget(SlaMetric.FIRST_RESPONSE, Optional.of(ChannelKind.CHAT), Optional.of(Priority.URGENT),
								Duration.ofSeconds(60)),
						new SlaTarget(SlaMetric.RESOLUTION, Optional.empty(), Optional.empty(), Duration.ofHours(8)))),
				std);
		assertEquals(Optional.of(Duration.ofSeconds(60)),
				std.limit(SlaMetric.FIRST_RESPONSE, ChannelKind.CHAT, Optional.of(Priority.URGENT)));
	}

	@Test
	void channelsKeepKindConnectorAndSettings() {
		assertEquals(Map.of("webchat", new ChannelInstance("webchat", "Web chat", ChannelKind.CHAT, "webchat",
				Map.of("widget", "shop.vn"))), WorkspaceConverter.channels(workspace));
	}

	@Test
	void surveysKeepQuestionsScaleChannelsAndWeights() {
		Map<String, SurveyDefinition> surveys = WorkspaceConverter.surveys(workspace);
		assertEquals(new SurveyDefinition("csat", "CSAT", SurveyKind.CSAT,
				new LocalizedText("Anh/chị hài lòng không?", "Are you satisfied?"),
				Optional.of(new LocalizedText("Góp ý?", "Comments?")), 1, 5, Set.of(ChannelKind.CHAT), List.of(),
				DispatchPolicy.DEFAULT),
				surveys.get("csat"));
		assertEquals(new SurveyDefinition("csi", "CSI", SurveyKind.CSI, new LocalizedText("Đánh giá", "Rate us"),
				Optional.empty(), 1, 5, Set.of(ChannelKind.VOICE),
				List.of(new CsiAttribute("speed", new LocalizedText("Tốc độ", "Speed"), 0.5),
						new CsiAttribute("professionalism", new LocalizedText("Chuyên nghiệp", "Professionalism"), 0.5)),
				DispatchPolicy.DEFAULT),
				surveys.get("csi"));
	}

	@Test
	void dispatchPolicyKeepsWhatItSetsAndTakesTheDefaultsForTheRest() {
		org.carelens.model.DispatchPolicy policy = CareLensFactory.eINSTANCE.createDispatchPolicy();
		policy.setTrigger(org.carelens.model.SurveyTrigger.CAMPAIGN);
		policy.setCampaignTopic("happy_call");
		policy.setSamplingPercent(25);
		policy.setMaxPer30Days(1);
		ChannelDelay email = CareLensFactory.eINSTANCE.createChannelDelay();
		email.setChannel(org.carelens.model.ChannelKind.EMAIL);
		email.setDelay("PT2H");
		policy.getDelays().add(email);
		policy.getInternalCustomers().add("*@carelens.vn");
		policy.setQuietFrom("22:00");
		policy.setQuietUntil("07:30");
		workspace.getSurveys().get(0).setDispatch(policy);

		DispatchPolicy converted = WorkspaceConverter.surveys(workspace).get("csat").dispatch();

		assertEquals(SurveyTrigger.CAMPAIGN, converted.trigger());
		assertEquals(Optional.of("happy_call"), converted.campaignTopic());
		assertEquals(0.25, converted.samplingRate());
		assertEquals(1, converted.maxPer30Days());
		assertEquals(Duration.ofHours(2), converted.delay(ChannelKind.EMAIL));
		assertEquals(Duration.ofMinutes(5), converted.delay(ChannelKind.CHAT), "a channel not named keeps its default");
		assertEquals(List.of("*@carelens.vn"), converted.internalCustomers());
		assertEquals(new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 30)), converted.quietHours());
		assertEquals(Duration.ofDays(14), converted.restPeriod(), "unset: the default");
		assertEquals(Set.of("spam", "internal", "test"), converted.excludedTopics(), "unset: the default");
		assertEquals(Duration.ofDays(7), converted.linkLifetime(), "unset: the default");
	}

	@Test
	void targetsKeepTheirScope() {
		assertEquals(List.of(
				new MetricTarget("first_response_time", Optional.of(ChannelKind.CHAT), Optional.empty(), Optional.empty(),
						120, TargetDirection.LOWER_IS_BETTER),
				new MetricTarget("first_contact_resolution", Optional.empty(), Optional.of("t-hn-1"), Optional.empty(),
						0.8, TargetDirection.HIGHER_IS_BETTER),
				new MetricTarget("first_response_time", Optional.empty(), Optional.empty(), Optional.of("webchat"), 60,
						TargetDirection.LOWER_IS_BETTER)),
				WorkspaceConverter.targets(workspace));
	}

	@Test
	void scorecardKeepsWeightsAndCriticalItems() {
		QaScorecard qa = WorkspaceConverter.scorecards(workspace).get("qa");
		assertEquals(new QaScorecard("qa", "QA", List.of(new QaCriterion("greeting", "Greeting", 40, false),
				new QaCriterion("accuracy", "Accuracy", 60, true))), qa);
		assertEquals(0, qa.score(Map.of("greeting", true, "accuracy", false)));
		assertEquals(60, qa.score(Map.of("greeting", false, "accuracy", true)));
	}

	@Test
	void configHoldsEveryPart() {
		WorkspaceConfig config = WorkspaceConverter.config(workspace);
		assertEquals("Small shop", config.name());
		assertEquals(ZoneId.of("Asia/Ho_Chi_Minh"), config.zone());
		assertEquals(Optional.of("office"), config.defaultCalendar());
		assertEquals(2, config.organization().agents().size());
		assertEquals(Set.of("webchat"), config.channels().keySet());
		assertEquals(Set.of("office"), config.calendars().keySet());
		assertEquals(Set.of("std"), config.slaPolicies().keySet());
		assertEquals(Set.of("csat", "csi"), config.surveys().keySet());
		assertEquals(3, config.targets().size());
		assertEquals(Set.of("qa"), config.scorecards().keySet());
	}

	@Test
	void modelEnumsSpellTheApiEnumsLiteralByLiteral() {
		// the converter maps enums by name: a literal added to one side only must fail here, not at run time
		assertEquals(names(ChannelKind.values()), names(org.carelens.model.ChannelKind.values()));
		assertEquals(names(Priority.values()), names(org.carelens.model.Priority.values()));
		assertEquals(names(SurveyKind.values()), names(org.carelens.model.SurveyKind.values()));
		assertEquals(names(SlaMetric.values()), names(org.carelens.model.SlaMetric.values()));
		assertEquals(names(TargetDirection.values()), names(org.carelens.model.TargetDirection.values()));
		assertEquals(names(SurveyTrigger.values()), names(org.carelens.model.SurveyTrigger.values()));
		assertEquals(names(DayOfWeek.values()), names(org.carelens.model.Weekday.values()));
	}

	private static List<String> names(Enum<?>[] values) {
		return java.util.Arrays.stream(values).map(Enum::name).toList();
	}

	@Test
	void invalidValuesAreRefused() {
		workspace.getSlaPolicies().get(0).getTargets().get(0).setLimit("soon");
		assertThrows(IllegalArgumentException.class, () -> WorkspaceConverter.slaPolicies(workspace));
	}
}
