package org.carelens.kpi.api;

/**
 * A number read from each conversation's facts for a {@link Histogram}: a duration in seconds or an instant in epoch
 * seconds, with the instant that puts the conversation into a report's range.
 */
public enum Measure {
	/** Episode start to first response; missing while unanswered. Attributed to creation. */
	FIRST_RESPONSE_SECONDS(Attribution.OPENED),
	/** Creation to the latest resolution; missing while open. Attributed to the latest resolution. */
	RESOLUTION_SECONDS(Attribution.RESOLVED),
	/** Queue entered to answered; missing when not answered from a queue. Attributed to creation. */
	WAIT_SECONDS(Attribution.OPENED),
	/** The creation instant: counts of conversations created per time bin. */
	OPENED_AT(Attribution.OPENED),
	/** The latest resolution while resolved: counts of conversations resolved per time bin. */
	RESOLVED_AT(Attribution.RESOLVED);

	private final Attribution attribution;

	Measure(Attribution attribution) {
		this.attribution = attribution;
	}

	/** @return the instant that must fall in the query's range for a conversation to count */
	public Attribution attribution() {
		return attribution;
	}

	/** @return the measure of {@code row}, or {@link FactRow#NONE} when it has none */
	public long of(FactRow row) {
		return switch (this) {
		case FIRST_RESPONSE_SECONDS -> row.firstResponseSeconds();
		case RESOLUTION_SECONDS -> row.resolutionSeconds();
		case WAIT_SECONDS -> row.waitSeconds();
		case OPENED_AT -> row.opened();
		case RESOLVED_AT -> row.instant(Attribution.RESOLVED);
		};
	}
}
