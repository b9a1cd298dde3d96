package org.carelens.core.api.time;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Opening hours for each day of the week; a break is the gap between two ranges of a day.
 */
public final class WeeklyHours {

	/** Open around the clock. */
	public static final WeeklyHours ALWAYS;
	static {
		Map<DayOfWeek, List<TimeRange>> all = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			all.put(day, List.of(new TimeRange(0, TimeRange.MINUTES_PER_DAY)));
		}
		ALWAYS = new WeeklyHours(all);
	}

	private final Map<DayOfWeek, List<TimeRange>> days;

	/** @param days the ranges of each day; days left out are closed; ranges must not overlap */
	public WeeklyHours(Map<DayOfWeek, List<TimeRange>> days) {
		Map<DayOfWeek, List<TimeRange>> copy = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			List<TimeRange> ranges = new ArrayList<>(days.getOrDefault(day, List.of()));
			Collections.sort(ranges);
			for (int i = 1; i < ranges.size(); i++) {
				if (ranges.get(i).startMinute() < ranges.get(i - 1).endMinute()) {
					throw new IllegalArgumentException(
							"overlapping hours on " + day + ": " + ranges.get(i - 1) + " and " + ranges.get(i));
				}
			}
			copy.put(day, List.copyOf(ranges));
		}
		this.days = Collections.unmodifiableMap(copy);
	}

	/**
	 * Parses hours written as day groups separated by {@code ;}, each a day or day range and its time ranges,
	 * e.g. {@code "Mon-Fri 08:00-12:00,13:30-17:30; Sat 08:00-12:00"}.
	 */
	public static WeeklyHours parse(String text) {
		Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
		for (String group : text.split(";")) {
			String trimmed = group.trim();
			if (trimmed.isEmpty()) {
				continue;
			}
			int space = trimmed.indexOf(' ');
			if (space < 0) {
				throw new IllegalArgumentException("expected days and hours such as \"Mon-Fri 08:00-17:00\", not \""
						+ trimmed + "\"");
			}
			List<DayOfWeek> groupDays = days(trimmed.substring(0, space));
			List<TimeRange> ranges = new ArrayList<>();
			for (String range : trimmed.substring(space + 1).split(",")) {
				ranges.add(TimeRange.parse(range.trim()));
			}
			for (DayOfWeek day : groupDays) {
				if (days.containsKey(day)) {
					throw new IllegalArgumentException(day + " is given twice in \"" + text + "\"");
				}
				days.put(day, ranges);
			}
		}
		return new WeeklyHours(days);
	}

	private static List<DayOfWeek> days(String text) {
		int dash = text.indexOf('-');
		if (dash < 0) {
			return List.of(day(text));
		}
		DayOfWeek from = day(text.substring(0, dash));
		DayOfWeek to = day(text.substring(dash + 1));
		List<DayOfWeek> days = new ArrayList<>();
		for (DayOfWeek day = from;; day = day.plus(1)) {
			days.add(day);
			if (day == to) {
				return days;
			}
		}
	}

	private static DayOfWeek day(String text) {
		String key = text.trim().toLowerCase(Locale.ROOT);
		for (DayOfWeek day : DayOfWeek.values()) {
			if (day.name().toLowerCase(Locale.ROOT).startsWith(key) && key.length() >= 2) {
				return day;
			}
		}
		throw new IllegalArgumentException("\"" + text + "\" is not a day of the week (Mon, Tue, ... Sun)");
	}

	/** @return the ranges of {@code day}, sorted; empty when closed all day */
	public List<TimeRange> on(DayOfWeek day) {
		return days.get(day);
	}

	/** @return minutes open on {@code day} */
	public int minutesOn(DayOfWeek day) {
		int minutes = 0;
		for (TimeRange range : days.get(day)) {
			minutes += range.minutes();
		}
		return minutes;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof WeeklyHours hours && hours.days.equals(days);
	}

	@Override
	public int hashCode() {
		return days.hashCode();
	}

	@Override
	public String toString() {
		StringJoiner joiner = new StringJoiner("; ");
		days.forEach((day, ranges) -> {
			if (!ranges.isEmpty()) {
				StringJoiner times = new StringJoiner(",");
				ranges.forEach(r -> times.add(r.toString()));
				joiner.add(day.name().substring(0, 1) + day.name().substring(1, 3).toLowerCase(Locale.ROOT) + " " + times);
			}
		});
		return joiner.toString();
	}
}
