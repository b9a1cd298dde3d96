package org.carelens.internal.kpi.metrics.standard;

import java.util.List;
import java.util.Optional;

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
 * First resolution time: creation to the first resolution.
 */
@Component(service = Metric.class)
@MetricProperties(id = "first_resolution_time", labelKey = "metric.first_resolution_time", unit = MetricUnit.SECONDS,
		direction = TargetDirection.LOWER_IS_BETTER, kind = MetricKind.SPEED)
public final class FirstResolutionTime extends StandardMetric {

	public FirstResolutionTime() {
		super("Seconds from creation to the first resolution, whether or not the conversation was reopened later."
				+ " Business time under the SLA calendar. Attributed to the period of the first resolution.");
	}

	@Override
	public List<Attribution> attributions() {
		return List.of(Attribution.FIRST_RESOLVED);
	}

	@Override
	public Aggregator newAggregator(MetricContext context) {
		return new DurationAggregator(FactRow::firstResolutionSeconds, Optional.empty());
	}

	@Override
	public Optional<Membership> membership(MetricContext context) {
		return Optional.of(Members.duration(FactRow::firstResolutionSeconds));
	}
}
