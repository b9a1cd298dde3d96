package org.carelens.internal.kpi.metrics.standard;

import java.util.List;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.targets.TargetDirection;
import org.carelens.kpi.api.Aggregator;
import org.carelens.kpi.api.Attribution;
import org.carelens.kpi.api.FactRow;
import org.carelens.kpi.api.Membership;
import org.carelens.kpi.api.Metric;
import org.carelens.kpi.api.MetricContext;
import org.carelens.kpi.api.MetricKind;
import org.carelens.kpi.api.MetricProperties;
import org.carelens.kpi.api.MetricUnit;
import org.osgi.service.component.annotations.Component;

/**
 * Reopen rate: resolved conversations that were reopened, over resolved conversations.
 */
@Component(service = Metric.class)
@MetricProperties(id = "reopen_rate", labelKey = "metric.reopen_rate", unit = MetricUnit.RATIO,
		direction = TargetDirection.LOWER_IS_BETTER, kind = MetricKind.EFFECTIVENESS)
public final class ReopenRate extends StandardMetric {

	public ReopenRate() {
		super("Conversations resolved at least once that were reopened afterwards / conversations resolved at least"
				+ " once. Attributed to the period of the first resolution; no value without resolutions.");
	}

	@Override
	public List<Attribution> attributions() {
		return List.of(Attribution.FIRST_RESOLVED);
	}

	@Override
	public Aggregator newAggregator(MetricContext context) {
		return new RateAggregator(row -> true, FactRow::reopened);
	}

	@Override
	public Optional<Membership> membership(MetricContext context) {
		return Optional.of(Members.rate(row -> true, FactRow::reopened));
	}

	@Override
	public Optional<Double> defaultTarget(Optional<ChannelKind> channel) {
		return Optional.of(0.05);
	}
}
