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
 * Reply time: for each run of customer messages after the first response, the time to the agent reply that ends it.
 */
@Component(service = Metric.class)
@MetricProperties(id = "reply_time", labelKey = "metric.reply_time", unit = MetricUnit.SECONDS,
		direction = TargetDirection.LOWER_IS_BETTER, kind = MetricKind.SPEED)
public final class ReplyTime extends StandardMetric {

	public ReplyTime() {
		super("After the first response, every run of consecutive customer messages that is followed by a public"
				+ " agent reply counts once: seconds from the run's first message to that reply (n, mean, median, p90"
				+ " over all runs). Business time under the SLA calendar. Attributed to the creation period; no value"
				+ " without such runs.");
	}

	@Override
	public Aggregator newAggregator(MetricContext context) {
		return new ReplyAggregator();
	}

	@Override
	public Optional<Membership> membership(MetricContext context) {
		return Optional.of(new Members.Tests(FactRow::replyCount, row -> 0, Optional.of("n")));
	}

	@Override
	public Optional<Double> defaultTarget(Optional<ChannelKind> channel) {
		if (channel.isEmpty()) {
			return Optional.empty();
		}
		return switch (channel.get()) {
		case SOCIAL -> Optional.of(180.0);
		case EMAIL -> Optional.of(86_400.0);
		default -> Optional.empty();
		};
	}
}
