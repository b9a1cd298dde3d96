package org.carelens.internal.channels.file;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Priority;

/**
 * How the columns of a CSV ticket export become CareLens events: which column holds which {@link Column field}, how
 * its timestamps are written and in which zone, and how its status, priority, channel and satisfaction values map
 * onto CareLens values.
 *
 * @param name           the preset's or the mapping file's name, for messages
 * @param mode           one row per ticket, or one row per update of a ticket (an event log)
 * @param columns        the column of each mapped field; the {@link Column#required() required} ones always there
 * @param timestamps     the timestamp formats tried in order ({@link Timestamps})
 * @param zone           the zone of timestamps that carry no offset
 * @param channels       source values (lower case) to channel kinds
 * @param defaultChannel the channel of rows whose source is missing or unmapped
 * @param priorities     priority values (lower case) to priorities; unmapped values leave the priority unset
 * @param resolved       status values (lower case) that mean resolved or closed
 * @param satisfaction   satisfaction values (lower case) to CSAT scores 1–5; unmapped values mean no rating
 * @param empty          values that mean "no value" besides the empty text, e.g. {@code ?} (lower case)
 */
public record ColumnMapping(String name, Mode mode, Map<Column, String> columns, Timestamps timestamps, ZoneId zone,
		Map<String, ChannelKind> channels, ChannelKind defaultChannel, Map<String, Priority> priorities,
		Set<String> resolved, Map<String, Integer> satisfaction, Set<String> empty) {

	/** What a row of the export is. */
	public enum Mode {
		/** One row per ticket with its current state: the help-desk ticket exports. */
		TICKETS,
		/** One row per update of a ticket, in time order: an audit or event log. */
		EVENT_LOG
	}

	public ColumnMapping {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(mode, "mode");
		Objects.requireNonNull(timestamps, "timestamps");
		Objects.requireNonNull(zone, "zone");
		Objects.requireNonNull(defaultChannel, "defaultChannel");
		columns = Map.copyOf(columns);
		channels = Map.copyOf(channels);
		priorities = Map.copyOf(priorities);
		resolved = Set.copyOf(resolved);
		satisfaction = Map.copyOf(satisfaction);
		empty = Set.copyOf(empty);
		for (Column column : Column.values()) {
			if (column.required() && !columns.containsKey(column)) {
				throw new IllegalArgumentException(name + ": no column for " + column.key());
			}
		}
		satisfaction.forEach((value, score) -> {
			if (score < 1 || score > 5) {
				throw new IllegalArgumentException(name + ": satisfaction '" + value + "' maps to " + score
						+ ", not a CSAT score 1–5");
			}
		});
		if (mode == Mode.EVENT_LOG && !columns.containsKey(Column.UPDATED_AT)) {
			throw new IllegalArgumentException(name + ": an event log needs a column for updated_at");
		}
	}

	/** @return this mapping with timestamps without offset read in {@code other} */
	public ColumnMapping withZone(ZoneId other) {
		return new ColumnMapping(name, mode, columns, timestamps, other, channels, defaultChannel, priorities,
				resolved, satisfaction, empty);
	}

	/** @return the header names of the columns that hold timestamps */
	public Set<String> timestampColumns() {
		Set<String> names = new java.util.HashSet<>();
		for (Column column : List.of(Column.OPENED_AT, Column.ASSIGNED_AT, Column.FIRST_RESPONSE_AT,
				Column.RESOLVED_AT, Column.CLOSED_AT, Column.UPDATED_AT)) {
			column(column).ifPresent(names::add);
		}
		return names;
	}

	public Optional<String> column(Column column) {
		return Optional.ofNullable(columns.get(column));
	}

	/**
	 * Reads a mapping file: Java properties with {@code name}, {@code mode} ({@code tickets} or {@code event_log}),
	 * one {@code column.FIELD = header} per field, {@code timestamp.formats} (patterns separated by {@code |}),
	 * {@code zone}, {@code channel.default}, and value maps {@code channel.VALUE}, {@code priority.VALUE},
	 * {@code status.resolved} (values separated by {@code |}), {@code satisfaction.VALUE}, {@code empty}.
	 *
	 * @throws IllegalArgumentException naming every wrong or unknown entry
	 */
	public static ColumnMapping read(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return of(file.getFileName().toString(), properties);
	}

	static ColumnMapping of(String source, Properties properties) {
		List<String> problems = new ArrayList<>();
		Map<Column, String> columns = new EnumMap<>(Column.class);
		Map<String, ChannelKind> channels = new LinkedHashMap<>();
		Map<String, Priority> priorities = new LinkedHashMap<>();
		Map<String, Integer> satisfaction = new LinkedHashMap<>();
		Set<String> known = Set.of("name", "mode", "timestamp.formats", "zone", "channel.default", "status.resolved",
				"empty");
		for (String key : new TreeSet<>(properties.stringPropertyNames())) {
			String value = properties.getProperty(key).strip();
			try {
				if (key.startsWith("column.")) {
					columns.put(Column.valueOf(key.substring(7).toUpperCase(Locale.ROOT)), value);
				} else if (key.startsWith("channel.") && !key.equals("channel.default")) {
					channels.put(key.substring(8).toLowerCase(Locale.ROOT), ChannelKind.valueOf(value));
				} else if (key.startsWith("priority.")) {
					priorities.put(key.substring(9).toLowerCase(Locale.ROOT), Priority.valueOf(value));
				} else if (key.startsWith("satisfaction.")) {
					satisfaction.put(key.substring(13).toLowerCase(Locale.ROOT), Integer.parseInt(value));
				} else if (!known.contains(key)) {
					problems.add("unknown entry '" + key + "'");
				}
			} catch (IllegalArgumentException e) {
				problems.add("'" + key + " = " + value + "' is not valid");
			}
		}
		String modeText = properties.getProperty("mode", "tickets").strip();
		Mode mode = modeText.equals("event_log") ? Mode.EVENT_LOG : Mode.TICKETS;
		if (!modeText.equals("event_log") && !modeText.equals("tickets")) {
			problems.add("mode '" + modeText + "' is neither tickets nor event_log");
		}
		for (Column column : Column.values()) {
			if (column.required() && !columns.containsKey(column)) {
				problems.add("column." + column.key() + " is required");
			}
		}
		ZoneId zone = ZoneId.of("UTC");
		try {
			zone = ZoneId.of(properties.getProperty("zone", "UTC").strip());
		} catch (DateTimeException e) {
			problems.add("zone '" + properties.getProperty("zone") + "' is not a time zone");
		}
		ChannelKind defaultChannel = ChannelKind.EMAIL;
		try {
			defaultChannel = ChannelKind.valueOf(properties.getProperty("channel.default", "EMAIL").strip());
		} catch (IllegalArgumentException e) {
			problems.add("channel.default '" + properties.getProperty("channel.default") + "' is not one of "
					+ List.of(ChannelKind.values()));
		}
		Timestamps timestamps = null;
		try {
			timestamps = Timestamps.of(split(properties.getProperty("timestamp.formats", "iso")));
		} catch (IllegalArgumentException e) {
			problems.add(e.getMessage());
		}
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(source + ": " + String.join("; ", problems));
		}
		return new ColumnMapping(properties.getProperty("name", source), mode, columns, timestamps, zone, channels,
				defaultChannel, priorities, Set.copyOf(lower(split(properties.getProperty("status.resolved", "")))),
				satisfaction, Set.copyOf(lower(split(properties.getProperty("empty", "")))));
	}

	private static List<String> split(String values) {
		List<String> list = new ArrayList<>();
		for (String value : values.split("\\|")) {
			if (!value.isBlank()) {
				list.add(value.strip());
			}
		}
		return list;
	}

	private static List<String> lower(List<String> values) {
		return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
	}
}
