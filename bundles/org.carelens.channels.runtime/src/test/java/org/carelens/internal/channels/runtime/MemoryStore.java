package org.carelens.internal.channels.runtime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.carelens.core.api.Event;
import org.carelens.core.api.EventType;
import org.carelens.store.api.AppendResult;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.FactStore;
import org.carelens.store.api.QuarantineEntry;
import org.carelens.store.api.StoreException;

/** An event store in memory with the store's id rules, that can be told to fail its next appends. */
final class MemoryStore implements EventStore {

	final Map<String, Event> events = new LinkedHashMap<>();
	/** Appends that stored something: one per transaction. */
	int appends;
	final List<QuarantineEntry> quarantine = new ArrayList<>();
	int failures;

	@Override
	public synchronized AppendResult append(List<? extends Event> batch, String source) {
		appends++;
		if (failures > 0) {
			failures--;
			throw new StoreException("disk full");
		}
		int ingested = 0;
		int duplicates = 0;
		int conflicts = 0;
		for (Event event : batch) {
			Event stored = events.putIfAbsent(event.id(), event);
			if (stored == null) {
				ingested++;
			} else if (stored.equals(event)) {
				duplicates++;
			} else {
				conflicts++;
				quarantine.add(QuarantineEntry.conflict(source, event.id(),
						"event " + event.id() + " conflicts with the stored event of the same id", event.toString()));
			}
		}
		return new AppendResult(ingested, duplicates, conflicts);
	}

	@Override
	public synchronized void quarantine(List<QuarantineEntry> entries) {
		entries.stream().filter(e -> !quarantine.contains(e)).forEach(quarantine::add);
	}

	@Override
	public List<QuarantineEntry> quarantined(long offset, int limit) {
		return List.copyOf(quarantine);
	}

	@Override
	public long quarantineCount() {
		return quarantine.size();
	}

	@Override
	public List<Event> eventsOfConversation(String conversationId) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void eventsBetween(Instant fromInclusive, Instant toExclusive, Consumer<? super Event> sink) {
		throw new UnsupportedOperationException();
	}

	@Override
	public long eventCount() {
		return events.size();
	}

	@Override
	public Optional<Instant> firstEventAt() {
		return Optional.empty();
	}

	@Override
	public Optional<Instant> lastEventAt() {
		return Optional.empty();
	}

	@Override
	public synchronized long lastPosition() {
		return events.size();
	}

	@Override
	public Set<String> conversationsAfter(long after) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void eventsOfTypeAfter(EventType type, long after, Consumer<? super Event> sink) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void eventsOfConversations(Collection<String> conversations, long upTo, Consumer<List<Event>> sink) {
		throw new UnsupportedOperationException();
	}

	@Override
	public FactStore facts() {
		throw new UnsupportedOperationException();
	}

	@Override
	public int schemaVersion() {
		return 1;
	}

	@Override
	public void close() {
	}
}
