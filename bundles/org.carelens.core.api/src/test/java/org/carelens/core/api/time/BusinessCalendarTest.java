package org.carelens.core.api.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

	private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	/** Mon–Fri 08:00–12:00 and 13:30–17:30 (a lunch break), Sat 08:00–12:00; 2/9/2026 (a Wednesday) closed. */
	private static final BusinessCalendar OFFICE = new BusinessCalendar("office", "Văn phòng", VN,
			WeeklyHours.parse("Mon-Fri 08:00-12:00,13:30-17:30; Sat 08:00-12:00"),
			List.of(new Holiday(LocalDate.of(2026, 9, 2), "Quốc khánh")));

	private static Instant vn(String localDateTime) {
		return java.time.LocalDateTime.parse(localDateTime).atZone(VN).toInstant();
	}

	@Test
	void countsOnlyTheOpenPartOfADay() {
		// Tuesday 10:00 -> 15:00: 10-12 (2 h) + 13:30-15 (1.5 h), the lunch break does not count
		assertEquals(Duration.ofMinutes(210), OFFICE.between(vn("2026-03-03T10:00"), vn("2026-03-03T15:00")));
	}

	@Test
	void skipsTheWeekendButCountsSaturdayMorning() {
		// Friday 16:00 -> Monday 09:00: Fri 16-17:30 (1.5 h) + Sat 8-12 (4 h) + Mon 8-9 (1 h)
		assertEquals(Duration.ofMinutes(390), OFFICE.between(vn("2026-03-06T16:00"), vn("2026-03-09T09:00")));
	}

	@Test
	void skipsHolidays() {
		// Tuesday 1/9 17:00 -> Thursday 3/9 08:30: Tue 17-17:30 (30 min) + Wed is 2/9, closed + Thu 8-8:30 (30 min)
		assertEquals(Duration.ofMinutes(60), OFFICE.between(vn("2026-09-01T17:00"), vn("2026-09-03T08:30")));
	}

	@Test
	void closedTimeAloneIsZero() {
		assertEquals(Duration.ZERO, OFFICE.between(vn("2026-03-03T12:05"), vn("2026-03-03T13:25")));
		assertEquals(Duration.ZERO, OFFICE.between(vn("2026-03-07T13:00"), vn("2026-03-08T23:00")));
		assertEquals(Duration.ZERO, OFFICE.between(vn("2026-03-04T10:00"), vn("2026-03-03T10:00")),
				"backwards is zero");
	}

	@Test
	void dueTimesAddBusinessTime() {
		// 4 business hours from Tuesday 11:00: 11-12 (1 h), then 13:30-16:30 (3 h)
		assertEquals(vn("2026-03-03T16:30"), OFFICE.plus(vn("2026-03-03T11:00"), Duration.ofHours(4)));
		// from Friday 17:00, 2 h: Fri 17-17:30 (30 min), Sat 8-9:30
		assertEquals(vn("2026-03-07T09:30"), OFFICE.plus(vn("2026-03-06T17:00"), Duration.ofHours(2)));
		// a message on Sunday evening with a 30-minute target is due Monday 08:30
		assertEquals(vn("2026-03-09T08:30"), OFFICE.plus(vn("2026-03-08T20:00"), Duration.ofMinutes(30)));
		// across the 2/9 holiday
		assertEquals(vn("2026-09-03T08:30"), OFFICE.plus(vn("2026-09-01T17:00"), Duration.ofMinutes(60)));
	}

	@Test
	void plusAndBetweenAgree() {
		Instant from = vn("2026-03-05T15:47");
		for (int minutes : new int[] { 1, 59, 240, 1000, 5000 }) {
			Instant due = OFFICE.plus(from, Duration.ofMinutes(minutes));
			assertEquals(Duration.ofMinutes(minutes), OFFICE.between(from, due), minutes + " min");
		}
	}

	@Test
	void isOpenFollowsHoursBreaksAndHolidays() {
		assertTrue(OFFICE.isOpen(vn("2026-03-03T08:00")));
		assertFalse(OFFICE.isOpen(vn("2026-03-03T12:30")), "lunch");
		assertFalse(OFFICE.isOpen(vn("2026-03-03T17:30")), "closing time is closed");
		assertFalse(OFFICE.isOpen(vn("2026-09-02T10:00")), "2/9");
		assertFalse(OFFICE.isOpen(vn("2026-03-08T10:00")), "Sunday");
	}

	@Test
	void alwaysIsWallClock() {
		Instant a = Instant.parse("2026-03-01T00:00:00Z");
		Instant b = Instant.parse("2026-03-04T05:06:07Z");
		assertEquals(Duration.between(a, b), BusinessCalendar.ALWAYS.between(a, b));
		assertEquals(b, BusinessCalendar.ALWAYS.plus(a, Duration.between(a, b)));
	}

	@Test
	void aCalendarThatIsNeverOpenCannotMakeADueTime() {
		BusinessCalendar never = new BusinessCalendar("never", "never", VN, WeeklyHours.parse(""), List.of());
		assertFalse(never.isEverOpen());
		assertThrows(IllegalStateException.class, () -> never.plus(vn("2026-03-03T10:00"), Duration.ofHours(1)));
	}

	@Test
	void weeklyHoursParseAndPrint() {
		WeeklyHours hours = WeeklyHours.parse("Mon-Fri 08:00-12:00,13:30-17:30; Sat 08:00-12:00; Sun 20:00-24:00");
		assertEquals(480, hours.minutesOn(java.time.DayOfWeek.WEDNESDAY));
		assertEquals(240, hours.minutesOn(java.time.DayOfWeek.SUNDAY));
		assertEquals("Mon 08:00-12:00,13:30-17:30; Tue 08:00-12:00,13:30-17:30; Wed 08:00-12:00,13:30-17:30; "
				+ "Thu 08:00-12:00,13:30-17:30; Fri 08:00-12:00,13:30-17:30; Sat 08:00-12:00; Sun 20:00-24:00",
				hours.toString());
		assertEquals(hours, WeeklyHours.parse(hours.toString()));
	}

	@Test
	void badHoursAreRejectedWithTheirText() {
		assertEquals("\"25:00\" in \"08:00-25:00\" is not a time HH:mm",
				assertThrows(IllegalArgumentException.class, () -> WeeklyHours.parse("Mon 08:00-25:00")).getMessage());
		assertEquals("\"Xyz\" is not a day of the week (Mon, Tue, ... Sun)",
				assertThrows(IllegalArgumentException.class, () -> WeeklyHours.parse("Xyz 08:00-12:00")).getMessage());
		assertEquals("overlapping hours on MONDAY: 08:00-12:00 and 11:00-13:00", assertThrows(
				IllegalArgumentException.class, () -> WeeklyHours.parse("Mon 08:00-12:00,11:00-13:00")).getMessage());
	}
}
