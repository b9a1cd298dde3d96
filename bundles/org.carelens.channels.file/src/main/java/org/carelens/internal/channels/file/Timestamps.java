package org.carelens.internal.channels.file;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The timestamp formats of an export, tried in order: {@code iso} (ISO-8601 with or without offset, {@code T} or a
 * space between date and time, optional seconds and fractions), {@code epoch} (seconds since 1970), or a
 * {@link DateTimeFormatter} pattern such as {@code dd-MM-yyyy HH:mm}. A timestamp without offset is in the mapping's
 * zone.
 */
public final class Timestamps {

	private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder().parseCaseInsensitive()
			.append(DateTimeFormatter.ISO_LOCAL_DATE).optionalStart().appendLiteral('T').optionalEnd().optionalStart()
			.appendLiteral(' ').optionalEnd().appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
			.appendValue(ChronoField.MINUTE_OF_HOUR, 2).optionalStart().appendLiteral(':')
			.appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalStart()
			.appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd().optionalEnd().optionalStart()
			.appendLiteral(' ').optionalEnd().optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
			.optionalStart().appendOffset("+HHMM", "Z").optionalEnd().toFormatter(Locale.ROOT);

	private final List<String> names;
	private final List<Optional<DateTimeFormatter>> formatters;

	private Timestamps(List<String> names, List<Optional<DateTimeFormatter>> formatters) {
		this.names = List.copyOf(names);
		this.formatters = List.copyOf(formatters);
	}

	/** @throws IllegalArgumentException naming a pattern that is not a valid pattern */
	public static Timestamps of(List<String> patterns) {
		if (patterns.isEmpty()) {
			throw new IllegalArgumentException("no timestamp format");
		}
		List<Optional<DateTimeFormatter>> formatters = new ArrayList<>();
		for (String pattern : patterns) {
			if (pattern.equals("iso")) {
				formatters.add(Optional.of(ISO));
			} else if (pattern.equals("epoch")) {
				formatters.add(Optional.empty());
			} else {
				try {
					formatters.add(Optional.of(DateTimeFormatter.ofPattern(pattern, Locale.ROOT)));
				} catch (IllegalArgumentException e) {
					throw new IllegalArgumentException("timestamp format '" + pattern + "' is not a valid pattern: "
							+ e.getMessage(), e);
				}
			}
		}
		return new Timestamps(patterns, formatters);
	}

	public static Timestamps of(String... patterns) {
		return of(List.of(patterns));
	}

	/** @return the instant written {@code text} */
	public Instant parse(String text, ZoneId zone) throws DateTimeParseException {
		for (Optional<DateTimeFormatter> formatter : formatters) {
			if (formatter.isEmpty()) {
				if (!text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
					return Instant.ofEpochSecond(Long.parseLong(text));
				}
				continue;
			}
			try {
				TemporalAccessor parsed = formatter.get().parse(text);
				LocalDateTime local = LocalDateTime.of(parsed.get(ChronoField.YEAR), parsed.get(ChronoField.MONTH_OF_YEAR),
						parsed.get(ChronoField.DAY_OF_MONTH), parsed.get(ChronoField.HOUR_OF_DAY),
						parsed.get(ChronoField.MINUTE_OF_HOUR),
						parsed.isSupported(ChronoField.SECOND_OF_MINUTE) ? parsed.get(ChronoField.SECOND_OF_MINUTE) : 0,
						parsed.isSupported(ChronoField.NANO_OF_SECOND) ? parsed.get(ChronoField.NANO_OF_SECOND) : 0);
				if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
					return OffsetDateTime.of(local, ZoneOffset.ofTotalSeconds(
							parsed.get(ChronoField.OFFSET_SECONDS))).toInstant();
				}
				return local.atZone(zone).toInstant();
			} catch (DateTimeException e) {
				// try the next format
			}
		}
		if (text.length() >= 16 && text.charAt(10) == 'T') {
			// a date cell of an XLSX export, written as an ISO local date-time whatever the mapping's formats
			try {
				return LocalDateTime.parse(text).atZone(zone).toInstant();
			} catch (DateTimeException e) {
				// not one: report it as not matching
			}
		}
		throw new DateTimeParseException("'" + text + "' matches none of the timestamp formats " + names, text, 0);
	}
}
