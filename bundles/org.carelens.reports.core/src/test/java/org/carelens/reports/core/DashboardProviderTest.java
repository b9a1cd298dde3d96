package org.carelens.reports.core;

import static org.carelens.core.api.ChannelKind.CHAT;
import static org.carelens.core.api.ChannelKind.EMAIL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.MetricUnit;
import org.carelens.kpi.api.MetricValue;
import org.junit.jupiter.api.Test;

class DashboardProviderTest {

	private static final double EPSILON = 1e-9;

	/** Monday 9 and Tuesday 10 March; the previous period of the same length is Saturday 7 and Sunday 8. */
	private static final Period TWO_DAYS = PeriodPreset.custom(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 10),
			Facts.VN);

	private final Facts facts = new Facts()
			// this period: first responses after 10, 2 and 4 minutes; two of three resolved
			.conversation("c1", EMAIL, "2026-03-09T08:00", "2026-03-09T08:10", Optional.of("2026-03-09T09:00"))
			.conversation("c2", CHAT, "2026-03-09T10:00", "2026-03-09T10:02", Optional.of("2026-03-09T11:00"))
			.conversation("c3", CHAT, "2026-03-10T10:00", "2026-03-10T10:04", Optional.empty())
			// the previous period: after 20 and 6 minutes, both resolved
			.conversation("p1", EMAIL, "2026-03-07T08:00", "2026-03-07T08:20", Optional.of("2026-03-07T09:00"))
			.conversation("p2", CHAT, "2026-03-08T08:00", "2026-03-08T08:06", Optional.of("2026-03-08T09:00"));

	private DashboardResponse compute(DashboardRequest request) {
		return new DashboardProvider(facts.engine).compute(facts.session(), request, () -> false);
	}

	private static DashboardRequest request() {
		return new DashboardRequest(TWO_DAYS, Map.of(), List.of("first_response_time", "resolution_rate"));
	}

	@Test
	void tilesShowThePeriodsValueAndItsChangeAgainstThePreviousPeriodOfTheSameLength() {
		DashboardResponse response = compute(request());
		assertEquals(DashboardResponse.Status.COMPLETED, response.status());
		Tile frt = response.tiles().get(0);
		assertEquals("first_response_time", frt.metric());
		assertEquals(MetricUnit.SECONDS, frt.unit());
		assertEquals((600 + 120 + 240) / 3.0, frt.value().orElseThrow(), EPSILON);
		assertEquals((1200 + 360) / 2.0, frt.previous().orElseThrow(), EPSILON);
		assertEquals(320 - 780, frt.change().orElseThrow(), EPSILON);
		assertEquals(Optional.of(true), frt.improved(), "a shorter first response is better");
		assertEquals(Optional.of(3L), frt.sampleSize());

		Tile resolution = response.tiles().get(1);
		assertEquals(2 / 3.0, resolution.value().orElseThrow(), EPSILON);
		assertEquals(1.0, resolution.previous().orElseThrow(), EPSILON);
		assertEquals(Optional.of(false), resolution.improved(), "resolving fewer is worse");
		assertEquals(Optional.of(0.9), resolution.target(), "the metric's default target, >= 90%");
		assertEquals(Optional.of(org.carelens.kpi.api.Status.MISSED), resolution.status());
		assertTrue(resolution.lowSample(), "3 conversations are a low sample");
	}

	@Test
	void aRateGetsItsWilsonInterval() {
		Tile resolution = compute(request()).tiles().get(1);
		// Wilson, 2 of 3, z = 1.96: centre (2/3 + 0.6402) / 2.2805 = 0.5731, half-width 0.3654
		assertEquals(0.2077, resolution.ci().orElseThrow().low(), 1e-3);
		assertEquals(0.9385, resolution.ci().orElseThrow().high(), 1e-3);
	}

	@Test
	void anNpsIntervalStaysOnTheScale() {
		MetricValue nps = new MetricValue(33.3, Map.of("n", 3L, "value", 33.3, "ci_low", -73.0, "ci_high", 140.0));
		assertEquals(new Tile.Interval(-73.0, 100.0), DashboardProvider.interval(MetricUnit.NPS_POINTS, nps)
				.orElseThrow());
	}

	@Test
	void aChannelFilterKeepsOnlyThatChannelInBothPeriods() {
		DashboardResponse response = compute(request().withFilter(Dimension.CHANNEL, Optional.of("CHAT")));
		Tile frt = response.tiles().get(0);
		assertEquals((120 + 240) / 2.0, frt.value().orElseThrow(), EPSILON);
		assertEquals(360.0, frt.previous().orElseThrow(), EPSILON);
		assertEquals(Optional.of(2L), frt.sampleSize());
		Tile resolution = response.tiles().get(1);
		assertEquals(0.5, resolution.value().orElseThrow(), EPSILON);
		assertEquals(-0.5, resolution.change().orElseThrow(), EPSILON);
	}

	@Test
	void aPeriodWithoutConversationsHasTilesWithoutValue() {
		DashboardResponse response = compute(request().withPeriod(
				PeriodPreset.custom(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1), Facts.VN)));
		assertEquals(DashboardResponse.Status.COMPLETED, response.status());
		assertEquals(2, response.tiles().size());
		assertFalse(response.tiles().get(0).value().isPresent());
		assertFalse(response.tiles().get(0).change().isPresent());
	}

	@Test
	void anUnknownMetricFailsWithItsName() {
		DashboardResponse response = compute(new DashboardRequest(TWO_DAYS, Map.of(), List.of("speed_of_light")));
		assertEquals(DashboardResponse.Status.FAILED, response.status());
		assertTrue(response.reason().orElseThrow().contains("unknown metric 'speed_of_light'"),
				response.reason().orElseThrow());
		assertEquals(List.of(), response.tiles());
	}

	@Test
	void aCancelledRequestAnswersCancelledWithoutTiles() {
		DashboardResponse response = new DashboardProvider(facts.engine).compute(facts.session(), request(),
				() -> true);
		assertEquals(DashboardResponse.Status.CANCELLED, response.status());
		assertEquals(List.of(), response.tiles());
	}
}
