package org.carelens.kpi.api;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The calendar periods a report can be bucketed by, in the workspace zone; weeks are ISO weeks (Monday first,
 * labelled {@code 2026-W10}).
 */
public enum TimeBucket {
	NONE("none"), HOUR("hour"), DAY("day"), WEEK("week"), MONTH("month"), QUARTER("quarter");

	private static final DateTimeFormatter HOUR_LABEL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH", Locale.ROOT);

	private final String key;

	TimeBucket(String key) {
		this.key = key;
	}

	public String key() {
		return key;
	}

	/** @throws IllegalArgumentException naming the known buckets */
	public static TimeBucket ofKey(String key) {
		for (TimeBucket bucket : values()) {
			if (bucket.key.equalsIgnoreCase(key.trim())) {
				return bucket;
			}
		}
		throw new IllegalArgumentException(
				"unknown time bucket \"" + key + "\" (known: none, hour, day, week, month, quarter)");
	}

	/** @return the start of the bucket holding {@code instant}; for {@link #NONE} the start of time */
	public ZonedDateTime start(Instant instant, ZoneId zone) {
		ZonedDateTime local = instant.atZone(zone);
		return switch (this) {
		case NONE -> Instant.EPOCH.atZone(zone);
		case HOUR -> local.truncatedTo(ChronoUnit.HOURS);
		case DAY -> local.toLocalDate().atStartOfDay(zone);
		case WEEK -> local.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone);
		case MONTH -> local.toLocalDate().withDayOfMonth(1).atStartOfDay(zone);
		case QUARTER -> {
			LocalDate date = local.toLocalDate();
			yield LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1).atStartOfDay(zone);
		}
		};
	}

	/** @return the start of the bucket after the one starting at {@code start} */
	public ZonedDateTime next(ZonedDateTime start) {
		ZoneId zone = start.getZone();
		return switch (this) {
		case NONE -> throw new IllegalStateException("a report without time buckets has one period");
		case HOUR -> start.plusHours(1);
		case DAY -> start.toLocalDate().plusDays(1).atStartOfDay(zone);
		case WEEK -> start.toLocalDate().plusWeeks(1).atStartOfDay(zone);
		case MONTH -> start.toLocalDate().plusMonths(1).atStartOfDay(zone);
		case QUARTER -> start.toLocalDate().plusMonths(3).atStartOfDay(zone);
		};
	}

	/** @return how a bucket starting at {@code start} is written: 2026-03-02T08, 2026-03-02, 2026-W10, 2026-03, 2026-Q1 */
	public String label(ZonedDateTime start) {
		return switch (this) {
		case NONE -> "all";
		case HOUR -> HOUR_LABEL.format(start);
		case DAY -> start.toLocalDate().toString();
		case WEEK -> String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
				start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
		case MONTH -> String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
		case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
		};
	}
}
