package org.carelens.store.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carelens.core.api.Event;

/**
 * The events one writer appended to a store since a position, kept in memory by conversation, so that
 * {@link FactRefresh} folds their conversations without reading them back. Bounded: past its budget it lets them go
 * and the refresh reads the store as usual.
 * <p>
 * Every batch handed to {@link EventStore#append} after {@link #since()} must be {@link #add added} once the append
 * returns, duplicates and conflicts included (the refresh keeps the first event of an id, as the store does). Not
 * thread-safe: add from one thread, and read after the appends are done.
 */
public final class RecentEvents {

	/** A budget that suits the heap: about a kilobyte per event, in half of the memory the JVM may use. */
	public static long defaultBudget() {
		return Runtime.getRuntime().maxMemory() / 2 / 1024;
	}

	private final long since;
	private final long budget;
	private Map<String, List<Event>> byConversation;
	private long size;

	/** @return a holder of nothing, for a refresh that reads every event from the store */
	public static RecentEvents none() {
		return new RecentEvents(0, -1);
	}

	/**
	 * @param since  the position of the store's newest event before the first append ({@link EventStore#lastPosition()})
	 * @param budget the most events to keep; negative to keep none
	 */
	public RecentEvents(long since, long budget) {
		this.since = since;
		this.budget = budget;
		this.byConversation = budget >= 0 ? new HashMap<>() : null;
	}

	/** Takes in a batch the store has appended. */
	public void add(List<? extends Event> appended) {
		if (byConversation == null) {
			return;
		}
		if (size + appended.size() > budget) {
			byConversation = null; // over budget: the refresh reads the store instead
			return;
		}
		for (Event event : appended) {
			if (event.conversation().isPresent()) {
				byConversation.computeIfAbsent(event.conversation().get(), c -> new ArrayList<>(8)).add(event);
				size++;
			}
		}
	}

	/** @return the position after which every appended event is held here */
	public long since() {
		return since;
	}

	/** @return whether every appended event since {@link #since()} is still held */
	public boolean complete() {
		return byConversation != null;
	}

	/** @return whether events of the conversation were appended since {@link #since()} */
	boolean has(String conversation) {
		return byConversation != null && byConversation.containsKey(conversation);
	}

	/** Lets the events of conversations go once their facts are folded. */
	void forget(java.util.Collection<String> conversations) {
		if (byConversation != null) {
			conversations.forEach(byConversation::remove);
		}
	}

	/** @return the conversation's events appended since {@link #since()}, in append order */
	List<Event> of(String conversation) {
		return byConversation == null ? List.of() : byConversation.getOrDefault(conversation, List.of());
	}
}
