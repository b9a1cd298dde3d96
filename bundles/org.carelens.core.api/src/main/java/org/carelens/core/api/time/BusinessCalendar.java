package org.carelens.core.api.time;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Business hours in a time zone, with holidays: measures how much business time lies between two instants and
 * when a business-time target falls due. Used for SLA policies; without a calendar, durations are wall-clock.
 */
public final class BusinessCalendar {

	/** Open every minute of every day: business time equals wall-clock time. */
	public static final BusinessCalendar ALWAYS = new BusinessCalendar("always", "24/7", ZoneOffset.UTC,
			WeeklyHours.ALWAYS, List.of());

	/** Business time is searched at most this far ahead, so that a calendar that is never open cannot loop. */
	private static final int MAX_DAYS_AHEAD = 3 * 366;

	private final String id;
	private final String name;
	private final ZoneId zone;
	private final WeeklyHours hours;
	private final List<Holiday> holidays;
	private final Set<LocalDate> holidayDates;

	/**
	 * @param id       the calendar's id in the workspace
	 * @param name     for people
	 * @param zone     the zone the hours are in
	 * @param hours    the weekly opening hours
	 * @param holidays closed days
	 */
	public BusinessCalendar(String id, String name, ZoneId zone, WeeklyHours hours, List<Holiday> holidays) {
		this.id = Objects.requireNonNull(id, "id");
		this.name = Objects.requireNonNull(name, "name");
		this.zone = Objects.requireNonNull(zone, "zone");
		this.hours = Objects.requireNonNull(hours, "hours");
		this.holidays = List.copyOf(holidays);
		Set<LocalDate> dates = new HashSet<>();
		for (Holiday holiday : holidays) {
			dates.add(holiday.date());
		}
		this.holidayDates = Set.copyOf(dates);
	}

	public String id() {
		return id;
	}

	public String name() {
		return name;
	}

	public ZoneId zone() {
		return zone;
	}

	public WeeklyHours hours() {
		return hours;
	}

	public List<Holiday> holidays() {
		return holidays;
	}

	/** @return the holiday on {@code date}, if it is one */
	public Optional<Holiday> holiday(LocalDate date) {
		for (Holiday holiday : holidays) {
			if (holiday.date().equals(date)) {
				return Optional.of(holiday);
			}
		}
		return Optional.empty();
	}

	/** @return whether the business is open at {@code instant} */
	public boolean isOpen(Instant instant) {
		ZonedDateTime local = instant.atZone(zone);
		if (isHoliday(local.toLocalDate())) {
			return false;
		}
		int minute = local.getHour() * 60 + local.getMinute();
		for (TimeRange range : hours.on(local.getDayOfWeek())) {
			if (minute >= range.startMinute() && minute < range.endMinute()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @return the business time from {@code from} to {@code to}; zero when {@code to} is not after {@code from}
	 */
	public Duration between(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			return Duration.ZERO;
		}
		if (this == ALWAYS) {
			return Duration.between(from, to);
		}
		LocalDate day = from.atZone(zone).toLocalDate();
		LocalDate last = to.atZone(zone).toLocalDate();
		long nanos = 0;
		for (; !day.isAfter(last); day = day.plusDays(1)) {
			if (isHoliday(day)) {
				continue;
			}
			for (TimeRange range : hours.on(day.getDayOfWeek())) {
				Instant open = instant(day, range.startMinute());
				Instant close = instant(day, range.endMinute());
				Instant start = open.isAfter(from) ? open : from;
				Instant end = close.isBefore(to) ? close : to;
				if (end.isAfter(start)) {
					nanos += Duration.between(start, end).toNanos();
				}
			}
		}
		return Duration.ofNanos(nanos);
	}

	/**
	 * @return the instant at which {@code businessTime} of business time has passed after {@code from}; a target
	 *         of zero is due at once
	 * @throws IllegalStateException when the calendar is not open for that long within three years
	 */
	public Instant plus(Instant from, Duration businessTime) {
		if (businessTime.isNegative()) {
			throw new IllegalArgumentException("negative business time: " + businessTime);
		}
		if (this == ALWAYS || businessTime.isZero()) {
			return from.plus(businessTime);
		}
		long remaining = businessTime.toNanos();
		LocalDate day = from.atZone(zone).toLocalDate();
		for (int i = 0; i < MAX_DAYS_AHEAD; i++, day = day.plusDays(1)) {
			if (isHoliday(day)) {
				continue;
			}
			for (TimeRange range : hours.on(day.getDayOfWeek())) {
				Instant open = instant(day, range.startMinute());
				Instant close = instant(day, range.endMinute());
				Instant start = open.isAfter(from) ? open : from;
				if (!close.isAfter(start)) {
					continue;
				}
				long available = Duration.between(start, close).toNanos();
				if (remaining <= available) {
					return start.plusNanos(remaining);
				}
				remaining -= available;
			}
		}
		throw new IllegalStateException("calendar " + id + " is not open for " + businessTime + " within "
				+ MAX_DAYS_AHEAD + " days after " + from);
	}

	private boolean isHoliday(LocalDate date) {
		return holidayDates.contains(date);
	}

	private Instant instant(LocalDate day, int minute) {
		if (minute == TimeRange.MINUTES_PER_DAY) {
			return day.plusDays(1).atStartOfDay(zone).toInstant();
		}
		return ZonedDateTime.of(day, LocalTime.of(minute / 60, minute % 60), zone).toInstant();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof BusinessCalendar c && c.id.equals(id) && c.name.equals(name) && c.zone.equals(zone)
				&& c.hours.equals(hours) && c.holidays.equals(holidays);
	}

	@Override
	public int hashCode() {
		return Objects.hash(id, zone, hours, holidays);
	}

	@Override
	public String toString() {
		return "BusinessCalendar[" + id + ", " + zone + ", " + hours + ", " + holidays.size() + " holidays]";
	}

	/** @return whether some day of the week has opening hours; a calendar that is never open is a mistake */
	public boolean isEverOpen() {
		for (DayOfWeek day : DayOfWeek.values()) {
			if (hours.minutesOn(day) > 0) {
				return true;
			}
		}
		return false;
	}
}
