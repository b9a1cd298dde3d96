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
 * Wait time (ASA): queue.entered to queue.answered over answered contacts.
 */
@Component(service = Metric.class)
@MetricProperties(id = "wait_time", labelKey = "metric.wait_time", unit = MetricUnit.SECONDS,
		direction = TargetDirection.LOWER_IS_BETTER, kind = MetricKind.SPEED)
public final class WaitTime extends StandardMetric {

	public WaitTime() {
		super("Seconds from queue.entered to queue.answered, over contacts answered from a waiting queue (voice,"
				+ " chat); abandoned contacts are left out. Wall-clock time. Attributed to the creation period; no value"
				+ " without answered queued contacts.");
	}

	@Override
	public Aggregator newAggregator(MetricContext context) {
		return new DurationAggregator(FactRow::waitSeconds, Optional.empty());
	}

	@Override
	public Optional<Membership> membership(MetricContext context) {
		return Optional.of(Members.duration(FactRow::waitSeconds));
	}

	@Override
	public Optional<Double> defaultTarget(Optional<ChannelKind> channel) {
		return channel.filter(c -> c == ChannelKind.VOICE).map(c -> 20.0);
	}
}
