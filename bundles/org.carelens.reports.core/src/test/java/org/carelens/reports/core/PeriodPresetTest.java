package org.carelens.reports.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PeriodPresetTest {

	/** Wednesday 11 March 2026, 14:30 in Hà Nội (07:30 UTC). */
	private static final Instant NOW = Facts.vn("2026-03-11T14:30");

	@Test
	void todayRunsFromLocalMidnightToNow() {
		assertEquals(new Period(Facts.vn("2026-03-11T00:00"), NOW), PeriodPreset.TODAY.resolve(NOW, Facts.VN));
	}

	@Test
	void thisWeekStartsOnMonday() {
		assertEquals(Facts.vn("2026-03-09T00:00"), PeriodPreset.THIS_WEEK.resolve(NOW, Facts.VN).from());
	}

	@Test
	void lastSevenDaysAreTodayAndTheSixDaysBefore() {
		assertEquals(Facts.vn("2026-03-05T00:00"), PeriodPreset.LAST_7_DAYS.resolve(NOW, Facts.VN).from());
		assertEquals(Facts.vn("2026-02-10T00:00"), PeriodPreset.LAST_30_DAYS.resolve(NOW, Facts.VN).from());
	}

	@Test
	void thisMonthAndThisQuarterStartOnTheirFirstDay() {
		assertEquals(Facts.vn("2026-03-01T00:00"), PeriodPreset.THIS_MONTH.resolve(NOW, Facts.VN).from());
		assertEquals(Facts.vn("2026-01-01T00:00"), PeriodPreset.THIS_QUARTER.resolve(NOW, Facts.VN).from());
		Instant august = Facts.vn("2026-08-20T09:00");
		assertEquals(Facts.vn("2026-07-01T00:00"), PeriodPreset.THIS_QUARTER.resolve(august, Facts.VN).from());
	}

	@Test
	void thePreviousPeriodHasTheSameLengthAndEndsWhereThePeriodStarts() {
		Period today = PeriodPreset.TODAY.resolve(NOW, Facts.VN);
		assertEquals(new Period(Facts.vn("2026-03-10T09:30"), Facts.vn("2026-03-11T00:00")), today.previous());
	}

	@Test
	void aCustomPeriodIncludesBothDays() {
		assertEquals(new Period(Facts.vn("2026-03-01T00:00"), Facts.vn("2026-03-03T00:00")),
				PeriodPreset.custom(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), Facts.VN));
		assertThrows(IllegalArgumentException.class,
				() -> PeriodPreset.custom(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1), Facts.VN));
	}
}
