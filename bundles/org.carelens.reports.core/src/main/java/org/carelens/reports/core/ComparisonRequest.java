package org.carelens.reports.core;

import java.util.List;
import java.util.Objects;

import org.carelens.kpi.api.Dimension;

/**
 * What a comparison shows: the segments of one dimension (agents, teams, managers, sites or channels) side by side,
 * over the conversations of a scope, for a list of metrics.
 *
 * @param scope   the period and filters, usually the dashboard's; changes are against the previous period
 * @param by      the dimension whose values are the segments
 * @param metrics the metric ids, in column order; empty for every installed metric
 */
public record ComparisonRequest(ReportScope scope, Dimension by, List<String> metrics) {

	public ComparisonRequest {
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(by, "by");
		metrics = List.copyOf(metrics);
	}

	public ComparisonRequest withBy(Dimension dimension) {
		return new ComparisonRequest(scope, dimension, metrics);
	}

	public ComparisonRequest withScope(ReportScope newScope) {
		return new ComparisonRequest(newScope, by, metrics);
	}
}
