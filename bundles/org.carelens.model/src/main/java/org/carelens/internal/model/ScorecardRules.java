package org.carelens.internal.model;

import java.util.HashSet;
import java.util.Set;

import org.carelens.model.QaCriterion;
import org.carelens.model.QaScorecard;
import org.carelens.model.Workspace;

/**
 * A QA scorecard has distinct, named criteria with positive weights adding up to exactly 100 points: weights are
 * not normalised, so that the points a supervisor sees on the form are the points the review scores.
 */
final class ScorecardRules {

	private static final double TOLERANCE = 1e-6;

	private ScorecardRules() {
	}

	static void check(Workspace workspace, Problems problems) {
		for (QaScorecard scorecard : workspace.getScorecards()) {
			String label = Labels.of(scorecard);
			if (scorecard.getCriteria().isEmpty()) {
				problems.error(scorecard, label + " has no criteria");
				continue;
			}
			Set<String> keys = new HashSet<>();
			double sum = 0;
			boolean allPositive = true;
			for (QaCriterion criterion : scorecard.getCriteria()) {
				String key = Labels.text(criterion.getKey());
				if (Labels.blank(criterion.getKey())) {
					problems.error(scorecard, label + " has a criterion without a key");
				} else if (!keys.add(key)) {
					problems.error(scorecard, label + " has criterion '" + key + "' twice");
				}
				if (Labels.blank(criterion.getName())) {
					problems.error(scorecard, label + " criterion '" + key + "' has no name");
				}
				if (!(criterion.getWeight() > 0)) {
					allPositive = false;
					problems.error(scorecard, label + " gives criterion '" + key + "' weight "
							+ Labels.number(criterion.getWeight()) + "; weights must be positive");
				}
				sum += criterion.getWeight();
			}
			if (allPositive && Math.abs(sum - 100) > TOLERANCE) {
				problems.error(scorecard, label + " criteria weights add up to " + Labels.number(sum) + ", not 100");
			}
		}
	}
}
