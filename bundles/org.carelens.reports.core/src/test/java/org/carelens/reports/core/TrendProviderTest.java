package org.carelens.reports.core;

import static org.carelens.core.api.ChannelKind.CHAT;
import static org.carelens.core.api.ChannelKind.EMAIL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.TimeBucket;
import org.junit.jupiter.api.Test;

class TrendProviderTest {

	/** Monday 9 to Wednesday 11 March; the previous period is Friday 6 to Sunday 8. */
	private static final Period THREE_DAYS = PeriodPreset.custom(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 11),
			Facts.VN);

	private final Facts facts = new Facts()
			// Monday: first responses after 10 and 2 minutes; Tuesday: 4 minutes; Wednesday: nothing
			.conversation("c1", EMAIL, "2026-03-09T08:00", "2026-03-09T08:10", Optional.of("2026-03-09T09:00"))
			.conversation("c2", CHAT, "2026-03-09T10:00", "2026-03-09T10:02", Optional.empty())
			.conversation("c3", CHAT, "2026-03-10T10:00", "2026-03-10T10:04", Optional.empty())
			// the previous period: Saturday 20 minutes, Sunday 6 minutes
			.conversation("p1", EMAIL, "2026-03-07T08:00", "2026-03-07T08:20", Optional.empty())
			.conversation("p2", CHAT, "2026-03-08T08:00", "2026-03-08T08:06", Optional.empty());

	private TrendResponse trend(ReportScope scope, String metric) {
		return new TrendProvider(facts.engine).compute(facts.session(), new TrendRequest(scope, metric), () -> false);
	}

	@Test
	void eachDayHasItsMeanAndTheDayAtTheSamePlaceOfThePreviousPeriod() {
		TrendResponse response = trend(new ReportScope(THREE_DAYS, Map.of()), "first_response_time");
		assertEquals(DashboardResponse.Status.COMPLETED, response.status());
		assertEquals(TimeBucket.DAY, response.bucket());
		List<TrendResponse.Point> points = response.points();
		assertEquals(List.of("2026-03-09", "2026-03-10", "2026-03-11"),
				points.stream().map(TrendResponse.Point::label).toList());
		assertEquals(Optional.of((600 + 120) / 2.0), points.get(0).value());
		assertEquals(Optional.of(240.0), points.get(1).value());
		assertEquals(Optional.empty(), points.get(2).value(), "no conversation on Wednesday: no value, not 0");
		assertEquals(Optional.empty(), points.get(0).previous(), "Friday 6 March had none");
		assertEquals(Optional.of(1200.0), points.get(1).previous(), "Saturday");
		assertEquals(Optional.of(360.0), points.get(2).previous(), "Sunday");
		assertEquals(Optional.empty(), response.target(), "first response targets are per channel");
	}

	@Test
	void aSingleChannelGetsItsChannelsTargetAndOnlyItsConversations() {
		ReportScope chat = new ReportScope(THREE_DAYS, Map.of()).withFilter(Dimension.CHANNEL, Optional.of("CHAT"));
		TrendResponse response = trend(chat, "first_response_time");
		assertEquals(Optional.of(120.0), response.points().get(0).value());
		assertEquals(Optional.of(120.0), response.target(), "chat: 2 minutes");
	}

	@Test
	void anUnknownMetricFailsWithItsName() {
		TrendResponse response = trend(new ReportScope(THREE_DAYS, Map.of()), "speed_of_light");
		assertEquals(DashboardResponse.Status.FAILED, response.status());
		assertTrue(response.reason().orElseThrow().contains("speed_of_light"));
	}

	@Test
	void aCancelledRequestHasNoPoints() {
		TrendResponse response = new TrendProvider(facts.engine).compute(facts.session(),
				new TrendRequest(new ReportScope(THREE_DAYS, Map.of()), "csat"), () -> true);
		assertEquals(DashboardResponse.Status.CANCELLED, response.status());
		assertEquals(List.of(), response.points());
	}
}
