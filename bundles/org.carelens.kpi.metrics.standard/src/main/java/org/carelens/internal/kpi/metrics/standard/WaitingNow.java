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
 * Waiting now: contacts in a waiting queue at the report instant.
 */
@Component(service = Metric.class)
@MetricProperties(id = "waiting_now", labelKey = "metric.waiting_now", unit = MetricUnit.COUNT,
		direction = TargetDirection.LOWER_IS_BETTER, kind = MetricKind.SPEED)
public final class WaitingNow extends StandardMetric {

	public WaitingNow() {
		super("Contacts that entered a waiting queue by the report instant and were neither answered nor abandoned"
				+ " by then, per group (per channel instance when grouped by it) and in total. A count: 0 is a value.");
	}

	@Override
	public Aggregator newAggregator(MetricContext context) {
		long at = context.atSecond();
		return new CountAggregator(row -> row.waitingAt(at));
	}

	@Override
	public Optional<Membership> membership(MetricContext context) {
		long at = context.atSecond();
		return Optional.of(Members.count(row -> row.waitingAt(at)));
	}

	@Override
	public Optional<Double> defaultTarget(Optional<ChannelKind> channel) {
		return Optional.of(channel.isPresent() ? 2.0 : 15.0);
	}
}
