package org.carelens.reports.core;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.carelens.kpi.api.Dimension;

/**
 * Which number to drill into: a metric over a scope, optionally in one group of a comparison (team = T1).
 *
 * @param scope  the period and filters of the number
 * @param metric the metric id
 * @param group  per dimension, the group's value; each narrows the scope's filter of that dimension to the value
 */
public record DrillDownRequest(ReportScope scope, String metric, Map<Dimension, String> group) {

	public DrillDownRequest {
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(metric, "metric");
		Map<Dimension, String> copy = new EnumMap<>(Dimension.class);
		copy.putAll(group);
		group = Collections.unmodifiableMap(copy);
	}

	/** @return a drill-down into a dashboard tile: the whole scope */
	public static DrillDownRequest of(ReportScope scope, String metric) {
		return new DrillDownRequest(scope, metric, Map.of());
	}

	/** @return the scope narrowed to the group */
	public ReportScope groupScope() {
		ReportScope narrowed = scope;
		for (Map.Entry<Dimension, String> value : group.entrySet()) {
			narrowed = narrowed.withFilter(value.getKey(), Optional.of(value.getValue()));
		}
		return narrowed;
	}
}
