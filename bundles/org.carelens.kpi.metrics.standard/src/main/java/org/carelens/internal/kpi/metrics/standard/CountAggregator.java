package org.carelens.internal.kpi.metrics.standard;

import java.util.Optional;

import org.carelens.kpi.api.Aggregator;
import org.carelens.kpi.api.FactRow;
import org.carelens.kpi.api.MetricValue;

/**
 * How many rows pass a test; 0 is a value (nothing overdue), not a missing one.
 */
final class CountAggregator implements Aggregator {

	private final RowTest test;
	private long count;

	CountAggregator(RowTest test) {
		this.test = test;
	}

	@Override
	public void accumulate(FactRow row, int attribution) {
		if (test.test(row)) {
			count++;
		}
	}

	@Override
	public void merge(Aggregator other) {
		count += ((CountAggregator) other).count;
	}

	@Override
	public Optional<MetricValue> result() {
		return Optional.of(MetricValue.count(count));
	}
}
