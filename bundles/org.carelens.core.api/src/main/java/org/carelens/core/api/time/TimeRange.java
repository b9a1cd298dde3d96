package org.carelens.core.api.time;

import java.time.LocalTime;

/**
 * A span of a day, from {@code start} (inclusive) to {@code end} (exclusive), in minutes after midnight;
 * {@code end} may be 1440, the midnight that ends the day.
 */
public record TimeRange(int startMinute, int endMinute) implements Comparable<TimeRange> {

	public static final int MINUTES_PER_DAY = 24 * 60;

	public TimeRange {
		if (startMinute < 0 || endMinute > MINUTES_PER_DAY || startMinute >= endMinute) {
			throw new IllegalArgumentException("not a time range within a day: " + format(startMinute) + "-"
					+ format(endMinute));
		}
	}

	public static TimeRange of(LocalTime start, LocalTime end) {
		int endMinute = end.equals(LocalTime.MIDNIGHT) ? MINUTES_PER_DAY : end.getHour() * 60 + end.getMinute();
		return new TimeRange(start.getHour() * 60 + start.getMinute(), endMinute);
	}

	/** @param text {@code HH:mm-HH:mm}, e.g. {@code 13:30-17:30}; {@code 24:00} ends the day */
	public static TimeRange parse(String text) {
		int dash = text.indexOf('-');
		if (dash < 0) {
			throw new IllegalArgumentException("expected HH:mm-HH:mm, not \"" + text + "\"");
		}
		return new TimeRange(minute(text.substring(0, dash).trim(), text), minute(text.substring(dash + 1).trim(), text));
	}

	private static int minute(String hhmm, String whole) {
		String[] parts = hhmm.split(":");
		try {
			if (parts.length == 2 && parts[1].length() == 2) {
				int hours = Integer.parseInt(parts[0]);
				int minutes = Integer.parseInt(parts[1]);
				if (hours >= 0 && minutes >= 0 && minutes < 60 && (hours < 24 || (hours == 24 && minutes == 0))) {
					return hours * 60 + minutes;
				}
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new IllegalArgumentException("\"" + hhmm + "\" in \"" + whole + "\" is not a time HH:mm");
	}

	public int minutes() {
		return endMinute - startMinute;
	}

	@Override
	public int compareTo(TimeRange other) {
		return Integer.compare(startMinute, other.startMinute);
	}

	@Override
	public String toString() {
		return format(startMinute) + "-" + format(endMinute);
	}

	private static String format(int minute) {
		return String.format("%02d:%02d", minute / 60, minute % 60);
	}
}
