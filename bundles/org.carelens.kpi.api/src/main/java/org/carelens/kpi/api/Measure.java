package org.carelens.kpi.api;

import org.carelens.core.api.SurveyKind;

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
	RESOLVED_AT(Attribution.RESOLVED),
	/** The latest CSAT answer, 1–5; missing when none. Attributed to the latest answer, as the CSAT metric is. */
	CSAT_SCORE(Attribution.RATED),
	/** The latest NPS answer, 0–10. */
	NPS_SCORE(Attribution.RATED),
	/** The latest CES answer, 1–7. */
	CES_SCORE(Attribution.RATED);

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
		case CSAT_SCORE -> score(row, SurveyKind.CSAT);
		case NPS_SCORE -> score(row, SurveyKind.NPS);
		case CES_SCORE -> score(row, SurveyKind.CES);
		};
	}

	private static long score(FactRow row, SurveyKind kind) {
		double score = row.surveyScore(kind);
		return Double.isNaN(score) ? FactRow.NONE : Math.round(score);
	}
}
