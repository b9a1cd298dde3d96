package org.carelens.internal.kpi.metrics.standard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.carelens.kpi.api.Aggregator;
import org.carelens.kpi.api.FactRow;
import org.carelens.kpi.api.MetricContext;
import org.carelens.kpi.api.MetricValue;

/**
 * CLV of the group's period from the orders and the retention rate; workspace-wide like retention.
 */
final class LifetimeValueAggregator implements Aggregator {

	private final MetricContext context;

	LifetimeValueAggregator(MetricContext context) {
		this.context = context;
	}

	@Override
	public void accumulate(FactRow row, int attribution) {
		// orders are workspace-wide; the rows only say that the group exists
	}

	@Override
	public void merge(Aggregator other) {
	}

	@Override
	public Optional<MetricValue> result() {
		if (!context.customers().knowsOrders()) {
			return Optional.empty();
		}
		long start = CustomerPeriods.start(context);
		long end = context.periodEnd().getEpochSecond();
		double[] sums = new double[4]; // orders, amount, margin amount, amount of orders with a margin
		CustomerSet buyers = new CustomerSet();
		context.customers().forEachOrder(start, end, (customer, at, amount, margin) -> {
			sums[0]++;
			sums[1] += amount;
			if (!Double.isNaN(margin)) {
				// an order's margin is its gross margin share (0.18 for 18%), as the demo data writes it
				sums[2] += amount * margin;
				sums[3] += amount;
			}
			buyers.add(customer);
		});
		double retention = CustomerPeriods.counts(context).retention();
		if (sums[0] == 0 || Double.isNaN(retention) || retention >= 1) {
			return Optional.empty();
		}
		double averageOrder = sums[1] / sums[0];
		double frequency = sums[0] / buyers.distinct();
		double lifespan = 1 / (1 - retention);
		double clv = averageOrder * frequency * lifespan;
		Map<String, Object> fields = new LinkedHashMap<>();
		if (sums[3] > 0) {
			double marginShare = sums[2] / sums[3];
			clv *= marginShare;
			fields.put("margin", marginShare);
		}
		fields.put("value", clv);
		fields.put("aov", averageOrder);
		fields.put("frequency", frequency);
		fields.put("lifespan_periods", lifespan);
		fields.put("retention", retention);
		fields.put("orders", (long) sums[0]);
		return Optional.of(new MetricValue(clv, fields));
	}
}
