package org.carelens.internal.kpi.metrics.standard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.carelens.kpi.api.Aggregator;
import org.carelens.kpi.api.FactRow;
import org.carelens.kpi.api.MetricContext;
import org.carelens.kpi.api.MetricValue;

/**
 * Retention of the group's period; workspace-wide, so the rows only say that the group exists.
 */
final class RetentionAggregator implements Aggregator {

	private final MetricContext context;

	RetentionAggregator(MetricContext context) {
		this.context = context;
	}

	@Override
	public void accumulate(FactRow row, int attribution) {
		// customers are counted across the workspace from the customer activity
	}

	@Override
	public void merge(Aggregator other) {
	}

	@Override
	public Optional<MetricValue> result() {
		CustomerPeriods.Counts counts = CustomerPeriods.counts(context);
		if (counts.atStart() == 0) {
			return Optional.empty();
		}
		double retention = counts.retention();
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("start", counts.atStart());
		fields.put("end", counts.atEnd());
		fields.put("new", counts.newInPeriod());
		fields.put("value", retention);
		return Optional.of(new MetricValue(retention, fields));
	}
}
