package org.carelens.reports.core;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.carelens.kpi.api.Dimension;

/**
 * Which conversations a report looks at: one period, and per dimension the values kept. The dashboard, the
 * comparisons and the drill-down lists of a window share one scope, so that a number and the conversations behind it
 * are always about the same conversations.
 *
 * @param period  the period; changes are against {@link Period#previous()}
 * @param filters per dimension (channel, site, manager, team, agent, priority, stage, topic), the values kept; a
 *                dimension not named keeps every conversation
 */
public record ReportScope(Period period, Map<Dimension, Set<String>> filters) {

	public ReportScope {
		Objects.requireNonNull(period, "period");
		Map<Dimension, Set<String>> copy = new EnumMap<>(Dimension.class);
		filters.forEach((dimension, values) -> copy.put(dimension, Set.copyOf(values)));
		filters = Collections.unmodifiableMap(copy);
	}

	/** @return the same scope with {@code dimension} keeping only {@code value}, or every value when empty */
	public ReportScope withFilter(Dimension dimension, Optional<String> value) {
		Map<Dimension, Set<String>> kept = new EnumMap<>(Dimension.class);
		kept.putAll(filters);
		kept.remove(dimension);
		value.ifPresent(v -> kept.put(dimension, Set.of(v)));
		return new ReportScope(period, kept);
	}

	public ReportScope withPeriod(Period newPeriod) {
		return new ReportScope(newPeriod, filters);
	}
}
