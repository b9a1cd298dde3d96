package org.carelens.internal.channels.asterisk;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Direction;
import org.carelens.core.api.Event;
import org.carelens.core.api.EventHeader;

/**
 * The CareLens events of an Asterisk queue call, as METRICS.md "Call-center sources" maps them, whichever way the
 * call is seen: a {@code queue_log} line or a live Manager Interface event. Both read the same call to the same
 * events, so that a call seen both ways (a gap filled from the log after a dropped AMI connection) is stored once:
 * <ul>
 * <li>the conversation is {@code INSTANCE:UNIQUEID} (the caller's channel, which both name);</li>
 * <li>an event's id is the conversation, the queue and the step ({@code ENTERQUEUE}, {@code CONNECT},
 * {@code COMPLETE}, {@code ABANDON}, {@code TRANSFER}), without the time, which the log and the AMI may write a
 * second apart;</li>
 * <li>the time is kept to the whole second, as the log writes it.</li>
 * </ul>
 */
public final class QueueCalls {

	/** The customer of a call whose caller id is withheld. */
	public static final String UNKNOWN_CALLER = "unknown-caller";

	private final String instance;

	/** @param instance the channel instance: the first part of every conversation and event id */
	public QueueCalls(String instance) {
		this.instance = instance;
	}

	public String conversation(String uniqueid) {
		return instance + ":" + uniqueid;
	}

	/** The caller joined {@code queue}: a new conversation, waiting in the queue. */
	public List<Event> entered(String uniqueid, String queue, String caller, Instant at) {
		String id = id(uniqueid, queue, "ENTERQUEUE");
		return List.of(
				new Event.ConversationOpened(header(id + ":opened", at, uniqueid)
						.withCustomer(caller.isBlank() ? UNKNOWN_CALLER : caller).withChannel(ChannelKind.VOICE)
						.withChannelInstance(instance), Direction.INBOUND, Optional.empty(), Optional.empty(),
						Optional.empty(), Optional.empty()),
				new Event.QueueEntered(header(id, at, uniqueid), Optional.of(queue)));
	}

	/** {@code agent} answered: the first response of a call, and its owner from now on. */
	public List<Event> answered(String uniqueid, String queue, String agent, Instant at) {
		String id = id(uniqueid, queue, "CONNECT");
		return List.of(new Event.QueueAnswered(header(id, at, uniqueid).withAgent(agent)),
				new Event.Assigned(header(id + ":assigned", at, uniqueid).withAgent(agent)));
	}

	/** The answered call ended after {@code talk}: its handling time, and its resolution. */
	public List<Event> completed(String uniqueid, String queue, String agent, Duration talk, Instant at) {
		String id = id(uniqueid, queue, "COMPLETE");
		return List.of(
				new Event.Handle(header(id + ":handle", at, uniqueid).withAgent(agent), talk, Duration.ZERO,
						Duration.ZERO),
				new Event.Resolved(header(id + ":resolved", at, uniqueid).withAgent(agent)));
	}

	/** The caller left the queue unanswered: hung up, timed out, or left through a key or an empty queue. */
	public List<Event> abandoned(String uniqueid, String queue, Instant at) {
		return List.of(new Event.QueueAbandoned(header(id(uniqueid, queue, "ABANDON"), at, uniqueid)));
	}

	/** The call went on to {@code target} (an extension or an agent). */
	public List<Event> transferred(String uniqueid, String queue, String target, Instant at) {
		return List.of(new Event.Transferred(header(id(uniqueid, queue, "TRANSFER") + ":" + target, at, uniqueid)
				.withAgent(target)));
	}

	private String id(String uniqueid, String queue, String step) {
		return conversation(uniqueid) + ":" + queue + ":" + step;
	}

	private EventHeader header(String id, Instant at, String uniqueid) {
		return EventHeader.of(id, at.truncatedTo(ChronoUnit.SECONDS)).withConversation(conversation(uniqueid));
	}
}
