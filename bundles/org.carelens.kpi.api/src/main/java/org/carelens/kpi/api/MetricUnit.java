package org.carelens.kpi.api;

/**
 * The unit of a metric's value, as written in reports: durations in seconds, rates as fractions 0..1.
 */
public enum MetricUnit {
	/** A duration in seconds. */
	SECONDS,
	/** A share, 0..1. */
	RATIO,
	/** A mean score on the survey's scale. */
	SCORE,
	/** Net Promoter Score, -100..100. */
	NPS_POINTS,
	/** A number of conversations or contacts. */
	COUNT,
	/** An amount of money in the orders' currency. */
	MONEY,
	/** Contacts per active customer per month. */
	PER_CUSTOMER_MONTH
}
