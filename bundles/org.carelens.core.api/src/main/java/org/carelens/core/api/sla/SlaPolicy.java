package org.carelens.core.api.sla;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Priority;

/**
 * Service-level targets a conversation is held to, measured in the business time of a calendar (or wall-clock
 * time when the policy names none).
 *
 * @param id       the id conversations name in {@code sla_policy}
 * @param name     for people
 * @param calendar the id of the business calendar durations are measured in
 * @param targets  the limits; the most specific one that applies wins
 */
public record SlaPolicy(String id, String name, Optional<String> calendar, List<SlaTarget> targets) {

	public SlaPolicy {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(calendar, "calendar");
		targets = List.copyOf(targets);
	}

	/**
	 * @return the limit for {@code metric} on a conversation of {@code channel} and {@code priority}: the target
	 *         naming both wins over one naming the channel, which wins over one naming the priority, which wins over
	 *         one naming neither
	 */
	public Optional<Duration> limit(SlaMetric metric, ChannelKind channel, Optional<Priority> priority) {
		SlaTarget best = null;
		for (SlaTarget target : targets) {
			if (target.appliesTo(metric, channel, priority)
					&& (best == null || target.specificity() > best.specificity())) {
				best = target;
			}
		}
		return Optional.ofNullable(best).map(SlaTarget::limit);
	}
}
