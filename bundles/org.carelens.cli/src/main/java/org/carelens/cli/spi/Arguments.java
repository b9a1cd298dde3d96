package org.carelens.cli.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options and operands of a command line, parsed against the options a command declares.
 * <p>
 * Options are long ({@code --name}); one that takes a value is written {@code --name value} or
 * {@code --name=value}. {@code --} ends the options, so that an operand may start with a dash. Anything else that
 * starts with a dash is an unknown option and a {@link UsageException}.
 */
public final class Arguments {

	private final Set<String> flags = new HashSet<>();
	private final Map<String, String> values = new HashMap<>();
	private final List<String> operands = new ArrayList<>();

	private Arguments() {
	}

	/**
	 * @param arguments    the command's arguments
	 * @param flagNames    options without a value, e.g. {@code --quiet}
	 * @param valuedNames  options with a value, e.g. {@code --workspace}
	 */
	public static Arguments parse(List<String> arguments, Set<String> flagNames, Set<String> valuedNames)
			throws UsageException {
		Arguments parsed = new Arguments();
		boolean optionsEnded = false;
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (optionsEnded || !argument.startsWith("-") || argument.equals("-")) {
				parsed.operands.add(argument);
				continue;
			}
			if (argument.equals("--")) {
				optionsEnded = true;
				continue;
			}
			int equals = argument.indexOf('=');
			String name = equals < 0 ? argument : argument.substring(0, equals);
			if (flagNames.contains(name)) {
				if (equals >= 0) {
					throw new UsageException("option " + name + " takes no value");
				}
				parsed.flags.add(name);
			} else if (valuedNames.contains(name)) {
				String value;
				if (equals >= 0) {
					value = argument.substring(equals + 1);
				} else if (i + 1 < arguments.size()) {
					value = arguments.get(++i);
				} else {
					throw new UsageException("option " + name + " needs a value");
				}
				if (parsed.values.put(name, value) != null) {
					throw new UsageException("option " + name + " is given twice");
				}
			} else {
				throw new UsageException("unknown option " + name);
			}
		}
		return parsed;
	}

	public boolean flag(String name) {
		return flags.contains(name);
	}

	public Optional<String> value(String name) {
		return Optional.ofNullable(values.get(name));
	}

	/** @return the arguments that are not options, in order */
	public List<String> operands() {
		return List.copyOf(operands);
	}

	/**
	 * Reads the instant an option names: {@code 2026-03-01T00:00:00Z}, with an offset, a local date-time in the
	 * zone, or a date (its
	 * start in the zone; for the end of a range, the start of the next day, so that {@code --to 2026-03-31} includes
	 * the 31st).
	 */
	public static Instant instant(String option, String text, ZoneId zone, boolean endOfDay) throws UsageException {
		try {
			return Instant.parse(text);
		} catch (DateTimeParseException e) {
			// try the other forms
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		} catch (DateTimeParseException e) {
			// try the other forms
		}
		try {
			return LocalDateTime.parse(text).atZone(zone).toInstant();
		} catch (DateTimeParseException e) {
			// try the other forms
		}
		try {
			LocalDate date = LocalDate.parse(text);
			return (endOfDay ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
		} catch (DateTimeParseException e) {
			throw new UsageException(option + ": \"" + text
					+ "\" is not a time such as 2026-03-01, 2026-03-01T08:00 (in the zone) or 2026-03-01T01:00:00Z");
		}
	}
}
