package org.carelens.kpi.api;

import java.util.Optional;

/**
 * The running state of one metric over one group of conversations.
 * <p>
 * Mergeable: aggregating rows in parts and merging the parts gives the result of one pass over all rows, in any
 * order of merging. This is what lets the engine use every core, refresh incrementally, and one day push the
 * aggregation down to a distributed engine. An aggregator is used by one thread at a time.
 */
public interface Aggregator {

	/**
	 * Takes in the current row.
	 *
	 * @param row         the row; valid only during the call
	 * @param attribution the index, in {@link Metric#attributions()}, of the attribution that put the row into this
	 *                    group: a metric with several (created and resolved in period) counts each separately
	 */
	void accumulate(FactRow row, int attribution);

	/**
	 * Adds the state of {@code other}, an aggregator of the same metric and group made by the same
	 * {@link Metric#newAggregator(MetricContext)}; {@code other} is not used afterwards.
	 */
	void merge(Aggregator other);

	/** @return the value, or empty when there is none (an empty denominator is no value, never 0) */
	Optional<MetricValue> result();
}
