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
 * First-contact resolution: resolved conversations that needed one contact, over resolved conversations.
 */
@Component(service = Metric.class)
@MetricProperties(id = "first_contact_resolution", labelKey = "metric.first_contact_resolution", unit = MetricUnit.RATIO,
		direction = TargetDirection.HIGHER_IS_BETTER, kind = MetricKind.EFFECTIVENESS)
public final class FirstContactResolution extends StandardMetric {

	public FirstContactResolution() {
		super("Resolved conversations with no reopen, no transfer or escalation, and no other conversation of the"
				+ " same customer (identities linked) on the same topic opened after this one and up to 7 days (the FCR"
				+ " window) after its last resolution, / resolved conversations. A conversation without topic, or"
				+ " followed by one without topic, counts as the same topic. Attributed to the period of the latest"
				+ " resolution; no value without resolved conversations.");
	}

	@Override
	public List<Attribution> attributions() {
		return List.of(Attribution.RESOLVED);
	}

	@Override
	public Aggregator newAggregator(MetricContext context) {
		return new RateAggregator(FactRow::resolved, FactRow::firstContactResolution);
	}

	@Override
	public Optional<Membership> membership(MetricContext context) {
		return Optional.of(Members.rate(FactRow::resolved, FactRow::firstContactResolution));
	}

	@Override
	public Optional<Double> defaultTarget(Optional<ChannelKind> channel) {
		return Optional.of(0.75);
	}
}
