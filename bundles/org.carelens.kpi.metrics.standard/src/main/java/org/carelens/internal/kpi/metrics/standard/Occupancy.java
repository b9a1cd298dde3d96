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
import org.carelens.kpi.api.MetricValue;
import org.osgi.service.component.annotations.Component;

/**
 * Occupancy: agents' handling time over their logged-in time; never a value, since the event format carries no agent presence.
 */
@Component(service = Metric.class)
@MetricProperties(id = "occupancy", labelKey = "metric.occupancy", unit = MetricUnit.RATIO,
		direction = TargetDirection.HIGHER_IS_BETTER, kind = MetricKind.SPEED)
public final class Occupancy extends StandardMetric {

	public Occupancy() {
		super("Agents' handling time / their logged-in time, where presence is known (target band 75-85%). Version"
				+ " 1 of the CareLens event format has no agent presence (login, logoff, pause) events, so the logged-in"
				+ " time is unknown and this metric has no value in any group; it is listed so that a report says so"
				+ " instead of inventing a figure.");
	}

	@Override
	public Aggregator newAggregator(MetricContext context) {
		return new Aggregator() {
			@Override
			public void accumulate(FactRow row, int attribution) {
				// no presence data: handling time alone cannot make an occupancy
			}

			@Override
			public void merge(Aggregator other) {
			}

			@Override
			public Optional<MetricValue> result() {
				return Optional.empty();
			}
		};
	}

	@Override
	public Optional<Membership> membership(MetricContext context) {
		// no presence data, no value: nothing stands behind it
		return Optional.of(new Members.Tests(row -> 0, row -> 0, Optional.empty()));
	}
}
