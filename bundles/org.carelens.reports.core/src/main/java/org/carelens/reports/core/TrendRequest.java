package org.carelens.reports.core;

import java.util.Objects;

/**
 * One metric over a scope's period, point by point.
 *
 * @param scope  the period and filters
 * @param metric the metric id
 */
public record TrendRequest(ReportScope scope, String metric) {

	public TrendRequest {
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(metric, "metric");
	}
}
