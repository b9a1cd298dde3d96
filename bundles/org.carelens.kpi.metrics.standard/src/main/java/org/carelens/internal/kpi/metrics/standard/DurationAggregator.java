package org.carelens.internal.kpi.metrics.standard;

import java.util.Optional;

import org.carelens.kpi.api.Aggregator;
import org.carelens.kpi.api.FactRow;
import org.carelens.kpi.api.IntSamples;
import org.carelens.kpi.api.MetricValue;

/**
 * n, mean, exact median and p90 of a duration; rows without the duration are left out and, when a name for them
 * is given (unanswered), counted.
 */
final class DurationAggregator implements Aggregator {

	private final RowValue value;
	private final Optional<String> missingName;
	private final IntSamples samples = new IntSamples();
	private long missing;

	DurationAggregator(RowValue value, Optional<String> missingName) {
		this.value = value;
		this.missingName = missingName;
	}

	@Override
	public void accumulate(FactRow row, int attribution) {
		long seconds = value.of(row);
		if (seconds == FactRow.NONE) {
			missing++;
		} else {
			samples.add(seconds);
		}
	}

	@Override
	public void merge(Aggregator other) {
		DurationAggregator o = (DurationAggregator) other;
		samples.addAll(o.samples);
		missing += o.missing;
	}

	@Override
	public Optional<MetricValue> result() {
		Optional<MetricValue> result = MetricValue.durations(samples);
		return missingName.isPresent() ? result.map(v -> v.with(missingName.get(), missing)) : result;
	}
}
