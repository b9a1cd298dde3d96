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
		Loyalty loyalty = new Loyalty(context);
		long[] loyal = new long[1];
		customers.forEach(customer -> {
			if (loyalty.loyal(customer)) {
				loyal[0]++;
			}
		});
		return MetricValue.rate(loyal[0], customers.distinct());
	}

	/** Whether a customer is loyal as of the end of a group's period. */
	static final class Loyalty {

		private final CustomerActivity activity;
		private final int periods;
		private final long knownSince;
		private final long[] quarterStarts = new long[QUARTERS + 1];

		Loyalty(MetricContext context) {
			int months = (int) context.parameter("loyal.months", 12);
			this.periods = (int) context.parameter("loyal.periods", 2);
			long end = context.periodEnd().getEpochSecond();
			this.knownSince = CustomerPeriods.monthsBefore(context, end, months);
			for (int q = 0; q <= QUARTERS; q++) {
				quarterStarts[q] = CustomerPeriods.monthsBefore(context, end, 3 * q);
			}
			this.activity = context.customers();
		}

		/** @return whether the customer was first active long enough ago and in enough of the last quarters */
		boolean loyal(int customer) {
			long first = activity.firstActivity(customer);
			if (first == FactRow.NONE || first > knownSince) {
				return false;
			}
			int active = 0;
			for (int q = 0; q < QUARTERS; q++) {
				if (activity.activeBetween(customer, quarterStarts[q + 1], quarterStarts[q])) {
					active++;
				}
			}
			return active >= periods;
		}
	}
}
