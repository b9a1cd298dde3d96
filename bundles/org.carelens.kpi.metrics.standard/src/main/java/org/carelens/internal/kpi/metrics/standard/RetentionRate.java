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
 * Customer retention rate (CRR): (customers at period end - new customers in period) / customers at period start.
 */
@Component(service = Metric.class)
@MetricProperties(id = "retention_rate", labelKey = "metric.retention_rate", unit = MetricUnit.RATIO,
		direction = TargetDirection.HIGHER_IS_BETTER, kind = MetricKind.LOYALTY_VALUE)
public final class RetentionRate extends StandardMetric {

	public RetentionRate() {
		super("(E - N) / S, where a customer at an instant is one with a conversation or an order in the 12 months"
				+ " before it, S counts them at the start of the period, E at its end, and N counts customers whose"
				+ " first activity falls in the period. Customers are counted across the workspace: grouping by anything"
				+ " but the time bucket does not split them. A report without a start uses the 12 months before its end."
				+ " No value without customers at the start.");
	}

	@Override
	public Aggregator newAggregator(MetricContext context) {
		return new RetentionAggregator(context);
	}

	@Override
	public Optional<Membership> membership(MetricContext context) {
		// the value counts the workspace's customers; the list is the group's conversations
		return Optional.of(Members.group(row -> false));
	}
}
