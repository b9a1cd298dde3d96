package org.carelens.kpi.api;

/**
 * The families of METRICS.md a metric belongs to.
 */
public enum MetricKind {
	SPEED, EFFECTIVENESS, SATISFACTION, LOYALTY_VALUE, OTHER
}
