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
 * Resolution time: creation to the latest resolution of a resolved conversation.
 */
@Component(service = Metric.class)
@MetricProperties(id = "resolution_time", labelKey = "metric.resolution_time", unit = MetricUnit.SECONDS,
		direction = TargetDirection.LOWER_IS_BETTER, kind = MetricKind.SPEED)
public final class ResolutionTime extends StandardMetric {

	public ResolutionTime() {
		super("Seconds from creation to the latest resolution, over conversations resolved now: a reopened"
				+ " conversation's clock runs until it is resolved again, and one still open after a reopen is left out."
				+ " Business time under the SLA calendar. Attributed to the period of the latest resolution; the target"
				+ " comes from the SLA policy, so there is no default.");
	}

	@Override
	public List<Attribution> attributions() {
		return List.of(Attribution.RESOLVED);
	}

	@Override
	public Aggregator newAggregator(MetricContext context) {
		return new DurationAggregator(FactRow::resolutionSeconds, Optional.empty());
	}

	@Override
	public Optional<Membership> membership(MetricContext context) {
		return Optional.of(Members.duration(FactRow::resolutionSeconds));
	}
}
