package org.carelens.reports.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.Status;
import org.carelens.reports.core.ComparisonResponse.Cell;
import org.carelens.reports.core.ComparisonResponse.Segment;
import org.junit.jupiter.api.Test;

class ComparisonProviderTest {

	private static final double EPSILON = 1e-9;

	/** Monday 9 and Tuesday 10 March; the previous period of the same length is Saturday 7 and Sunday 8. */
	private static final Period TWO_DAYS = PeriodPreset.custom(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 10),
			Facts.VN);

	private static final List<String> METRICS = List.of("first_response_time", "resolution_rate");

	private final TeamFacts facts = new TeamFacts()
			// Alpha (a1): first responses after 10 and 2 minutes, both resolved
			.conversation("c1", Optional.of("a1"), "2026-03-09T08:00", "2026-03-09T08:10",
					Optional.of("2026-03-09T09:00"))
			.conversation("c2", Optional.of("a1"), "2026-03-09T10:00", "2026-03-09T10:02",
					Optional.of("2026-03-09T11:00"))
			// Bravo (a3): after 4 minutes, not resolved
			.conversation("c3", Optional.of("a3"), "2026-03-10T10:00", "2026-03-10T10:04", Optional.empty())
			// Charlie (a4): after 2 minutes, resolved
			.conversation("c4", Optional.of("a4"), "2026-03-10T11:00", "2026-03-10T11:02",
					Optional.of("2026-03-10T12:00"))
			// nobody took it yet: no team
			.conversation("u1", Optional.empty(), "2026-03-10T13:00", "", Optional.empty())
			// the previous period: Alpha (a2) after 20 minutes, resolved
			.conversation("p1", Optional.of("a2"), "2026-03-07T08:00", "2026-03-07T08:20",
					Optional.of("2026-03-07T09:00"));

	private ComparisonResponse compute(ComparisonRequest request, Benchmarks benchmarks) {
		return new ComparisonProvider(facts.engine).compute(facts.session(), request, benchmarks, () -> false);
	}

	private static ComparisonRequest byTeam() {
		return new ComparisonRequest(new ReportScope(TWO_DAYS, Map.of()), Dimension.TEAM, METRICS);
	}

	private static Segment segment(ComparisonResponse response, String id) {
		return response.segments().stream().filter(s -> s.id().equals(Optional.of(id))).findFirst().orElseThrow();
	}

	@Test
	void teamsAreNamedFromTheOrganisationAndTheUnassignedComeLast() {
		ComparisonResponse response = compute(byTeam(), Benchmarks.NONE);
		assertEquals(DashboardResponse.Status.COMPLETED, response.status(), response.reason().orElse(""));
		assertEquals(List.of("Alpha team", "Bravo team", "Charlie team", ""),
				response.segments().stream().map(Segment::label).toList());
		assertEquals(Optional.empty(), response.segments().get(3).id());
		assertEquals(METRICS, response.metrics().stream().map(m -> m.id()).toList());
	}

	@Test
	void eachTeamHasItsValueTargetStatusAndSample() {
		ComparisonResponse response = compute(byTeam(), Benchmarks.NONE);
		Cell alphaFrt = segment(response, "t1").cell("first_response_time");
		assertEquals((600 + 120) / 2.0, alphaFrt.value().orElseThrow(), EPSILON);
		assertEquals(Optional.of(2L), alphaFrt.sampleSize());
		assertTrue(alphaFrt.lowSample(), "2 first responses are a low sample");

		Cell alphaResolution = segment(response, "t1").cell("resolution_rate");
		assertEquals(1.0, alphaResolution.value().orElseThrow(), EPSILON);
		assertEquals(Optional.of(0.9), alphaResolution.target(), "the metric's default target, >= 90%");
		assertEquals(Optional.of(Status.MET), alphaResolution.status());
		Cell bravoResolution = segment(response, "t2").cell("resolution_rate");
		assertEquals(0.0, bravoResolution.value().orElseThrow(), EPSILON);
		assertEquals(Optional.of(Status.MISSED), bravoResolution.status());
	}

	@Test
	void ranksFollowTheMetricsDirectionAndTiesShareARank() {
		ComparisonResponse response = compute(byTeam(), Benchmarks.NONE);
		// first response, lower is better: Charlie 2 min, Bravo 4 min, Alpha 6 min
		assertEquals(Optional.of(1), segment(response, "t3").cell("first_response_time").rank());
		assertEquals(Optional.of(2), segment(response, "t2").cell("first_response_time").rank());
		assertEquals(Optional.of(3), segment(response, "t1").cell("first_response_time").rank());
		// resolution, higher is better: Alpha and Charlie 100% share the first rank, Bravo 0% is third
		assertEquals(Optional.of(1), segment(response, "t1").cell("resolution_rate").rank());
		assertEquals(Optional.of(1), segment(response, "t3").cell("resolution_rate").rank());
		assertEquals(Optional.of(3), segment(response, "t2").cell("resolution_rate").rank());
	}

	@Test
	void segmentsWithoutValueAndTheUnassignedAreNotRanked() {
		ComparisonResponse response = compute(byTeam(), Benchmarks.NONE);
		Segment unassigned = response.segments().get(3);
		assertFalse(unassigned.cell("first_response_time").value().isPresent(), "nobody replied");
		assertEquals(Optional.empty(), unassigned.cell("first_response_time").rank());
		assertEquals(0.0, unassigned.cell("resolution_rate").value().orElseThrow(), EPSILON);
		assertEquals(Optional.empty(), unassigned.cell("resolution_rate").rank(), "not a peer of the teams");
	}

	@Test
	void theChangeIsAgainstThePreviousPeriodOfTheSameLength() {
		ComparisonResponse response = compute(byTeam(), Benchmarks.NONE);
		Cell alpha = segment(response, "t1").cell("first_response_time");
		assertEquals(1200.0, alpha.previous().orElseThrow(), EPSILON);
		assertEquals(360.0 - 1200.0, alpha.change().orElseThrow(), EPSILON);
		Cell bravo = segment(response, "t2").cell("first_response_time");
		assertEquals(Optional.empty(), bravo.previous(), "Bravo had no conversation before");
		assertEquals(Optional.empty(), bravo.change());
	}

	@Test
	void theTotalRowIsEveryConversationOfTheScope() {
		Segment total = compute(byTeam(), Benchmarks.NONE).total().orElseThrow();
		assertEquals((600 + 120 + 240 + 120) / 4.0, total.cell("first_response_time").value().orElseThrow(),
				EPSILON);
		assertEquals(3 / 5.0, total.cell("resolution_rate").value().orElseThrow(), EPSILON);
		assertEquals(1200.0, total.cell("first_response_time").previous().orElseThrow(), EPSILON);
		assertEquals(Optional.empty(), total.cell("resolution_rate").rank());
	}

	@Test
	void aSegmentsOwnBenchmarkWinsOverTheOneForEverySegment() {
		Benchmarks benchmarks = new Benchmarks(List.of(
				new Benchmark("first_response_time", "*", 300, "Industry survey 2025", 2),
				new Benchmark("first_response_time", "t2", 200, "Bravo's last year", 3)), List.of());
		ComparisonResponse response = compute(byTeam(), benchmarks);
		assertEquals(200.0, segment(response, "t2").cell("first_response_time").benchmark().orElseThrow().value());
		assertEquals("Bravo's last year",
				segment(response, "t2").cell("first_response_time").benchmark().orElseThrow().source());
		assertEquals(300.0, segment(response, "t1").cell("first_response_time").benchmark().orElseThrow().value());
		assertEquals(300.0,
				response.total().orElseThrow().cell("first_response_time").benchmark().orElseThrow().value());
		assertEquals(Optional.empty(), segment(response, "t1").cell("resolution_rate").benchmark());
	}

	@Test
	void aFilterKeepsOnlyItsConversationsInBothPeriods() {
		ComparisonResponse response = compute(new ComparisonRequest(
				new ReportScope(TWO_DAYS, Map.of()).withFilter(Dimension.TEAM, Optional.of("t1")), Dimension.AGENT,
				METRICS), Benchmarks.NONE);
		assertEquals(List.of("Agent a1", "Agent a2"), response.segments().stream().map(Segment::label).toList());
		assertEquals(Optional.empty(), segment(response, "a2").cell("first_response_time").value());
		assertEquals(1200.0, segment(response, "a2").cell("first_response_time").previous().orElseThrow(), EPSILON);
	}

	@Test
	void everyInstalledMetricWhenNoneIsChosen() {
		ComparisonResponse response = compute(new ComparisonRequest(new ReportScope(TWO_DAYS, Map.of()),
				Dimension.TEAM, List.of()), Benchmarks.NONE);
		assertEquals(facts.engine.metrics().size(), response.metrics().size());
		assertEquals(response.metrics().size(), response.segments().get(0).cells().size());
	}

	@Test
	void anUnknownMetricFailsWithItsName() {
		ComparisonResponse response = compute(new ComparisonRequest(new ReportScope(TWO_DAYS, Map.of()),
				Dimension.TEAM, List.of("speed_of_light")), Benchmarks.NONE);
		assertEquals(DashboardResponse.Status.FAILED, response.status());
		assertTrue(response.reason().orElseThrow().contains("unknown metric 'speed_of_light'"),
				response.reason().orElseThrow());
	}

	@Test
	void aCancelledRequestAnswersCancelledWithoutRows() {
		ComparisonResponse response = new ComparisonProvider(facts.engine).compute(facts.session(), byTeam(),
				Benchmarks.NONE, () -> true);
		assertEquals(DashboardResponse.Status.CANCELLED, response.status());
		assertEquals(List.of(), response.segments());
	}
}
