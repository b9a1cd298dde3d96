package org.carelens.internal.kpi.metrics.standard;

import java.util.Optional;

import org.carelens.core.api.targets.TargetDirection;
import org.carelens.kpi.api.Aggregator;
import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.FactRow;
import org.carelens.kpi.api.Membership;
import org.carelens.kpi.api.Metric;
import org.carelens.kpi.api.MetricContext;
import org.carelens.kpi.api.MetricKind;
import org.carelens.kpi.api.MetricProperties;
import org.carelens.kpi.api.MetricUnit;
import org.osgi.service.component.annotations.Component;

/**
 * Complaint rate: conversations with topic complaint, over conversations; also per 1,000 active customers.
 */
@Component(service = Metric.class)
@MetricProperties(id = "complaint_rate", labelKey = "metric.complaint_rate", unit = MetricUnit.RATIO,
		direction = TargetDirection.LOWER_IS_BETTER, kind = MetricKind.EFFECTIVENESS)
public final class ComplaintRate extends StandardMetric {

	public ComplaintRate() {
		super("Conversations whose latest topic is \"complaint\" / conversations; per_1000_customers = complaints x"
				+ " 1000 / distinct customers with a conversation in the group. Attributed to the creation period; no"
				+ " value without conversations; the target is a falling trend, with no default figure.");
	}

	@Override
	public Aggregator newAggregator(MetricContext context) {
		return new ComplaintAggregator(context.rows().idOf(Dimension.TOPIC, ComplaintAggregator.COMPLAINT));
	}

	@Override
	public Optional<Membership> membership(MetricContext context) {
		int complaint = context.rows().idOf(Dimension.TOPIC, ComplaintAggregator.COMPLAINT);
		return Optional.of(Members.rate(row -> true,
				row -> complaint != FactRow.NO_ID && row.dimension(Dimension.TOPIC) == complaint));
	}
}
