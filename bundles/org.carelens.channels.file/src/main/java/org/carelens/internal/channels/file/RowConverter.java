package org.carelens.internal.channels.file;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;


import org.carelens.core.api.Author;
import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Direction;
import org.carelens.core.api.Event;
import org.carelens.core.api.EventHeader;
import org.carelens.core.api.Priority;
import org.carelens.core.api.SurveyKind;

/**
 * Turns the rows of one CSV export into CareLens events, as its {@link ColumnMapping} says.
 * <p>
 * A ticket row gives {@code conversation.opened}, then when known {@code assigned}, the first agent reply
 * ({@code message}), {@code resolved} and a CSAT {@code survey.response}. A row of an event log gives
 * {@code conversation.opened} for the first row of a ticket, and for later rows what changed: {@code assigned} on a
 * new assignee, {@code resolved} on entering a resolved state, {@code reopened} on leaving it, {@code tagged} on a new
 * priority. Event ids are the instance id, the ticket number and the event's role (and the update key in an event
 * log), so that converting the same rows again gives the same ids. A ticket export is a snapshot: the ids of what
 * can change between two exports of the same ticket also hold the changed value (the assignee, the resolution time,
 * the rating), so that a later export adds the reassignment or the resolution instead of conflicting with the
 * earlier one. Not thread-safe: an event log keeps each ticket's last state.
 */
public final class RowConverter {

	private final ColumnMapping mapping;
	private final String instance;
	private final int width;
	private final Map<Column, Integer> index;
	private final Map<String, LogState> logStates = new HashMap<>();

	/** The state of a ticket in an event log after its last row. */
	private static final class LogState {
		String agent = "";
		boolean resolved;
		Optional<Priority> priority = Optional.empty();
	}

	private RowConverter(ColumnMapping mapping, String instance, int width, Map<Column, Integer> index) {
		this.mapping = mapping;
		this.instance = instance;
		this.width = width;
		this.index = index;
	}

	/**
	 * @param header       the export's header row
	 * @param allRequired  whether every mapped column must be in the header (a mapping written for this export), or
	 *                     only the {@link Column#required() required} ones (a preset, whose other columns are
	 *                     optional)
	 * @throws MissingColumnsException naming the columns the header lacks
	 */
	public static RowConverter bind(ColumnMapping mapping, String[] header, String instance, boolean allRequired)
			throws MissingColumnsException {
		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < header.length; i++) {
			positions.putIfAbsent(header[i].strip(), i);
		}
		Map<Column, Integer> index = new EnumMap<>(Column.class);
		List<String> missing = new ArrayList<>();
		mapping.columns().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
			Integer position = positions.get(entry.getValue());
			if (position != null) {
				index.put(entry.getKey(), position);
			} else if (allRequired || entry.getKey().required()
					|| (mapping.mode() == ColumnMapping.Mode.EVENT_LOG && entry.getKey() == Column.UPDATED_AT)) {
				missing.add(entry.getValue());
			}
		});
		if (!missing.isEmpty()) {
			throw new MissingColumnsException(mapping.name(), missing, List.of(header));
		}
		return new RowConverter(mapping, instance, header.length, index);
	}

	/** The header lacks columns the mapping needs. */
	public static final class MissingColumnsException extends Exception {
		private static final long serialVersionUID = 1L;
		private final List<String> missing;

		MissingColumnsException(String mapping, List<String> missing, List<String> header) {
			super("does not match " + mapping + ": missing " + (missing.size() == 1 ? "column " : "columns ")
					+ String.join(", ", missing.stream().map(c -> "'" + c + "'").toList()) + " (its columns: "
					+ String.join(", ", header.stream().map(c -> "'" + c.strip() + "'").toList()) + ")");
			this.missing = List.copyOf(missing);
		}

		public List<String> missing() {
			return missing;
		}
	}

	/** A row that cannot become events; the message names the column and the value at fault. */
	public static final class RowException extends Exception {
		private static final long serialVersionUID = 1L;

		RowException(String message) {
			super(message);
		}
	}

	/**
	 * @param row the row's fields
	 * @param out given the row's events, in time order, only once the whole row is known to be valid
	 */
	public void convert(String[] row, Consumer<Event> out) throws RowException {
		if (row.length != width) {
			throw new RowException("the row has " + row.length + (row.length == 1 ? " field" : " fields")
					+ ", the header " + width);
		}
		String number = required(row, Column.CONVERSATION);
		String conversation = instance + ":" + number;
		Instant opened = instant(row, Column.OPENED_AT).orElseThrow(() -> missing(Column.OPENED_AT));
		String customer = value(row, Column.CUSTOMER).orElse(number);
		List<Event> events = mapping.mode() == ColumnMapping.Mode.TICKETS
				? ticket(row, number, conversation, opened, customer)
				: update(row, number, conversation, opened, customer);
		events.forEach(out);
	}

	private List<Event> ticket(String[] row, String number, String conversation, Instant opened, String customer)
			throws RowException {
		List<Event> events = new ArrayList<>(5);
		String prefix = conversation + ":";
		Optional<String> agent = value(row, Column.AGENT);
		Optional<String> team = value(row, Column.TEAM);
		events.add(opened(header(prefix + "opened", opened, conversation), row, customer));
		if (agent.isPresent()) {
			Instant assigned = instant(row, Column.ASSIGNED_AT).orElse(opened);
			events.add(new Event.Assigned(withTeam(header(prefix + "assigned:" + agent.get(), assigned, conversation)
					.withAgent(agent.get()), team)));
		}
		Optional<Instant> reply = firstResponse(row, opened);
		if (reply.isPresent()) {
			EventHeader header = header(prefix + "reply", reply.get(), conversation);
			events.add(new Event.Message(agent.map(header::withAgent).orElse(header), Author.AGENT, true));
		}
		Optional<Instant> resolved = instant(row, Column.RESOLVED_AT);
		if (resolved.isEmpty()) {
			resolved = instant(row, Column.CLOSED_AT);
		}
		Optional<String> status = value(row, Column.STATUS).map(s -> s.toLowerCase(Locale.ROOT));
		boolean isResolved = status.map(mapping.resolved()::contains).orElse(resolved.isPresent());
		if (isResolved && resolved.isEmpty()) {
			throw new RowException("status '" + value(row, Column.STATUS).orElseThrow()
					+ "' is resolved, but it has no resolution time" + (mapping.column(Column.RESOLVED_AT).isPresent()
							? " in '" + mapping.column(Column.RESOLVED_AT).get() + "'" : ""));
		}
		if (isResolved) {
			check(resolved.get(), opened, Column.RESOLVED_AT);
			EventHeader header = header(prefix + "resolved:" + resolved.get().getEpochSecond(), resolved.get(),
					conversation);
			events.add(new Event.Resolved(agent.map(header::withAgent).orElse(header)));
		}
		Optional<String> rating = value(row, Column.SATISFACTION);
		if (rating.isPresent()) {
			Integer score = mapping.satisfaction().get(rating.get().toLowerCase(Locale.ROOT));
			if (score != null) {
				events.add(new Event.SurveyResponse(header(prefix + "csat:" + score, resolved.orElse(opened), conversation),
						"csat", SurveyKind.CSAT, score, Optional.empty()));
			}
		}
		return events;
	}

	private List<Event> update(String[] row, String number, String conversation, Instant opened, String customer)
			throws RowException {
		List<Event> events = new ArrayList<>(3);
		Instant updated = instant(row, Column.UPDATED_AT).orElseThrow(() -> missing(Column.UPDATED_AT));
		if (updated.isBefore(opened)) {
			// audit logs stamp updates and openings on different nodes, to the minute: an update stamped before the
			// opening happened at it, and no duration may come out negative
			updated = opened;
		}
		String key = conversation + ":" + value(row, Column.UPDATE_KEY).orElse(updated.toString()) + ":";
		Optional<String> agent = value(row, Column.AGENT);
		Optional<String> team = value(row, Column.TEAM);
		Optional<Priority> priority = priority(row);
		boolean resolved = value(row, Column.STATUS).map(s -> mapping.resolved().contains(s.toLowerCase(Locale.ROOT)))
				.orElse(false);
		LogState state = logStates.get(number);
		if (state == null) {
			state = new LogState();
			events.add(opened(header(conversation + ":opened", opened, conversation), row, customer));
			state.priority = priority;
		} else if (!priority.equals(state.priority) && priority.isPresent()) {
			events.add(new Event.Tagged(header(key + "tagged", updated, conversation), Optional.empty(),
					Optional.empty(), priority, Optional.empty()));
			state.priority = priority;
		}
		if (agent.isPresent() && !agent.get().equals(state.agent)) {
			events.add(new Event.Assigned(withTeam(header(key + "assigned", updated, conversation)
					.withAgent(agent.get()), team)));
			state.agent = agent.get();
		}
		if (resolved && !state.resolved) {
			EventHeader header = header(key + "resolved", updated, conversation);
			events.add(new Event.Resolved(agent.map(header::withAgent).orElse(header)));
		} else if (!resolved && state.resolved) {
			events.add(new Event.Reopened(header(key + "reopened", updated, conversation)));
		}
		state.resolved = resolved;
		logStates.put(number, state);
		return events;
	}

	private Event.ConversationOpened opened(EventHeader header, String[] row, String customer) {
		ChannelKind channel = value(row, Column.CHANNEL)
				.map(source -> mapping.channels().get(source.toLowerCase(Locale.ROOT)))
				.orElse(null);
		EventHeader complete = header.withCustomer(customer)
				.withChannel(channel == null ? mapping.defaultChannel() : channel).withChannelInstance(instance);
		if (mapping.mode() == ColumnMapping.Mode.EVENT_LOG) {
			// the first row of a ticket's log: its team then; a ticket export's team is today's, in assigned
			complete = withTeam(complete, value(row, Column.TEAM));
		}
		return new Event.ConversationOpened(complete, Direction.INBOUND, priority(row), Optional.empty(),
				value(row, Column.TOPIC), Optional.empty());
	}

	private static EventHeader withTeam(EventHeader header, Optional<String> team) {
		return team.map(header::withTeam).orElse(header);
	}

	private static EventHeader header(String id, Instant at, String conversation) {
		return EventHeader.of(id, at).withConversation(conversation);
	}

	private Optional<Priority> priority(String[] row) {
		return value(row, Column.PRIORITY).map(p -> mapping.priorities().get(p.toLowerCase(Locale.ROOT)));
	}

	private Optional<Instant> firstResponse(String[] row, Instant opened) throws RowException {
		Optional<Instant> at = instant(row, Column.FIRST_RESPONSE_AT);
		if (at.isPresent()) {
			check(at.get(), opened, Column.FIRST_RESPONSE_AT);
			return at;
		}
		Optional<String> minutes = value(row, Column.FIRST_RESPONSE_MINUTES);
		if (minutes.isPresent()) {
			return Optional.of(opened.plus(duration(minutes.get(), 60, Column.FIRST_RESPONSE_MINUTES)));
		}
		Optional<String> hours = value(row, Column.FIRST_RESPONSE_HOURS);
		if (hours.isPresent()) {
			return Optional.of(opened.plus(duration(hours.get(), 3600, Column.FIRST_RESPONSE_HOURS)));
		}
		return Optional.empty();
	}

	/** @param text a decimal number of units, or {@code h:mm[:ss]} */
	private Duration duration(String text, long unitSeconds, Column column) throws RowException {
		try {
			if (text.contains(":")) {
				String[] parts = text.split(":");
				long seconds = Long.parseLong(parts[0]) * 3600 + Long.parseLong(parts[1]) * 60
						+ (parts.length > 2 ? Long.parseLong(parts[2]) : 0);
				return Duration.ofSeconds(seconds);
			}
			BigDecimal seconds = new BigDecimal(text).multiply(BigDecimal.valueOf(unitSeconds));
			if (seconds.signum() < 0) {
				throw new NumberFormatException();
			}
			return Duration.ofSeconds(seconds.longValue());
		} catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
			throw new RowException("'" + mapping.column(column).orElseThrow() + "' is '" + text
					+ "', not a duration");
		}
	}

	private void check(Instant at, Instant opened, Column column) throws RowException {
		if (at.isBefore(opened)) {
			throw new RowException("'" + mapping.column(column).orElseThrow() + "' (" + at + ") is before '"
					+ mapping.column(Column.OPENED_AT).orElseThrow() + "' (" + opened + ")");
		}
	}

	private Optional<String> value(String[] row, Column column) {
		Integer position = index.get(column);
		if (position == null) {
			return Optional.empty();
		}
		String value = row[position].strip();
		if (value.isEmpty() || (!mapping.empty().isEmpty() && mapping.empty().contains(value.toLowerCase(Locale.ROOT)))) {
			return Optional.empty();
		}
		return Optional.of(value);
	}

	private String required(String[] row, Column column) throws RowException {
		return value(row, column).orElseThrow(() -> missing(column));
	}

	private RowException missing(Column column) {
		return new RowException("'" + mapping.column(column).orElseThrow() + "' is empty");
	}

	private Optional<Instant> instant(String[] row, Column column) throws RowException {
		Optional<String> text = value(row, column);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(mapping.timestamps().parse(text.get(), mapping.zone()));
		} catch (DateTimeParseException e) {
			throw new RowException("'" + mapping.column(column).orElseThrow() + "': " + e.getMessage());
		}
	}
}
