package org.carelens.internal.kpi.metrics.standard;

import java.util.Optional;

import org.carelens.core.api.ChannelKind;
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
 * Resolution rate: of the conversations created in the period, the share resolved by the report instant.
 */
@Component(service = Metric.class)
@MetricProperties(id = "resolution_rate", labelKey = "metric.resolution_rate", unit = MetricUnit.RATIO,
		direction = TargetDirection.HIGHER_IS_BETTER, kind = MetricKind.EFFECTIVENESS)
public final class ResolutionRate extends StandardMetric {

	public ResolutionRate() {
		super("Of the conversations created in the period, the share resolved at the report instant (resolved, and"
				+ " not reopened since). Attributed to the creation period; no value without conversations.");
	}

	@Override
	public Aggregator newAggregator(MetricContext context) {
		long at = context.atSecond();
		return new RateAggregator(row -> true, row -> row.resolved() && row.lastResolution() <= at);
	}

	@Override
	public Optional<Membership> membership(MetricContext context) {
		long at = context.atSecond();
		return Optional.of(Members.rate(row -> true, row -> row.resolved() && row.lastResolution() <= at));
	}

	@Override
	public Optional<Double> defaultTarget(Optional<ChannelKind> channel) {
		return Optional.of(0.9);
	}
}
