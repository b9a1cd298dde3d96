package org.carelens.internal.kpi.metrics.standard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.carelens.kpi.api.Aggregator;
import org.carelens.kpi.api.FactRow;
import org.carelens.kpi.api.MetricValue;

/**
 * Counts created conversations (attribution 0, creation) and resolved ones (attribution 1, latest resolution)
 * separately, each in its own period.
 */
final class CreatedResolvedAggregator implements Aggregator {

	private long created;
	private long resolved;
	private long open;

	@Override
	public void accumulate(FactRow row, int attribution) {
		if (attribution == 0) {
			created++;
			open += row.resolved() ? 0 : 1;
		} else {
			resolved++;
		}
	}

	@Override
	public void merge(Aggregator other) {
		CreatedResolvedAggregator o = (CreatedResolvedAggregator) other;
		created += o.created;
		resolved += o.resolved;
		open += o.open;
	}

	@Override
	public Optional<MetricValue> result() {
		if (created == 0) {
			return Optional.empty();
		}
		double ratio = (double) resolved / created;
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("created", created);
		fields.put("resolved", resolved);
		fields.put("value", ratio);
		fields.put("open", open);
		return Optional.of(new MetricValue(ratio, fields));
	}
}
