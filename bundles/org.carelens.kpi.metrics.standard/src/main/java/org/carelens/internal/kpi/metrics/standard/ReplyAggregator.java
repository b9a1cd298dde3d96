package org.carelens.internal.kpi.metrics.standard;

import java.util.Optional;

import org.carelens.kpi.api.Aggregator;
import org.carelens.kpi.api.FactRow;
import org.carelens.kpi.api.IntSamples;
import org.carelens.kpi.api.MetricValue;

/**
 * Every reply run of every conversation of a group.
 */
final class ReplyAggregator implements Aggregator {

	private final IntSamples samples = new IntSamples();

	@Override
	public void accumulate(FactRow row, int attribution) {
		for (int i = 0, n = row.replyCount(); i < n; i++) {
			samples.add(row.replySeconds(i));
		}
	}

	@Override
	public void merge(Aggregator other) {
		samples.addAll(((ReplyAggregator) other).samples);
	}

	@Override
	public Optional<MetricValue> result() {
		return MetricValue.durations(samples);
	}
}
