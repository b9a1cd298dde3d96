package org.carelens.reports.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.carelens.kpi.api.TimeBucket;
import org.junit.jupiter.api.Test;

class TrendBucketsTest {

	private static Period days(String first, String last) {
		return PeriodPreset.custom(LocalDate.parse(first), LocalDate.parse(last), Facts.VN);
	}

	@Test
	void aMonthHasOnePointADayHalfAYearOneAWeekAndLongerOneAMonth() {
		assertEquals(TimeBucket.DAY, TrendBuckets.bucketFor(days("2026-03-01", "2026-03-31")));
		assertEquals(TimeBucket.WEEK, TrendBuckets.bucketFor(days("2026-03-01", "2026-04-01")));
		assertEquals(TimeBucket.WEEK, TrendBuckets.bucketFor(days("2026-01-01", "2026-07-03")));
		assertEquals(TimeBucket.MONTH, TrendBuckets.bucketFor(days("2026-01-01", "2026-07-04")));
	}

	@Test
	void dayBucketsStartAtMidnightInTheWorkspaceZone() {
		TrendBuckets buckets = TrendBuckets.of(days("2026-03-09", "2026-03-11"), Facts.VN);
		assertEquals(List.of("2026-03-09", "2026-03-10", "2026-03-11"), buckets.labels());
		assertEquals(List.of(Facts.vn("2026-03-09T00:00"), Facts.vn("2026-03-10T00:00"), Facts.vn("2026-03-11T00:00"),
				Facts.vn("2026-03-12T00:00")), buckets.edges());
	}

	@Test
	void theFirstWeekIsCutToThePeriodAndLabelledByItsWeek() {
		// Wednesday 4 March (week 10) to Sunday 22 March (week 12)
		TrendBuckets buckets = TrendBuckets.of(days("2026-03-04", "2026-04-22"), Facts.VN);
		assertEquals(TimeBucket.WEEK, buckets.bucket());
		assertEquals("2026-W10", buckets.labels().get(0));
		assertEquals(Facts.vn("2026-03-04T00:00"), buckets.edges().get(0), "cut to the period's start");
		assertEquals(Facts.vn("2026-03-09T00:00"), buckets.edges().get(1), "the Monday after");
		assertEquals(8, buckets.size(), "weeks 10 to 17");
		assertEquals(Facts.vn("2026-04-23T00:00"), buckets.edges().get(8));
	}
}
