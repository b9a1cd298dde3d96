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
 * First response time: episode start to the first public reply by an agent.
 */
@Component(service = Metric.class)
@MetricProperties(id = "first_response_time", labelKey = "metric.first_response_time", unit = MetricUnit.SECONDS,
		direction = TargetDirection.LOWER_IS_BETTER, kind = MetricKind.SPEED)
public final class FirstResponseTime extends StandardMetric {

	public FirstResponseTime() {
		super("Seconds from the start of the episode (creation, or the latest bot hand-off before the reply) to the"
				+ " first public reply by a human agent; on VOICE the answer of the call. Bot messages,"
				+ " auto-acknowledgements and internal notes are never responses. Conversations with no response by the"
				+ " report instant (abandoned calls included) are left out of n, mean, median and p90 and counted as"
				+ " unanswered. Business time under the SLA calendar. Attributed to the creation period; no value when"
				+ " no conversation was answered.");
	}

	@Override
	public Aggregator newAggregator(MetricContext context) {
		return new DurationAggregator(FactRow::firstResponseSeconds, Optional.of("unanswered"));
	}

	@Override
	public Optional<Membership> membership(MetricContext context) {
		return Optional.of(Members.duration(FactRow::firstResponseSeconds));
	}

	@Override
	public Optional<Double> defaultTarget(Optional<ChannelKind> channel) {
		if (channel.isEmpty()) {
			return Optional.empty();
		}
		return switch (channel.get()) {
		case CHAT, VOICE -> Optional.of(120.0);
		case SOCIAL -> Optional.of(3600.0);
		case EMAIL -> Optional.of(86_400.0);
		default -> Optional.empty();
		};
	}
}
