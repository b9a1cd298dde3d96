package org.carelens.internal.channels.voice;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carelens.core.api.Event;
import org.carelens.internal.channels.asterisk.QueueCalls;

/**
 * Maps the queue events of the Asterisk Manager Interface onto CareLens events through {@link QueueCalls}, the
 * mapping of the {@code queue_log} importer, so that a call has the same events and ids whichever way it came:
 * {@code QueueCallerJoin} opens the call and enters the queue, {@code AgentConnect} answers and assigns it,
 * {@code AgentComplete} gives its talk time and resolution, {@code QueueCallerAbandon} abandons it.
 * <p>
 * A caller who leaves the queue unanswered without hanging up (a timeout, an empty queue, a key: the log's
 * {@code EXITWITHTIMEOUT}, {@code EXITEMPTY}, {@code EXITWITHKEY}) has no AMI event of its own: Asterisk sends
 * {@code QueueCallerLeave} for answered calls too, just before their {@code AgentConnect}. Such a leave is held for
 * {@link #GRACE}; without an answer by then, it is an abandon at the time of the leave.
 * <p>
 * Each event's time is the packet's {@code Timestamp} (sent with {@code timestampevents = yes}), else its arrival.
 */
final class AmiEvents {

	/** A packet whose queue event lacks what the mapping needs, or carries a value that is not one. */
	static final class PacketException extends Exception {
		private static final long serialVersionUID = 1L;

		PacketException(String message) {
			super(message);
		}
	}

	/** How long an unanswered leave waits for its {@code AgentConnect}. */
	static final Duration GRACE = Duration.ofSeconds(5);

	/** Calls remembered as waiting at most: a call whose leave never comes (filtered out) is forgotten in time. */
	static final int MAX_WAITING = 100_000;

	private record Leave(String uniqueid, String queue, Instant at, Instant arrived) {
	}

	private final QueueCalls calls;
	private final Set<String> queues;
	/** Calls waiting in a queue, by uniqueid and queue, from their join until their answer, abandon or leave. */
	private final Set<String> waiting = Collections.newSetFromMap(new LinkedHashMap<>() {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
			return size() > MAX_WAITING;
		}
	});
	private final Map<String, Leave> leaves = new HashMap<>();

	/** @param queues the queues whose calls are taken; empty for all */
	AmiEvents(String instance, Set<String> queues) {
		this.calls = new QueueCalls(instance);
		this.queues = Set.copyOf(queues);
	}

	/**
	 * @param arrived when the packet arrived: its time when it carries no {@code Timestamp}
	 * @return the packet's events; empty for packets that are not queue events of a mapped queue
	 */
	List<Event> map(AmiPacket packet, Instant arrived) throws PacketException {
		if (packet.problem().isPresent()) {
			throw new PacketException(packet.problem().get());
		}
		String name = packet.event().orElse("");
		if (!List.of("QueueCallerJoin", "AgentConnect", "AgentComplete", "QueueCallerAbandon", "QueueCallerLeave")
				.contains(name)) {
			return List.of();
		}
		String queue = required(packet, name, "Queue");
		if (!queues.isEmpty() && !queues.contains(queue)) {
			return List.of();
		}
		String uniqueid = required(packet, name, "Uniqueid");
		Instant at = time(packet, name, arrived);
		String key = uniqueid + "|" + queue;
		return switch (name) {
		case "QueueCallerJoin" -> {
			waiting.add(key);
			yield calls.entered(uniqueid, queue, packet.get("CallerIDNum").filter(c -> !c.equals("<unknown>"))
					.orElse(""), at);
		}
		case "AgentConnect" -> {
			leaves.remove(key);
			waiting.remove(key);
			yield calls.answered(uniqueid, queue, required(packet, name, "MemberName"), at);
		}
		case "AgentComplete" -> {
			String reason = packet.get("Reason").orElse("");
			// a transfer's AMI event does not say where the call went: its TRANSFER comes from the queue_log
			yield reason.equalsIgnoreCase("transfer") ? List.of()
					: calls.completed(uniqueid, queue, required(packet, name, "MemberName"),
							Duration.ofSeconds(seconds(packet, name, "TalkTime")), at);
		}
		case "QueueCallerAbandon" -> {
			leaves.remove(key);
			waiting.remove(key);
			yield calls.abandoned(uniqueid, queue, at);
		}
		default -> { // QueueCallerLeave
			if (waiting.remove(key)) {
				leaves.put(key, new Leave(uniqueid, queue, at, arrived));
			}
			yield List.of();
		}
		};
	}

	/** @return the abandons of the leaves that no answer followed within {@link #GRACE} of {@code now} */
	List<Event> due(Instant now) {
		List<Event> events = new ArrayList<>();
		for (Iterator<Leave> it = leaves.values().iterator(); it.hasNext();) {
			Leave leave = it.next();
			if (!leave.arrived().plus(GRACE).isAfter(now)) {
				events.addAll(calls.abandoned(leave.uniqueid(), leave.queue(), leave.at()));
				it.remove();
			}
		}
		return events;
	}

	/** Forgets the calls in the queues: after a reconnect, their leaves may never come, or came in the gap. */
	void forgetCalls() {
		waiting.clear();
		leaves.clear();
	}

	private static String required(AmiPacket packet, String name, String key) throws PacketException {
		return packet.get(key).filter(v -> !v.isBlank()).orElseThrow(() -> new PacketException(name + " without "
				+ key));
	}

	private static long seconds(AmiPacket packet, String name, String key) throws PacketException {
		String text = required(packet, name, key);
		try {
			long seconds = Long.parseLong(text);
			if (seconds >= 0) {
				return seconds;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new PacketException(name + ": " + key + " '" + text + "' is not a number of seconds");
	}

	private static Instant time(AmiPacket packet, String name, Instant arrived) throws PacketException {
		if (packet.get("Timestamp").isEmpty()) {
			return arrived;
		}
		String text = packet.get("Timestamp").get();
		try {
			BigDecimal seconds = new BigDecimal(text);
			return Instant.ofEpochSecond(seconds.longValue(),
					seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue());
		} catch (NumberFormatException | ArithmeticException | java.time.DateTimeException e) {
			throw new PacketException(name + ": Timestamp '" + text + "' is not seconds since 1970");
		}
	}
}
