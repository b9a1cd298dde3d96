package org.carelens.internal.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.carelens.core.api.time.TimeRange;
import org.carelens.model.OpeningHours;

/**
 * Reads the zone, date and time texts of a workspace configuration, answering nothing where a text is invalid.
 */
public final class TimeZones {

	private TimeZones() {
	}

	/** @return the zone {@code text} names, e.g. {@code Asia/Ho_Chi_Minh} */
	public static Optional<ZoneId> zone(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(ZoneId.of(text.trim()));
		} catch (DateTimeException e) {
			return Optional.empty();
		}
	}

	/** @return the date {@code text} spells as {@code YYYY-MM-DD} */
	public static Optional<LocalDate> date(String text) {
		if (text == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(text.trim()));
		} catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	/** @return the range of {@code hours}, when its start and end are times {@code HH:mm} and start comes first */
	public static Optional<TimeRange> range(OpeningHours hours) {
		try {
			return Optional.of(TimeRange.parse(Labels.text(hours.getStart()) + "-" + Labels.text(hours.getEnd())));
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/** @return the local time {@code text} spells as {@code HH:mm}, or nothing */
	public static Optional<java.time.LocalTime> time(String text) {
		if (text == null || !text.trim().matches("\\d{2}:\\d{2}")) {
			return Optional.empty();
		}
		try {
			return Optional.of(java.time.LocalTime.parse(text.trim()));
		} catch (java.time.format.DateTimeParseException e) {
			return Optional.empty();
		}
	}
}
