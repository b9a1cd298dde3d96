package org.carelens.internal.channels.asterisk;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.carelens.core.api.Event;

/**
 * Maps Asterisk {@code queue_log} lines ({@code epoch|uniqueid|queue|agent|EVENT|data1|data2|...}) onto CareLens
 * events as METRICS.md "Call-center sources" says: {@code ENTERQUEUE} (data2 the caller id) opens the call and
 * enters the queue; {@code CONNECT} (data1 the hold time) is the answer; {@code COMPLETEAGENT}/{@code COMPLETECALLER}
 * (data2 the call time) give {@code handle} and {@code resolved}; {@code ABANDON}, {@code EXITWITHTIMEOUT},
 * {@code EXITEMPTY} and {@code EXITWITHKEY} are abandons; {@code TRANSFER} (data1 the extension) a transfer.
 * Agent presence lines ({@code AGENTLOGIN}, {@code PAUSE}, ...) and the queue's own lines ({@code QUEUESTART},
 * {@code RINGNOANSWER}, ...) are valid but have no CareLens event in version 1 of the format: they are skipped.
 * The events, their ids and conversations are those of {@link QueueCalls}, the same as the live voice connector's.
 */
public final class QueueLogParser {

	/** A line that is not a queue_log line. */
	public static final class LineException extends Exception {
		private static final long serialVersionUID = 1L;

		LineException(String message) {
			super(message);
		}
	}

	private final QueueCalls calls;
	private final Predicate<String> queues;

	public QueueLogParser(String instance) {
		this(instance, queue -> true);
	}

	/** @param queues the queues whose calls are read; the lines of others give no events */
	public QueueLogParser(String instance, Predicate<String> queues) {
		this.calls = new QueueCalls(instance);
		this.queues = queues;
	}

	/** @return the line's events; empty for lines without a CareLens event */
	public List<Event> parse(String line) throws LineException {
		String[] f = line.split("\\|", -1);
		if (f.length < 5) {
			throw new LineException("a queue_log line has at least 5 fields separated by '|' "
					+ "(epoch|uniqueid|queue|agent|event), this one " + f.length);
		}
		Instant at;
		try {
			at = Instant.ofEpochSecond(Long.parseLong(f[0].strip()));
		} catch (NumberFormatException e) {
			throw new LineException("the time '" + f[0] + "' is not seconds since 1970");
		}
		String uniqueid = f[1].strip();
		String queue = f[2].strip();
		String agent = f[3].strip();
		String event = f[4].strip();
		if (uniqueid.isEmpty() || uniqueid.equals("NONE") || !queues.test(queue)) {
			return List.of(); // queue-wide and agent lines carry no call
		}
		return switch (event) {
		case "ENTERQUEUE" -> calls.entered(uniqueid, queue, field(f, 6).orElse(""), at);
		case "CONNECT" -> calls.answered(uniqueid, queue, agent(agent), at);
		case "COMPLETEAGENT", "COMPLETECALLER" ->
			calls.completed(uniqueid, queue, agent(agent), Duration.ofSeconds(seconds(f, 6, "call time")), at);
		case "ABANDON", "EXITWITHTIMEOUT", "EXITEMPTY", "EXITWITHKEY" -> calls.abandoned(uniqueid, queue, at);
		case "TRANSFER" -> calls.transferred(uniqueid, queue, field(f, 5).filter(t -> !t.isEmpty())
				.orElseThrow(() -> new LineException("TRANSFER without the extension it went to (data1)")), at);
		// presence and queue lines: nothing in the event format for them yet
		default -> List.of();
		};
	}

	private static String agent(String agent) throws LineException {
		if (agent.isEmpty() || agent.equals("NONE")) {
			throw new LineException("no agent in the agent field");
		}
		return agent;
	}

	private static Optional<String> field(String[] f, int index) {
		return index < f.length ? Optional.of(f[index].strip()) : Optional.empty();
	}

	private static long seconds(String[] f, int index, String what) throws LineException {
		String text = field(f, index).orElseThrow(() -> new LineException("no " + what + " (data" + (index - 4)
				+ ")"));
		try {
			long seconds = Long.parseLong(text);
			if (seconds < 0) {
				throw new NumberFormatException();
			}
			return seconds;
		} catch (NumberFormatException e) {
			throw new LineException("the " + what + " '" + text + "' (data" + (index - 4)
					+ ") is not a number of seconds");
		}
	}
}
