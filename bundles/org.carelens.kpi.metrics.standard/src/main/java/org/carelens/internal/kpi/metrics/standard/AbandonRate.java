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
 * Abandon rate: abandoned contacts over answered and abandoned ones, short abandons excepted.
 */
@Component(service = Metric.class)
@MetricProperties(id = "abandon_rate", labelKey = "metric.abandon_rate", unit = MetricUnit.RATIO,
		direction = TargetDirection.LOWER_IS_BETTER, kind = MetricKind.SPEED)
public final class AbandonRate extends StandardMetric {

	public AbandonRate() {
		super("(abandoned - short abandons) / (answered + abandoned - short abandons), over contacts that entered a"
				+ " waiting queue; a short abandon left after less than abandon.short_s seconds (default 5). Attributed"
				+ " to the creation period; no value when the denominator is 0.");
	}

	@Override
	public Aggregator newAggregator(MetricContext context) {
		long shortAbandon = (long) context.parameter(QueueContacts.SHORT_ABANDON, QueueContacts.DEFAULT_SHORT_ABANDON_S);
		return new RateAggregator(row -> QueueContacts.counts(row, shortAbandon), FactRow::abandoned);
	}

	@Override
	public Optional<Membership> membership(MetricContext context) {
		long shortAbandon = (long) context.parameter(QueueContacts.SHORT_ABANDON, QueueContacts.DEFAULT_SHORT_ABANDON_S);
		return Optional.of(Members.rate(row -> QueueContacts.counts(row, shortAbandon), FactRow::abandoned));
	}

	@Override
	public Optional<Double> defaultTarget(Optional<ChannelKind> channel) {
		return Optional.of(0.05);
	}
}
