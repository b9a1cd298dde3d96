package org.carelens.store.api;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.carelens.core.api.Event;
import org.carelens.core.api.EventType;

/**
 * The durable, append-only event log of one CareLens workspace or server, with its quarantine.
 * <p>
 * Events are identified by {@link Event#id()}: appending an event whose id is already stored with the same content
 * (compared through {@link org.carelens.core.api.io.EventCodec#encode(Event) its canonical encoding}) is a duplicate
 * and changes nothing; appending one with different content is a conflict, which is quarantined and never replaces
 * the stored event. Every method throws {@link StoreException} when the underlying storage fails; a store is used by
 * one thread at a time unless an implementation says otherwise.
 */
public interface EventStore extends AutoCloseable {

	/**
	 * The batch size bulk writers (imports, file channels, fact refreshes) should aim for: two of DuckDB's row
	 * groups (122,880 rows), so that the embedded store writes a batch to its database file directly, compressed
	 * once, instead of through its write-ahead log and a checkpoint that writes it again (about twice the cost);
	 * small enough to lose little work to a crash.
	 */
	int BULK_BATCH = 2 * 122_880;

	/**
	 * Appends a batch in one transaction: either all of its outcome (new events and quarantined conflicts) is
	 * durable when this returns, or none of it is.
	 *
	 * @param events the batch, in ingestion order; an id may repeat within it
	 * @param source where the batch came from (a file name, a connector id), kept with its quarantined conflicts
	 * @return how many events were new, duplicates and conflicts
	 */
	AppendResult append(List<? extends Event> events, String source);

	/**
	 * Puts entries into the quarantine durably in one transaction; an entry equal to one already quarantined is not
	 * added again, so that importing the same file twice quarantines its bad lines once.
	 */
	void quarantine(List<QuarantineEntry> entries);

	/** @return at most {@code limit} quarantined entries from position {@code offset}, in the order they came */
	List<QuarantineEntry> quarantined(long offset, int limit);

	long quarantineCount();

	/** @return the events of a conversation sorted by {@code at}, ties in ingestion order; empty if it is unknown */
	List<Event> eventsOfConversation(String conversationId);

	/**
	 * Hands every event with {@code fromInclusive <= at < toExclusive} to {@code sink}, sorted by {@code at}, ties in
	 * ingestion order, without holding them all in memory.
	 */
	void eventsBetween(Instant fromInclusive, Instant toExclusive, Consumer<? super Event> sink);

	long eventCount();

	/**
	 * @return the position of the newest stored event in the log: positions grow with every appended event (gaps
	 *         allowed, never reused); 0 when the store holds none
	 */
	long lastPosition();

	/** @return the conversations that have an event stored after position {@code after} */
	Set<String> conversationsAfter(long after);

	/** Hands every event of {@code type} stored after position {@code after} to {@code sink}, in log order. */
	void eventsOfTypeAfter(EventType type, long after, Consumer<? super Event> sink);

	/**
	 * Hands the events of each of {@code conversations} to {@code sink}, one list per conversation that has any,
	 * sorted by {@code at}, ties in ingestion order, without holding more than one conversation's events at a time.
	 */
	default void eventsOfConversations(Collection<String> conversations, Consumer<List<Event>> sink) {
		eventsOfConversations(conversations, Long.MAX_VALUE, sink);
	}

	/**
	 * As {@link #eventsOfConversations(Collection, Consumer)}, with only the events stored at or before position
	 * {@code upTo}.
	 */
	void eventsOfConversations(Collection<String> conversations, long upTo, Consumer<List<Event>> sink);

	/** @return the conversation facts kept with these events */
	FactStore facts();

	/** @return the earliest {@code at} of a stored event; empty when the store holds none */
	Optional<Instant> firstEventAt();

	/** @return the latest {@code at} of a stored event; empty when the store holds none */
	Optional<Instant> lastEventAt();

	/** @return the version of the storage schema this store is at (1 for the first) */
	int schemaVersion();

	/** Releases the storage; the store must not be used afterwards. */
	@Override
	void close();
}
