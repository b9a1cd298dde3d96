package org.carelens.reports.export;

import org.carelens.kpi.api.MetricUnit;

/** How a number of a report reads; the number itself stays in its unit. */
public enum Format {
	/** A count: 1,234. */
	INTEGER,
	/** A score or amount: 4.3. */
	DECIMAL,
	/** A ratio 0..1 shown as a percentage: 85.2%. */
	PERCENT,
	/** Seconds shown as the two largest units: 2 min 05 s. */
	DURATION,
	/** NPS points with their sign: +34. */
	SIGNED;

	/** @return how a metric's values read */
	public static Format of(MetricUnit unit) {
		return switch (unit) {
		case SECONDS -> DURATION;
		case RATIO -> PERCENT;
		case NPS_POINTS -> SIGNED;
		case COUNT -> INTEGER;
		case SCORE, MONEY, PER_CUSTOMER_MONTH -> DECIMAL;
		};
	}
}
