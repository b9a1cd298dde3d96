package org.carelens.model.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Priority;
import org.carelens.core.api.channel.ChannelInstance;
import org.carelens.core.api.org.Agent;
import org.carelens.core.api.org.Site;
import org.carelens.core.api.sla.SlaMetric;
import org.carelens.core.api.time.BusinessCalendar;
import org.carelens.core.api.time.TimeRange;
import org.carelens.core.api.workspace.WorkspaceConfig;
import org.carelens.model.convert.WorkspaceConverter;
import org.carelens.model.validation.WorkspaceValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

class DemoWorkspaceTest {

	private final WorkspaceConfig demo = WorkspaceConverter.config(DemoWorkspace.create(2026));

	@Test
	void demoValidatesWithoutProblems() {
		assertEquals(List.of(), WorkspaceValidator.validate(DemoWorkspace.create(2026)));
		assertEquals(List.of(), WorkspaceValidator.validate(DemoWorkspace.create(1)));
	}

	@Test
	void threeVietnameseSitesTenTeamsAndOneHundredTwentyAgents() {
		assertEquals(Set.of(new Site("site-hn", "Hà Nội", Optional.of("Việt Nam"), Optional.of("Bắc")),
				new Site("site-hcm", "TP. Hồ Chí Minh", Optional.of("Việt Nam"), Optional.of("Nam")),
				new Site("site-dn", "Đà Nẵng", Optional.of("Việt Nam"), Optional.of("Trung"))),
				Set.copyOf(demo.organization().sites()));
		assertEquals(5, demo.organization().managers().size());
		assertEquals(10, demo.organization().teams().size());
		assertEquals(120, demo.organization().agents().size());
		for (Agent agent : demo.organization().agents()) {
			assertTrue(agent.team().isPresent(), agent.id());
			assertTrue(demo.organization().siteOf(Optional.of(agent.id()), Optional.empty()).isPresent(), agent.id());
		}
	}

	@Test
	void agentsHaveDistinctVietnameseFullNames() {
		Set<String> families = Set.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
				"Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý");
		Set<String> names = new HashSet<>();
		for (Agent agent : demo.organization().agents()) {
			String[] parts = agent.name().split(" ");
			assertEquals(3, parts.length, agent.name());
			assertTrue(families.contains(parts[0]), agent.name());
			names.add(agent.name());
		}
		assertEquals(120, names.size());
	}

	@Test
	void sameSeedSameWorkspaceOtherSeedOtherNames() {
		assertTrue(EcoreUtil.equals(DemoWorkspace.create(5), DemoWorkspace.create(5)));
		assertNotEquals(DemoWorkspace.create(5).getAgents().get(0).getName(),
				DemoWorkspace.create(6).getAgents().get(0).getName());
	}

	@Test
	void everyChannelKindHasAnInstance() {
		Set<ChannelKind> kinds = EnumSet.noneOf(ChannelKind.class);
		demo.channels().values().stream().map(ChannelInstance::kind).forEach(kinds::add);
		assertEquals(EnumSet.allOf(ChannelKind.class), kinds);
		assertTrue(demo.channels().keySet().containsAll(
				Set.of("hotline-1900", "webchat", "cskh-email", "zalo-oa-shop", "fb-messenger", "app-chat")));
	}

	@Test
	void calendarIsTheVietnameseOfficeWeekWithTheHolidaysOf2026() {
		BusinessCalendar calendar = demo.calendars().get("vn-office");
		assertEquals(Optional.of("vn-office"), demo.defaultCalendar());
		assertEquals("Asia/Ho_Chi_Minh", calendar.zone().getId());
		assertEquals(List.of(TimeRange.parse("08:00-12:00"), TimeRange.parse("13:30-17:30")),
				calendar.hours().on(DayOfWeek.FRIDAY));
		assertEquals(List.of(TimeRange.parse("08:00-12:00")), calendar.hours().on(DayOfWeek.SATURDAY));
		assertEquals(List.of(), calendar.hours().on(DayOfWeek.SUNDAY));
		for (String date : List.of("2026-01-01", "2026-02-16", "2026-02-17", "2026-02-20", "2026-04-26",
				"2026-04-30", "2026-05-01", "2026-09-01", "2026-09-02")) {
			assertTrue(calendar.holiday(LocalDate.parse(date)).isPresent(), date);
		}
		assertEquals("Tết Nguyên Đán (mùng 1)", calendar.holiday(LocalDate.of(2026, 2, 17)).get().name());
	}

	@Test
	void slaPoliciesUseTheDefaultFirstResponseTargets() {
		assertEquals(Optional.of(Duration.ofMinutes(2)), demo.slaPolicies().get("sla-chat")
				.limit(SlaMetric.FIRST_RESPONSE, ChannelKind.CHAT, Optional.of(Priority.NORMAL)));
		assertEquals(Optional.of(Duration.ofMinutes(2)), demo.slaPolicies().get("sla-voice")
				.limit(SlaMetric.FIRST_RESPONSE, ChannelKind.VOICE, Optional.empty()));
		assertEquals(Optional.of(Duration.ofMinutes(60)), demo.slaPolicies().get("sla-social")
				.limit(SlaMetric.FIRST_RESPONSE, ChannelKind.SOCIAL, Optional.empty()));
		assertEquals(Optional.of(Duration.ofHours(24)), demo.slaPolicies().get("sla-email")
				.limit(SlaMetric.FIRST_RESPONSE, ChannelKind.EMAIL, Optional.empty()));
		assertEquals(Optional.empty(), demo.slaPolicies().get("sla-email").calendar());
	}

	@Test
	void surveysOfEveryKindAndAQaScorecard() {
		assertEquals(Set.of("csat-2026", "nps-2026", "ces-2026", "csi-2026"), demo.surveys().keySet());
		assertEquals(5, demo.surveys().get("csi-2026").attributes().size());
		assertEquals(100, demo.scorecards().get("qa-standard").criteria().stream().mapToDouble(c -> c.weight()).sum());
		assertTrue(demo.targets().size() >= 16);
	}
}
