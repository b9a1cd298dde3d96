package org.carelens.facts;

import java.time.Instant;
import java.util.Objects;

/**
 * The latest QA review of a conversation; a failed critical item makes its score 0.
 *
 * @param score          the score that counts: 0 when a critical item failed, else the reviewer's score
 * @param reviewScore    the score the reviewer gave
 * @param criticalFailed whether a critical item failed
 */
public record QaResult(String scorecard, double score, double reviewScore, boolean criticalFailed, String reviewer,
		Instant at) {

	public QaResult {
		Objects.requireNonNull(scorecard, "scorecard");
		Objects.requireNonNull(reviewer, "reviewer");
		Objects.requireNonNull(at, "at");
	}
}
