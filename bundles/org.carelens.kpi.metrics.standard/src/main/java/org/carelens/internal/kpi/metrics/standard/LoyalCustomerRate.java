package org.carelens.internal.kpi.metrics.standard;

import java.util.Optional;

import org.carelens.core.api.targets.TargetDirection;
import org.carelens.kpi.api.Aggregator;
import org.carelens.kpi.api.Membership;
import org.carelens.kpi.api.Metric;
import org.carelens.kpi.api.MetricContext;
import org.carelens.kpi.api.MetricKind;
import org.carelens.kpi.api.MetricProperties;
import org.carelens.kpi.api.MetricUnit;
import org.osgi.service.component.annotations.Component;

/**
 * Loyal customer rate: active customers known for at least 12 months and active in at least 2 of the last 4 quarters.
 */
@Component(service = Metric.class)
@MetricProperties(id = "loyal_customer_rate", labelKey = "metric.loyal_customer_rate", unit = MetricUnit.RATIO,
		direction = TargetDirection.HIGHER_IS_BETTER, kind = MetricKind.LOYALTY_VALUE)
public final class LoyalCustomerRate extends StandardMetric {

	public LoyalCustomerRate() {
		super("Of the customers with a conversation in the group (active customers), those whose first activity"
				+ " (conversation or order) is at least L months before the period end (loyal.months, default 12) and"
				+ " who were active in at least K of the 4 quarters before the period end (loyal.periods, default 2) /"
				+ " active customers. No value without active customers.");
	}

	@Override
	public Aggregator newAggregator(MetricContext context) {
		return new LoyalAggregator(context);
	}

	@Override
	public Optional<Membership> membership(MetricContext context) {
		LoyalAggregator.Loyalty loyalty = new LoyalAggregator.Loyalty(context);
		return Optional.of(Members.group(row -> loyalty.loyal(row.customer())));
	}
}
