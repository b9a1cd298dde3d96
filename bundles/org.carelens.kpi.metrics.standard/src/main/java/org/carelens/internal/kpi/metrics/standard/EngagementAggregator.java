package org.carelens.internal.kpi.metrics.standard;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.Direction;
import org.carelens.kpi.api.Aggregator;
import org.carelens.kpi.api.FactRow;
import org.carelens.kpi.api.MetricContext;
import org.carelens.kpi.api.MetricValue;

/**
 * Contacts per active customer per month.
 */
final class EngagementAggregator implements Aggregator {

	private static final double SECONDS_PER_MONTH = 30.436875 * 86_400;

	private final MetricContext context;
	private final CustomerSet customers = new CustomerSet();
	private long contacts;
	private long firstOpened = Long.MAX_VALUE;

	EngagementAggregator(MetricContext context) {
		this.context = context;
	}

	@Override
	public void accumulate(FactRow row, int attribution) {
		customers.add(row.customer());
		if (contact(row)) {
			contacts++;
		}
		firstOpened = Math.min(firstOpened, row.opened());
	}

	/** @return whether the row is a contact: inbound, or outbound and answered */
	static boolean contact(FactRow row) {
		return row.direction() == Direction.INBOUND || row.firstResponseSeconds() != FactRow.NONE;
	}

	@Override
	public void merge(Aggregator other) {
		EngagementAggregator o = (EngagementAggregator) other;
		customers.addAll(o.customers);
		contacts += o.contacts;
		firstOpened = Math.min(firstOpened, o.firstOpened);
	}

	@Override
	public Optional<MetricValue> result() {
		int active = customers.distinct();
		long start = context.periodStart().map(Instant::getEpochSecond).orElse(firstOpened);
		double months = (context.periodEnd().getEpochSecond() - start) / SECONDS_PER_MONTH;
		if (active == 0 || months <= 0) {
			return Optional.empty();
		}
		double value = contacts / (double) active / months;
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("contacts", contacts);
		fields.put("customers", (long) active);
		fields.put("months", months);
		fields.put("value", value);
		return Optional.of(new MetricValue(value, fields));
	}
}
