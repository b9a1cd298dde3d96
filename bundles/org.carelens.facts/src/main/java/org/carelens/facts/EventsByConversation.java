package org.carelens.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carelens.core.api.Event;

/**
 * Events held in memory by conversation, in arrival order: the {@code eventsOf} of a {@link FactBook} when
 * events come from files rather than a store.
 */
public final class EventsByConversation {

	private final Map<String, List<Event>> byConversation = new HashMap<>();

	/** Adds events; those that belong to no conversation are not kept. */
	public void addAll(Collection<Event> events) {
		for (Event event : events) {
			event.conversation()
					.ifPresent(c -> byConversation.computeIfAbsent(c, k -> new ArrayList<>(8)).add(event));
		}
	}

	/** @return the conversation's events in arrival order; empty for a conversation never seen */
	public List<Event> eventsOf(String conversation) {
		return byConversation.getOrDefault(conversation, List.of());
	}
}
