package org.carelens.core.api.qa;

import java.util.Objects;

/**
 * One item a supervisor rates when reviewing a conversation.
 *
 * @param key      its id within the scorecard
 * @param name     for people
 * @param weight   its points out of the scorecard's 100
 * @param critical whether failing it makes the whole review 0
 */
public record QaCriterion(String key, String name, double weight, boolean critical) {

	public QaCriterion {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(name, "name");
		if (!(weight > 0)) {
			throw new IllegalArgumentException("a QA criterion weight must be positive: " + weight);
		}
	}
}
