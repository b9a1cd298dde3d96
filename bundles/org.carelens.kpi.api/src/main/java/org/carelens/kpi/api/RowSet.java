package org.carelens.kpi.api;

/**
 * The conversations a query runs over, in rows numbered 0..size-1, read by range so that parts can be aggregated
 * apart (in parallel, or on other machines) and merged.
 */
public interface RowSet {

	int size();

	/** @return a cursor over rows {@code from} (inclusive) to {@code to} (exclusive) */
	FactCursor cursor(int from, int to);

	/** @return the dictionary id of {@code value} in {@code dimension}, or {@link FactRow#NO_ID} when no row has it */
	int idOf(Dimension dimension, String value);

	/** @return the dictionary id of an outcome such as {@code converted}, or {@link FactRow#NO_ID} */
	int outcomeId(String outcome);

	/** @return the value a dictionary id stands for; empty for {@link FactRow#NO_ID} */
	java.util.Optional<String> valueOf(Dimension dimension, int id);
}
