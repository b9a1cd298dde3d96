package org.carelens.kpi.api;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.util.Collection;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

import org.carelens.core.api.Event;
import org.carelens.facts.ConversationFact;

/**
 * The conversation facts of a scope, held by a {@link KpiEngine} in its compact in-memory form and kept up to date
 * incrementally: a changed conversation replaces its row, a new one is appended, nothing is rebuilt. Not
 * thread-safe for writers; a computation sees the rows as they were when it started.
 */
public interface FactTable {

	/** Adds the facts of new conversations and replaces those of known ones (by conversation id). */
	void upsert(Collection<ConversationFact> facts);

	/**
	 * Takes in orders (for CLV, retention and customer activity); other events are ignored.
	 *
	 * @param customerKey the customer an order's customer id belongs to, as {@code FactBook.keyOf} says
	 */
	void addOrders(Collection<? extends Event> events, UnaryOperator<String> customerKey);

	/** @return the number of conversations held */
	int size();

	/** @return the bytes the rows take in memory (arrays, dictionaries excluded), for capacity planning */
	long residentBytes();

	/**
	 * Writes the table in its engine's own form, for {@link KpiEngine#readTable}: a cache that spares folding the
	 * facts again, not an exchange format (another engine version may refuse it).
	 *
	 * @throws IllegalStateException when the table was made with a business-hours override
	 */
	void writeTo(WritableByteChannel channel) throws IOException;

	/**
	 * @return the row of a conversation, as {@link Member#row()} names it; empty when the table does not hold it.
	 *         A table that keeps no ids may find rows by a hash of the id; its answer is then as exact as the hash.
	 */
	OptionalInt rowOf(String conversation);
}
