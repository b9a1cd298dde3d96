package org.carelens.internal.kpi.metrics.standard;

import static org.carelens.core.api.ChannelKind.EMAIL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.org.Organization;
import org.carelens.core.api.sla.SlaPolicy;
import org.carelens.core.api.time.BusinessCalendar;
import org.carelens.core.api.time.Holiday;
import org.carelens.core.api.time.WeeklyHours;
import org.carelens.facts.FactContext;
import org.junit.jupiter.api.Test;

class BusinessHoursTest {

	private static final WeeklyHours OFFICE = WeeklyHours.parse("Mon-Fri 08:00-12:00,13:30-17:30");

	/** Opened Friday 6 March 2026 at 17:00, answered Monday 9 March at 08:30, resolved Monday at 14:00. */
	private static Conversation overTheWeekend() {
		return new Conversation("c1").policy("office").opened("2026-03-06T17:00", EMAIL, "A")
				.reply("2026-03-09T08:30", "ag1").resolved("2026-03-09T14:00");
	}

	@Test
	void withoutACalendarDurationsAreWallClock() {
		Kpi kpi = new Kpi().add(overTheWeekend());
		// Friday 17:00 to Monday 08:30 is 63.5 hours
		assertEquals(63.5 * 3600, kpi.value("first_response_time").orElseThrow().value());
	}

	@Test
	void theCalendarOfTheSlaPolicyCountsOnlyBusinessTime() {
		BusinessCalendar office = new BusinessCalendar("office-hours", "Office", Conversation.VN, OFFICE, List.of());
		Kpi kpi = new Kpi().context(new FactContext(Map.of("office-hours", office),
				Map.of("office", new SlaPolicy("office", "Office", Optional.of("office-hours"), List.of())),
				Organization.EMPTY, FactContext.DEFAULT_FCR_WINDOW)).add(overTheWeekend());
		// Friday 17:00-17:30 and Monday 08:00-08:30
		assertEquals(3600.0, kpi.value("first_response_time").orElseThrow().value());
		// plus Monday 08:30-12:00 and 13:30-14:00: 30 + 240 + 30 minutes
		assertEquals(300.0 * 60, kpi.value("resolution_time").orElseThrow().value());
	}

	@Test
	void theReportsBusinessHoursOverrideEveryConversationAndSkipHolidays() {
		BusinessCalendar override = new BusinessCalendar("cli", "--business-hours", Conversation.VN, OFFICE,
				List.of(new Holiday(LocalDate.parse("2026-03-09"), "holiday")));
		Kpi kpi = new Kpi().businessHours(override).add(new Conversation("c1").opened("2026-03-06T17:00", EMAIL, "A")
				.reply("2026-03-10T08:30", "ag1"));
		// Friday 17:00-17:30, Monday is a holiday, Tuesday 08:00-08:30
		assertEquals(3600.0, kpi.value("first_response_time").orElseThrow().value());
	}
}
