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
 * Service level X/T: contacts answered within T seconds over answered and abandoned contacts, short abandons excepted.
 */
@Component(service = Metric.class)
@MetricProperties(id = "service_level", labelKey = "metric.service_level", unit = MetricUnit.RATIO,
		direction = TargetDirection.HIGHER_IS_BETTER, kind = MetricKind.SPEED)
public final class ServiceLevel extends StandardMetric {

	public ServiceLevel() {
		super("Contacts answered with a wait of at most T seconds (parameter service_level.threshold_s, default 20)"
				+ " / (answered + abandoned - short abandons), over contacts that entered a waiting queue. A short"
				+ " abandon left the queue after less than abandon.short_s seconds (default 5). Attributed to the"
				+ " creation period; no value when the denominator is 0.");
	}

	@Override
	public Aggregator newAggregator(MetricContext context) {
		long threshold = (long) context.parameter(QueueContacts.THRESHOLD, QueueContacts.DEFAULT_THRESHOLD_S);
		long shortAbandon = (long) context.parameter(QueueContacts.SHORT_ABANDON, QueueContacts.DEFAULT_SHORT_ABANDON_S);
		return new RateAggregator(row -> QueueContacts.counts(row, shortAbandon), row -> row.waitSeconds() != FactRow.NONE && row.waitSeconds() <= threshold);
	}

	@Override
	public Optional<Membership> membership(MetricContext context) {
		long threshold = (long) context.parameter(QueueContacts.THRESHOLD, QueueContacts.DEFAULT_THRESHOLD_S);
		long shortAbandon = (long) context.parameter(QueueContacts.SHORT_ABANDON, QueueContacts.DEFAULT_SHORT_ABANDON_S);
		return Optional.of(Members.rate(row -> QueueContacts.counts(row, shortAbandon), row -> row.waitSeconds() != FactRow.NONE && row.waitSeconds() <= threshold));
	}

	@Override
	public Optional<Double> defaultTarget(Optional<ChannelKind> channel) {
		return Optional.of(0.8);
	}
}
