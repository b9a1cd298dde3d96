package org.carelens.reports.core;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * The periods a supervisor picks from. Each runs from the start of a calendar day, week (ISO, Monday), month or
 * quarter in the workspace zone up to the report instant ("now"), so that today's and this month's figures are
 * period-to-date and compare with the period of the same length just before.
 */
public enum PeriodPreset {
	TODAY, THIS_WEEK, LAST_7_DAYS, LAST_30_DAYS, THIS_MONTH, THIS_QUARTER;

	/**
	 * @param now  the report instant, the end of the period
	 * @param zone the workspace zone that days, weeks, months and quarters start in
	 */
	public Period resolve(Instant now, ZoneId zone) {
		LocalDate today = now.atZone(zone).toLocalDate();
		LocalDate start = switch (this) {
		case TODAY -> today;
		case THIS_WEEK -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		// the last 7 (30) calendar days: today and the 6 (29) days before it
		case LAST_7_DAYS -> today.minusDays(6);
		case LAST_30_DAYS -> today.minusDays(29);
		case THIS_MONTH -> today.withDayOfMonth(1);
		case THIS_QUARTER -> today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
		};
		Instant from = start.atStartOfDay(zone).toInstant();
		// at the very first instant of a day the period would be empty: show the whole day instead
		Instant to = now.isAfter(from) ? now : ZonedDateTime.ofInstant(from, zone).plusDays(1).toInstant();
		return new Period(from, to);
	}

	/**
	 * @return the custom period from the start of {@code first} to the end of {@code last}, both days included
	 * @throws IllegalArgumentException when {@code last} is before {@code first}
	 */
	public static Period custom(LocalDate first, LocalDate last, ZoneId zone) {
		if (last.isBefore(first)) {
			throw new IllegalArgumentException("the last day (" + last + ") is before the first (" + first + ")");
		}
		return new Period(first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant());
	}
}
