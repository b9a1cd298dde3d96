package org.carelens.store.api;

import java.util.Collection;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

import org.carelens.facts.ConversationFact;

/**
 * The conversation facts of an event store, one per conversation, kept in step with its events by
 * {@link FactRefresh}.
 * <p>
 * Facts are derived data: they can always be computed again from the events. Their instants and durations are kept
 * to the microsecond (sub-microsecond parts are dropped; the events keep them). Every method throws
 * {@link StoreException} when the underlying storage fails.
 */
public interface FactStore {

	/**
	 * @return the position in the event log (see {@link EventStore#lastPosition()}) up to which the stored facts
	 *         take every event into account; 0 before any
	 */
	long factsThrough();

	/**
	 * Stores facts in one transaction, replacing the stored fact of each conversation, and when {@code through} is
	 * present records that the facts now take every event up to that position into account.
	 */
	void putFacts(Collection<ConversationFact> facts, OptionalLong through);

	/** @return the stored fact of a conversation; empty if it has none */
	Optional<ConversationFact> fact(String conversation);

	/** Hands the stored facts of {@code conversations} that have one to {@code sink}, in no particular order. */
	void factsOf(Collection<String> conversations, Consumer<? super ConversationFact> sink);

	/** @return the customer keys of the stored facts of {@code conversations} (those that have one) */
	Set<String> customerKeysOf(Collection<String> conversations);

	/** Hands every stored fact to {@code sink}, ordered by conversation id, without holding them all in memory. */
	void facts(Consumer<? super ConversationFact> sink);

	/**
	 * Hands the facts of the conversations whose customer id or customer key is one of {@code customers} to
	 * {@code sink}, ordered by customer key, then opening, then conversation id.
	 */
	void factsOfCustomers(Collection<String> customers, Consumer<? super ConversationFact> sink);

	long factCount();
}
