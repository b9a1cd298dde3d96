package org.carelens.internal.kpi.cli;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.carelens.cli.spi.Arguments;
import org.carelens.cli.spi.CommandContext;
import org.carelens.cli.spi.UsageException;
import org.carelens.core.api.time.BusinessCalendar;
import org.carelens.core.api.time.Holiday;
import org.carelens.core.api.time.WeeklyHours;
import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.TimeBucket;

/**
 * The command line of {@code carelens kpi}, checked: every mistake is a {@link UsageException} that says what is
 * wrong with which option.
 *
 * @param workspace     the workspace, or empty with {@code --events}
 * @param events        the event files of {@code --events}
 * @param metrics       the metric ids; empty for all
 * @param by            the grouping dimensions
 * @param bucket        the time bucket
 * @param from          start of the range
 * @param to            end of the range (exclusive)
 * @param at            the report instant, if given
 * @param zone          the zone, if given
 * @param businessHours the weekly hours of {@code --business-hours}
 * @param holidays      the dates of {@code --holidays}
 * @param format        json, csv or table
 */
record KpiArguments(Optional<Path> workspace, List<Path> events, List<String> metrics, List<Dimension> by,
		TimeBucket bucket, Optional<String> from, Optional<String> to, Optional<String> at, Optional<ZoneId> zone,
		Optional<WeeklyHours> businessHours, List<LocalDate> holidays, String format) {

	static final Set<String> FORMATS = Set.of("json", "csv", "table");
	private static final String EVENTS = "--events";

	static KpiArguments parse(List<String> arguments, CommandContext context) throws UsageException {
		List<String> options = new ArrayList<>();
		List<Path> events = new ArrayList<>();
		boolean eventsGiven = false;
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (argument.equals(EVENTS)) {
				eventsGiven = true;
				while (i + 1 < arguments.size() && !arguments.get(i + 1).startsWith("--")) {
					events.add(context.resolve(arguments.get(++i)));
				}
			} else if (argument.startsWith(EVENTS + "=")) {
				eventsGiven = true;
				events.add(context.resolve(argument.substring(EVENTS.length() + 1)));
			} else {
				options.add(argument);
			}
		}
		Arguments parsed = Arguments.parse(options, Set.of(), Set.of("--workspace", "--metrics", "--by", "--bucket",
				"--from", "--to", "--at", "--zone", "--business-hours", "--holidays", "--format"));
		if (!parsed.operands().isEmpty()) {
			throw new UsageException("unexpected argument " + parsed.operands().get(0)
					+ " (event files follow --events)");
		}
		Optional<Path> workspace = parsed.value("--workspace").map(context::resolve);
		if (workspace.isPresent() == eventsGiven) {
			throw new UsageException(workspace.isPresent() ? "give either --workspace or --events, not both"
					: "missing --workspace DIR or --events FILE...: where the conversations come from");
		}
		if (eventsGiven && events.isEmpty()) {
			throw new UsageException("--events needs at least one file");
		}
		List<String> metrics = list(parsed.value("--metrics").orElse("all"));
		if (metrics.isEmpty()) {
			throw new UsageException("--metrics needs 'all' or metric ids separated by commas");
		}
		if (metrics.equals(List.of("all"))) {
			metrics = List.of();
		}
		List<Dimension> by = new ArrayList<>();
		for (String key : list(parsed.value("--by").orElse(""))) {
			try {
				Dimension dimension = Dimension.ofKey(key);
				if (by.contains(dimension)) {
					throw new UsageException("--by names " + key + " twice");
				}
				by.add(dimension);
			} catch (IllegalArgumentException e) {
				throw new UsageException("--by: " + e.getMessage());
			}
		}
		TimeBucket bucket;
		try {
			bucket = TimeBucket.ofKey(parsed.value("--bucket").orElse("none"));
		} catch (IllegalArgumentException e) {
			throw new UsageException("--bucket: " + e.getMessage());
		}
		Optional<ZoneId> zone = Optional.empty();
		if (parsed.value("--zone").isPresent()) {
			try {
				zone = Optional.of(ZoneId.of(parsed.value("--zone").get()));
			} catch (DateTimeException e) {
				throw new UsageException("--zone: unknown time zone \"" + parsed.value("--zone").get()
						+ "\" (e.g. Asia/Ho_Chi_Minh, UTC, +07:00)");
			}
		}
		Optional<WeeklyHours> hours = Optional.empty();
		if (parsed.value("--business-hours").isPresent()) {
			try {
				hours = Optional.of(WeeklyHours.parse(parsed.value("--business-hours").get()));
			} catch (IllegalArgumentException | DateTimeException e) {
				throw new UsageException("--business-hours: " + e.getMessage());
			}
		}
		List<LocalDate> holidays = new ArrayList<>();
		for (String date : list(parsed.value("--holidays").orElse(""))) {
			try {
				holidays.add(LocalDate.parse(date));
			} catch (DateTimeParseException e) {
				throw new UsageException("--holidays: \"" + date + "\" is not a date such as 2026-02-16");
			}
		}
		if (!holidays.isEmpty() && hours.isEmpty()) {
			throw new UsageException("--holidays needs --business-hours: holidays are closed days of business hours");
		}
		String format = parsed.value("--format").orElse("json");
		if (!FORMATS.contains(format)) {
			throw new UsageException("--format: \"" + format + "\" is none of json, csv, table");
		}
		return new KpiArguments(workspace, List.copyOf(events), metrics, List.copyOf(by), bucket,
				parsed.value("--from"), parsed.value("--to"), parsed.value("--at"), zone, hours, List.copyOf(holidays),
				format);
	}

	private static List<String> list(String text) {
		Set<String> items = new LinkedHashSet<>();
		for (String item : text.split(",")) {
			if (!item.isBlank()) {
				items.add(item.trim());
			}
		}
		return List.copyOf(items);
	}

	/** @return the business-hours calendar of the command line, in {@code zone} */
	Optional<BusinessCalendar> calendar(ZoneId reportZone) {
		return businessHours.map(hours -> new BusinessCalendar("command-line", "--business-hours", reportZone, hours,
				holidays.stream().map(d -> new Holiday(d, "--holidays")).toList()));
	}
}
