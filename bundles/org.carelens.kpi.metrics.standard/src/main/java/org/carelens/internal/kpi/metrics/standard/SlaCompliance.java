package org.carelens.internal.kpi.metrics.standard;

import java.util.Optional;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.targets.TargetDirection;
import org.carelens.kpi.api.Aggregator;
import org.carelens.kpi.api.FactRow;
import org.carelens.kpi.api.Membership;
import org.carelens.kpi.api.Metric;
import org.carelens.kpi.api.MetricContext;
import org.carelens.kpi.api.MetricKind;
import org.carelens.kpi.api.MetricProperties;
import org.carelens.kpi.api.MetricUnit;
import org.osgi.service.component.annotations.Component;

/**
 * SLA compliance: conversations that met every SLA target that applied, over conversations with an SLA policy.
 */
@Component(service = Metric.class)
@MetricProperties(id = "sla_compliance", labelKey = "metric.sla_compliance", unit = MetricUnit.RATIO,
		direction = TargetDirection.HIGHER_IS_BETTER, kind = MetricKind.EFFECTIVENESS)
public final class SlaCompliance extends StandardMetric {

	public SlaCompliance() {
		super("Conversations that met every target of their SLA policy that applied (first response, next replies,"
				+ " resolution), or can still meet it at the report instant, / conversations with an SLA policy that"
				+ " sets a target for them. Also per target: first_response, next_reply and resolution, each the share"
				+ " met among the conversations (replies, for next_reply) it applied to. Attributed to the creation"
				+ " period; no value without SLA policy.");
	}

	@Override
	public Aggregator newAggregator(MetricContext context) {
		return new SlaAggregator(context.atSecond());
	}

	@Override
	public Optional<Membership> membership(MetricContext context) {
		long at = context.atSecond();
		return Optional.of(Members.rate(FactRow::slaApplies, row -> SlaAggregator.compliant(row, at)));
	}

	@Override
	public Optional<Double> defaultTarget(Optional<ChannelKind> channel) {
		return Optional.of(0.95);
	}
}
