package org.carelens.internal.kpi.metrics.standard;

import java.util.Optional;

import org.carelens.kpi.api.Aggregator;
import org.carelens.kpi.api.CustomerActivity;
import org.carelens.kpi.api.FactRow;
import org.carelens.kpi.api.MetricContext;
import org.carelens.kpi.api.MetricValue;

/**
 * Loyal customers among the customers of the group's conversations.
 */
final class LoyalAggregator implements Aggregator {

	private static final int QUARTERS = 4;

	private final MetricContext context;
	private final CustomerSet customers = new CustomerSet();

	LoyalAggregator(MetricContext context) {
		this.context = context;
	}

	@Override
	public void accumulate(FactRow row, int attribution) {
		customers.add(row.customer());
	}

	@Override
	public void merge(Aggregator other) {
		customers.addAll(((LoyalAggregator) other).customers);
	}

	@Override
	public Optional<MetricValue> result() {
		int months = (int) context.parameter("loyal.months", 12);
		int periods = (int) context.parameter("loyal.periods", 2);
		long end = context.periodEnd().getEpochSecond();
		long knownSince = CustomerPeriods.monthsBefore(context, end, months);
		long[] quarterStarts = new long[QUARTERS + 1];
		for (int q = 0; q <= QUARTERS; q++) {
			quarterStarts[q] = CustomerPeriods.monthsBefore(context, end, 3 * q);
		}
		CustomerActivity activity = context.customers();
		long[] loyal = new long[1];
		customers.forEach(customer -> {
			long first = activity.firstActivity(customer);
			if (first == FactRow.NONE || first > knownSince) {
				return;
			}
			int active = 0;
			for (int q = 0; q < QUARTERS; q++) {
				if (activity.activeBetween(customer, quarterStarts[q + 1], quarterStarts[q])) {
					active++;
				}
			}
			if (active >= periods) {
				loyal[0]++;
			}
		});
		return MetricValue.rate(loyal[0], customers.distinct());
	}
}
