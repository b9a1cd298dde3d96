package org.carelens.core.api.targets;

import java.util.Objects;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;

/**
 * The value a metric should reach, for the whole workspace or only a channel kind, a team or a channel instance.
 *
 * @param metric          the metric id of METRICS.md, e.g. {@code first_response_time}
 * @param channelKind     the channel kind it is for, if only one
 * @param team            the id of the team it is for, if only one
 * @param channelInstance the id of the channel instance it is for, if only one
 * @param value           the target, in the metric's unit (seconds for durations, 0..1 for rates)
 * @param direction       whether values above or below the target meet it
 */
public record MetricTarget(String metric, Optional<ChannelKind> channelKind, Optional<String> team,
		Optional<String> channelInstance, double value, TargetDirection direction) {

	public MetricTarget {
		Objects.requireNonNull(metric, "metric");
		Objects.requireNonNull(channelKind, "channelKind");
		Objects.requireNonNull(team, "team");
		Objects.requireNonNull(channelInstance, "channelInstance");
		Objects.requireNonNull(direction, "direction");
	}

	/** @return whether {@code measured} meets this target */
	public boolean isMetBy(double measured) {
		return direction.meets(measured, value);
	}
}
