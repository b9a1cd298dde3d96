package org.carelens.internal.channels.file;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Direction;
import org.carelens.core.api.Event;
import org.carelens.core.api.EventHeader;

/**
 * Maps Asterisk {@code queue_log} lines ({@code epoch|uniqueid|queue|agent|EVENT|data1|data2|...}) onto CareLens
 * events as METRICS.md "Call-center sources" says: {@code ENTERQUEUE} (data2 the caller id) opens the call and
 * enters the queue; {@code CONNECT} (data1 the hold time) is the answer; {@code COMPLETEAGENT}/{@code COMPLETECALLER}
 * (data2 the call time) give {@code handle} and {@code resolved}; {@code ABANDON}, {@code EXITWITHTIMEOUT},
 * {@code EXITEMPTY} and {@code EXITWITHKEY} are abandons; {@code TRANSFER} (data1 the extension) a transfer.
 * Agent presence lines ({@code AGENTLOGIN}, {@code PAUSE}, ...) and the queue's own lines ({@code QUEUESTART},
 * {@code RINGNOANSWER}, ...) are valid but have no CareLens event in version 1 of the format: they are skipped.
 * The call's conversation is the instance id and the uniqueid; each event's id adds the queue, the event and its
 * time, so that a line read again gives the same ids.
 */
final class QueueLogParser {

	/** A line that is not a queue_log line. */
	static final class LineException extends Exception {
		private static final long serialVersionUID = 1L;

		LineException(String message) {
			super(message);
		}
	}

	private final String instance;

	QueueLogParser(String instance) {
		this.instance = instance;
	}

	/** @return the line's events; empty for lines without a CareLens event */
	List<Event> parse(String line) throws LineException {
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
		if (uniqueid.isEmpty() || uniqueid.equals("NONE")) {
			return List.of(); // queue-wide and agent lines carry no call
		}
		String conversation = instance + ":" + uniqueid;
		String id = conversation + ":" + queue + ":" + event + ":" + f[0].strip();
		List<Event> events = new ArrayList<>(2);
		switch (event) {
		case "ENTERQUEUE" -> {
			String caller = field(f, 6).filter(c -> !c.isEmpty()).orElse("unknown-caller");
			events.add(new Event.ConversationOpened(header(id + ":opened", at, conversation).withCustomer(caller)
					.withChannel(ChannelKind.VOICE).withChannelInstance(instance), Direction.INBOUND,
					Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
			events.add(new Event.QueueEntered(header(id, at, conversation), Optional.of(queue)));
		}
		case "CONNECT" -> events.add(new Event.QueueAnswered(header(id, at, conversation).withAgent(agent(agent))));
		case "COMPLETEAGENT", "COMPLETECALLER" -> {
			long talk = seconds(f, 6, "call time");
			events.add(new Event.Handle(header(id + ":handle", at, conversation).withAgent(agent(agent)),
					Duration.ofSeconds(talk), Duration.ZERO, Duration.ZERO));
			events.add(new Event.Resolved(header(id + ":resolved", at, conversation).withAgent(agent(agent))));
		}
		case "ABANDON", "EXITWITHTIMEOUT", "EXITEMPTY", "EXITWITHKEY" ->
			events.add(new Event.QueueAbandoned(header(id, at, conversation)));
		case "TRANSFER" -> {
			String target = field(f, 5).filter(t -> !t.isEmpty())
					.orElseThrow(() -> new LineException("TRANSFER without the extension it went to (data1)"));
			events.add(new Event.Transferred(header(id, at, conversation).withAgent(target)));
		}
		default -> {
			// presence and queue lines: nothing in the event format for them yet
		}
		}
		return events;
	}

	private static String agent(String agent) throws LineException {
		if (agent.isEmpty() || agent.equals("NONE")) {
			throw new LineException("no agent in the agent field");
		}
		return agent;
	}

	private static EventHeader header(String id, Instant at, String conversation) {
		return EventHeader.of(id, at).withConversation(conversation);
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
