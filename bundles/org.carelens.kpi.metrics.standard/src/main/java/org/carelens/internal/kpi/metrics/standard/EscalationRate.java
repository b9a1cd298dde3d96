package org.carelens.internal.kpi.metrics.standard;

import java.util.Optional;

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
 * Escalation rate: conversations escalated at least once, over conversations.
 */
@Component(service = Metric.class)
@MetricProperties(id = "escalation_rate", labelKey = "metric.escalation_rate", unit = MetricUnit.RATIO,
		direction = TargetDirection.LOWER_IS_BETTER, kind = MetricKind.EFFECTIVENESS)
public final class EscalationRate extends StandardMetric {

	public EscalationRate() {
		super("Conversations escalated to a higher tier or another team at least once / conversations (num is the"
				+ " count). Attributed to the creation period; no value without conversations; the target is \"as low as"
				+ " possible\", with no default figure.");
	}

	@Override
	public Aggregator newAggregator(MetricContext context) {
		return new RateAggregator(row -> true, FactRow::escalated);
	}

	@Override
	public Optional<Membership> membership(MetricContext context) {
		return Optional.of(Members.rate(row -> true, FactRow::escalated));
	}
}
