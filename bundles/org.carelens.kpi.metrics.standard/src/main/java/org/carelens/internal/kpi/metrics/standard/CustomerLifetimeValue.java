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
 * Customer lifetime value: average order value x purchase frequency x expected lifespan x gross margin.
 */
@Component(service = Metric.class)
@MetricProperties(id = "customer_lifetime_value", labelKey = "metric.customer_lifetime_value", unit = MetricUnit.MONEY,
		direction = TargetDirection.HIGHER_IS_BETTER, kind = MetricKind.LOYALTY_VALUE)
public final class CustomerLifetimeValue extends StandardMetric {

	public CustomerLifetimeValue() {
		super("Average order value (amount / orders in the period) x purchase frequency (orders / customers who"
				+ " ordered in the period) x expected lifespan in periods (1 / (1 - CRR), with CRR the retention rate of"
				+ " the same period) x gross margin share (the margin shares of the orders that give one, 0.18 for 18%,"
				+ " averaged weighted by amount; left out when none does). Orders come from order events, in their own"
				+ " currency, workspace-wide. No value without orders, without a retention rate, or with a retention of"
				+ " 100% or more (an unbounded lifespan).");
	}

	@Override
	public Aggregator newAggregator(MetricContext context) {
		return new LifetimeValueAggregator(context);
	}

	@Override
	public Optional<Membership> membership(MetricContext context) {
		// the value comes from the workspace's orders; the list is the group's conversations
		return Optional.of(Members.group(row -> false));
	}
}
