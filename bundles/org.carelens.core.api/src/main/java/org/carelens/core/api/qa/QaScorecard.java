package org.carelens.core.api.qa;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The criteria of a QA review, whose weights add up to 100 points.
 */
public record QaScorecard(String id, String name, List<QaCriterion> criteria) {

	public QaScorecard {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		criteria = List.copyOf(criteria);
	}

	/**
	 * @param passed whether each criterion, by key, was met; a criterion left out counts as failed
	 * @return the review's score 0–100: the weights of the passed criteria, or 0 when a critical one failed
	 */
	public double score(Map<String, Boolean> passed) {
		double score = 0;
		for (QaCriterion criterion : criteria) {
			boolean ok = passed.getOrDefault(criterion.key(), false);
			if (!ok && criterion.critical()) {
				return 0;
			}
			if (ok) {
				score += criterion.weight();
			}
		}
		return score;
	}
}
