package org.carelens.core.api.sla;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Priority;

/**
 * One limit of an SLA policy, for all conversations or only those of a channel kind and/or priority.
 */
public record SlaTarget(SlaMetric metric, Optional<ChannelKind> channel, Optional<Priority> priority, Duration limit) {

	public SlaTarget {
		Objects.requireNonNull(metric, "metric");
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(priority, "priority");
		Objects.requireNonNull(limit, "limit");
		if (limit.isNegative() || limit.isZero()) {
			throw new IllegalArgumentException("an SLA limit must be positive: " + limit);
		}
	}

	/** @return whether this target applies to a conversation of {@code channel} and {@code priority} */
	public boolean appliesTo(SlaMetric metric, ChannelKind channel, Optional<Priority> priority) {
		return this.metric == metric && this.channel.map(c -> c == channel).orElse(true)
				&& this.priority.map(p -> priority.isPresent() && p == priority.get()).orElse(true);
	}

	/** @return how specific the target is: channel and priority beat channel, which beats priority, then none */
	int specificity() {
		return (channel.isPresent() ? 2 : 0) + (priority.isPresent() ? 1 : 0);
	}
}
