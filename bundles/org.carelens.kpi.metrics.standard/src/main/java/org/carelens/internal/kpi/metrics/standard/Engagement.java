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
 * Customer engagement: conversations plus answered outbound contacts, per active customer per month.
 */
@Component(service = Metric.class)
@MetricProperties(id = "engagement", labelKey = "metric.engagement", unit = MetricUnit.PER_CUSTOMER_MONTH,
		direction = TargetDirection.HIGHER_IS_BETTER, kind = MetricKind.LOYALTY_VALUE)
public final class Engagement extends StandardMetric {

	public Engagement() {
		super("(inbound conversations + outbound conversations that got a response) / distinct customers with a"
				+ " conversation in the group / months in the period (its length in days / 30.436875; a report without a"
				+ " start runs from its first conversation). Attributed to the creation period; no value without"
				+ " conversations.");
	}

	@Override
	public Aggregator newAggregator(MetricContext context) {
		return new EngagementAggregator(context);
	}

	@Override
	public Optional<Membership> membership(MetricContext context) {
		return Optional.of(new Members.Tests(row -> EngagementAggregator.contact(row) ? 1 : 0, row -> 0,
				Optional.of("contacts")));
	}
}
