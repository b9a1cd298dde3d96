package org.carelens.reports.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.targets.TargetDirection;
import org.carelens.kpi.api.MetricInfo;
import org.carelens.kpi.api.MetricKind;
import org.carelens.kpi.api.MetricUnit;
import org.carelens.reports.core.BenchmarkCsvException.Problem;
import org.junit.jupiter.api.Test;

class BenchmarkCsvTest {

	private static final Map<String, MetricInfo> KNOWN = Map.of(
			"first_response_time", info("first_response_time", MetricUnit.SECONDS, TargetDirection.LOWER_IS_BETTER),
			"resolution_rate", info("resolution_rate", MetricUnit.RATIO, TargetDirection.HIGHER_IS_BETTER),
			"nps", info("nps", MetricUnit.NPS_POINTS, TargetDirection.HIGHER_IS_BETTER));

	private static MetricInfo info(String id, MetricUnit unit, TargetDirection direction) {
		return new MetricInfo(id, "metric." + id, unit, direction, MetricKind.values()[0]);
	}

	private static Benchmarks read(String text) throws BenchmarkCsvException {
		return BenchmarkCsv.read("bench.csv", text, KNOWN);
	}

	private static List<Problem> problems(String text) {
		return assertThrows(BenchmarkCsvException.class, () -> read(text)).problems();
	}

	@Test
	void aGoodFileGivesItsBenchmarksInFileOrder() throws Exception {
		Benchmarks benchmarks = read("""
				metric_id,segment,value,source
				first_response_time,*,45,"Industry report 2025, Asia"
				resolution_rate,team-hn,0.92,"Hanoi's ""best"" quarter"
				nps,*,-12.5,
				""");
		assertEquals(List.of(new Benchmark("first_response_time", "*", 45, "Industry report 2025, Asia", 2),
				new Benchmark("resolution_rate", "team-hn", 0.92, "Hanoi's \"best\" quarter", 3),
				new Benchmark("nps", "*", -12.5, "", 4)), benchmarks.entries());
		assertEquals(List.of(), benchmarks.unknownMetric());
	}

	@Test
	void columnsMayComeInAnyOrderWithCrLfLineBreaksAndAByteOrderMark() throws Exception {
		Benchmarks benchmarks = read("\uFEFFValue,Source,Metric_ID,Segment\r\n30,\"two\r\nlines\",first_response_time,a1\r\n");
		assertEquals(List.of(new Benchmark("first_response_time", "a1", 30, "two\r\nlines", 2)),
				benchmarks.entries());
	}

	@Test
	void aQuotedFieldOverTwoLinesKeepsTheLineNumbersOfTheRowsAfterIt() {
		List<Problem> problems = problems("""
				metric_id,segment,value,source
				nps,*,10,"first
				second"
				nps,a1,ten,x
				""");
		assertEquals(List.of(new Problem(4, Optional.of("3 (value)"),
				"'ten' is not a number; write digits with a decimal point, e.g. 0.85 or 45")), problems);
	}

	@Test
	void unknownMetricIdsAreReportedApartAndNotRefused() throws Exception {
		Benchmarks benchmarks = read("""
				metric_id,segment,value,source
				nps,*,20,survey
				qa_score_v9,*,80,vendor
				""");
		assertEquals(1, benchmarks.entries().size());
		assertEquals(List.of(new Benchmark("qa_score_v9", "*", 80, "vendor", 3)), benchmarks.unknownMetric());
		assertEquals(Optional.empty(), benchmarks.find("qa_score_v9", Optional.of("a1")));
	}

	@Test
	void anEmptyFileHasNoHeader() {
		Problem problem = problems("").get(0);
		assertEquals(1, problem.line());
		assertTrue(problem.text().contains("metric_id,segment,value,source"), problem.text());
	}

	@Test
	void aHeaderWithAnUnknownOrMissingColumnIsRefused() {
		List<Problem> problems = problems("metric,segment,value,source\nnps,*,1,x\n");
		assertEquals(new Problem(1, Optional.of("1 (metric)"),
				"unknown column 'metric'; the header is metric_id,segment,value,source"), problems.get(0));
		assertEquals(new Problem(1, Optional.empty(),
				"the header has no column 'metric_id'; it is metric_id,segment,value,source"), problems.get(1));
	}

	@Test
	void aRowWithTheWrongNumberOfFieldsNamesItsLine() {
		assertEquals(List.of(new Problem(3, Optional.empty(), "3 fields, the header has 4")),
				problems("metric_id,segment,value,source\nnps,*,1,x\nnps,a1,2\n"));
	}

	@Test
	void everyBadFieldIsNamedByLineAndColumn() {
		List<Problem> problems = problems("""
				metric_id,segment,value,source
				First Response,*,45,x
				nps,,10,x
				nps,a1,,x
				nps,a2,"1,5",x
				""");
		assertEquals(List.of(
				new Problem(2, Optional.of("1 (metric_id)"),
						"'First Response' is no metric id (lower case letters, digits and '_')"),
				new Problem(3, Optional.of("2 (segment)"), "no segment; write a segment id, or * for every segment"),
				new Problem(4, Optional.of("3 (value)"), "no value"),
				new Problem(5, Optional.of("3 (value)"),
						"'1,5' is not a number; write digits with a decimal point, e.g. 0.85 or 45")),
				problems);
	}

	@Test
	void aValueOutsideItsMetricsUnitIsRefused() {
		List<Problem> problems = problems("""
				metric_id,segment,value,source
				resolution_rate,*,85,x
				nps,*,150,x
				first_response_time,*,-3,x
				""");
		assertEquals(List.of(
				new Problem(2, Optional.of("3 (value)"),
						"resolution_rate is a fraction from 0 to 1: '85' is outside it (write 0.85 for 85%)"),
				new Problem(3, Optional.of("3 (value)"), "nps is from -100 to 100: '150' is outside it"),
				new Problem(4, Optional.of("3 (value)"), "first_response_time cannot be negative: '-3'")),
				problems);
	}

	@Test
	void aSecondBenchmarkForTheSameMetricAndSegmentNamesTheFirst() {
		assertEquals(List.of(new Problem(3, Optional.empty(),
				"a second benchmark of nps for segment * (the first is on line 2)")),
				problems("metric_id,segment,value,source\nnps,*,1,x\nnps,*,2,y\n"));
	}

	@Test
	void quotingErrorsNameTheirLineAndColumn() {
		assertEquals(List.of(new Problem(2, Optional.of("4"), "a quoted field that is never closed")),
				problems("metric_id,segment,value,source\nnps,*,1,\"open\n"));
		assertEquals(List.of(new Problem(2, Optional.of("4"),
				"text after the closing quote; a quote inside a quoted field is written twice (\"\")")),
				problems("metric_id,segment,value,source\nnps,*,1,\"a\"b\n"));
		assertEquals(List.of(new Problem(2, Optional.of("4"),
				"a quote inside an unquoted field; quote the whole field and double the quote (\"\")")),
				problems("metric_id,segment,value,source\nnps,*,1,a\"b\n"));
	}

	@Test
	void theMessageNamesTheFileAndEachProblem() {
		BenchmarkCsvException e = assertThrows(BenchmarkCsvException.class,
				() -> read("metric_id,segment,value,source\nnps,*,x,y\n"));
		assertTrue(e.getMessage().startsWith("bench.csv:"), e.getMessage());
		assertTrue(e.getMessage().contains("line 2, column 3 (value): 'x' is not a number"), e.getMessage());
	}
}
