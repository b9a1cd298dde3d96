package org.carelens.reports.core;

import java.util.Optional;
import java.util.Set;

import org.carelens.core.api.ChannelKind;
import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.Metric;
import org.carelens.kpi.api.Targets;

/**
 * The target of a metric for a report scope: when the scope keeps a single channel kind, team or channel instance,
 * the target for it (first response: 2 min on chat, 24 h on email), else the workspace-wide one.
 */
final class ScopeTargets {

	private ScopeTargets() {
	}

	static Optional<Double> targetOf(Metric metric, WorkspaceSession session, ReportScope scope) {
		return targetOf(metric, session, scope, single(scope, Dimension.CHANNEL).map(ChannelKind::valueOf));
	}

	/** @return the target for {@code channel} within the scope's single team and instance, if any */
	static Optional<Double> targetOf(Metric metric, WorkspaceSession session, ReportScope scope,
			Optional<ChannelKind> channel) {
		return new Targets(session.targets()).targetOf(metric, channel, single(scope, Dimension.TEAM),
				single(scope, Dimension.CHANNEL_INSTANCE));
	}

	private static Optional<String> single(ReportScope scope, Dimension dimension) {
		Set<String> kept = scope.filters().getOrDefault(dimension, Set.of());
		return kept.size() == 1 ? Optional.of(kept.iterator().next()) : Optional.empty();
	}
}
