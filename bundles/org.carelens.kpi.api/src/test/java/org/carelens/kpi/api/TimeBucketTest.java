package org.carelens.kpi.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class TimeBucketTest {

	private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	private static String label(TimeBucket bucket, String utc) {
		return bucket.label(bucket.start(Instant.parse(utc), VN));
	}

	@Test
	void bucketsAreInTheWorkspaceZone() {
		// 17:30 UTC on 31 March is 00:30 on 1 April in Vietnam
		assertEquals("2026-04-01", label(TimeBucket.DAY, "2026-03-31T17:30:00Z"));
		assertEquals("2026-04-01T00", label(TimeBucket.HOUR, "2026-03-31T17:30:00Z"));
		assertEquals("2026-04", label(TimeBucket.MONTH, "2026-03-31T17:30:00Z"));
		assertEquals("2026-Q2", label(TimeBucket.QUARTER, "2026-03-31T17:30:00Z"));
	}

	@Test
	void weeksAreIsoWeeksAcrossTheNewYear() {
		// Thursday 1 January 2026 is in week 1 of 2026; Friday 1 January 2027 in week 53 of 2026
		assertEquals("2026-W01", label(TimeBucket.WEEK, "2026-01-01T05:00:00Z"));
		assertEquals("2026-W01", label(TimeBucket.WEEK, "2025-12-29T05:00:00Z"));
		assertEquals("2026-W53", label(TimeBucket.WEEK, "2027-01-01T05:00:00Z"));
		assertEquals("2026-W10", label(TimeBucket.WEEK, "2026-03-08T16:59:59Z"));
		assertEquals("2026-W11", label(TimeBucket.WEEK, "2026-03-08T17:00:00Z"));
	}

	@Test
	void theNextBucketStartsWhereOneEnds() {
		ZonedDateTime week = TimeBucket.WEEK.start(Instant.parse("2026-03-04T00:00:00Z"), VN);
		assertEquals(ZonedDateTime.parse("2026-03-09T00:00+07:00[Asia/Ho_Chi_Minh]"), TimeBucket.WEEK.next(week));
	}
}
