package org.carelens.kpi.api;

import java.util.List;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.targets.MetricTarget;

/**
 * Finds the target of a metric for a group among the workspace's targets: the most specific one that fits the
 * group (channel instance, then team, then channel kind, then the workspace-wide one), else the metric's default.
 * A target for one channel kind, team or instance fits only a group that is of it.
 */
public final class Targets {

	private final List<MetricTarget> targets;

	public Targets(List<MetricTarget> targets) {
		this.targets = List.copyOf(targets);
	}

	/**
	 * @param channel  the group's channel kind, when grouped by it
	 * @param team     the group's team, when grouped by it
	 * @param instance the group's channel instance, when grouped by it
	 */
	public Optional<Double> targetOf(Metric metric, Optional<ChannelKind> channel, Optional<String> team,
			Optional<String> instance) {
		String id = metric.info().id();
		MetricTarget best = null;
		int bestScore = -1;
		for (MetricTarget target : targets) {
			if (!target.metric().equals(id) || !fits(target.channelKind(), channel) || !fits(target.team(), team)
					|| !fits(target.channelInstance(), instance)) {
				continue;
			}
			int score = (target.channelInstance().isPresent() ? 4 : 0) + (target.team().isPresent() ? 2 : 0)
					+ (target.channelKind().isPresent() ? 1 : 0);
			if (score > bestScore) {
				best = target;
				bestScore = score;
			}
		}
		return best != null ? Optional.of(best.value()) : metric.defaultTarget(channel);
	}

	private static <T> boolean fits(Optional<T> wanted, Optional<T> actual) {
		return wanted.isEmpty() || wanted.equals(actual);
	}
}
