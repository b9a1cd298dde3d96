package org.carelens.core.api;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The types of CareLens event, version 1 of the event format.
 */
public enum EventType implements WireValue {
	CONVERSATION_OPENED("conversation.opened", true),
	MESSAGE("message", true),
	ASSIGNED("assigned", true),
	TRANSFERRED("transferred", true),
	ESCALATED("escalated", true),
	BOT_HANDOFF("bot.handoff", true),
	RESOLVED("resolved", true),
	REOPENED("reopened", true),
	TAGGED("tagged", true),
	QUEUE_ENTERED("queue.entered", true),
	QUEUE_ANSWERED("queue.answered", true),
	QUEUE_ABANDONED("queue.abandoned", true),
	HANDLE("handle", true),
	SURVEY_SENT("survey.sent", true),
	SURVEY_RESPONSE("survey.response", true),
	QA_REVIEW("qa.review", true),
	ORDER("order", false),
	CUSTOMER_IDENTITY("customer.identity", false);

	private static final Map<String, EventType> BY_WIRE = new HashMap<>();
	static {
		for (EventType type : values()) {
			BY_WIRE.put(type.wire, type);
		}
	}

	private final String wire;
	private final boolean conversationScoped;

	EventType(String wire, boolean conversationScoped) {
		this.wire = wire;
		this.conversationScoped = conversationScoped;
	}

	@Override
	public String wire() {
		return wire;
	}

	/** @return whether events of this type belong to a conversation and must name it */
	public boolean conversationScoped() {
		return conversationScoped;
	}

	/** @return the type spelled {@code wire} in an event file, if there is one */
	public static Optional<EventType> fromWire(String wire) {
		return Optional.ofNullable(BY_WIRE.get(wire));
	}
}
