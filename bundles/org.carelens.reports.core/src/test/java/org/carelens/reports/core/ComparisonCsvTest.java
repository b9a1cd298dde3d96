package org.carelens.reports.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.kpi.api.Dimension;
import org.junit.jupiter.api.Test;

class ComparisonCsvTest {

	private static final Period TWO_DAYS = PeriodPreset.custom(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 10),
			Facts.VN);

	@Test
	void oneRowPerSegmentThenTheTotalWithRawNumbersInTheHeadersUnits() throws Exception {
		TeamFacts facts = new TeamFacts()
				.conversation("c1", Optional.of("a1"), "2026-03-09T08:00", "2026-03-09T08:10",
						Optional.of("2026-03-09T09:00"))
				.conversation("c2", Optional.of("a3"), "2026-03-10T10:00", "2026-03-10T10:04", Optional.empty())
				.conversation("u1", Optional.empty(), "2026-03-10T13:00", "", Optional.empty())
				.conversation("p1", Optional.of("a2"), "2026-03-07T08:00", "2026-03-07T08:20",
						Optional.of("2026-03-07T09:00"));
		ComparisonResponse response = new ComparisonProvider(facts.engine).compute(facts.session(),
				new ComparisonRequest(new ReportScope(TWO_DAYS, Map.of()), Dimension.TEAM,
						List.of("first_response_time", "resolution_rate")),
				new Benchmarks(List.of(new Benchmark("first_response_time", "*", 300, "x", 2)), List.of()),
				() -> false);
		StringBuilder csv = new StringBuilder();
		ComparisonCsv.write(response, "All", "Unassigned", csv);
		assertEquals(String.join("\r\n",
				"segment_id,segment,first_response_time [s],first_response_time_n,first_response_time_low_sample,"
						+ "first_response_time_target [s],first_response_time_status,first_response_time_rank,"
						+ "first_response_time_previous [s],first_response_time_change [s],"
						+ "first_response_time_benchmark [s],resolution_rate [ratio 0..1],resolution_rate_n,"
						+ "resolution_rate_low_sample,resolution_rate_target [ratio 0..1],resolution_rate_status,"
						+ "resolution_rate_rank,resolution_rate_previous [ratio 0..1],"
						+ "resolution_rate_change [ratio 0..1],resolution_rate_benchmark [ratio 0..1]",
				// Alpha: 10 min against 20 min before (first response has no default target); resolved 1 of 1 against 90%
				"t1,Alpha team,600,1,true," + ","
						+ ",2,1200,-600,300,1,1,true,0.9,met,1,1,0,",
				"t2,Bravo team,240,1,true," + "," + ",1,,,300,0,1,true,0.9,missed,2,,,",
				",Unassigned,,,false," + "," + ",,,,300,0,1,true,0.9,missed,,,,",
				"*,All,420,2,true," + ","
						+ ",,1200,-780,300,0.3333333333333333,3,true,0.9,missed,,1,-0.6666666666666667,",
				""), csv.toString());
	}

	@Test
	void fieldsWithCommasOrQuotesAreQuoted() {
		assertEquals("\"Sales, \"\"VIP\"\"\"", ComparisonCsv.quoted("Sales, \"VIP\""));
		assertEquals("plain", ComparisonCsv.quoted("plain"));
	}

	@Test
	void numbersAreWrittenWithoutExponent() {
		assertEquals("0.0001", ComparisonCsv.number(Optional.of(1e-4)));
		assertEquals("12000000", ComparisonCsv.number(Optional.of(1.2e7)));
		assertEquals("", ComparisonCsv.number(Optional.empty()));
	}
}
