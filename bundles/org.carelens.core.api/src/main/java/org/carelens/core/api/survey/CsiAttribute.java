package org.carelens.core.api.survey;

import java.util.Objects;

/**
 * One rated attribute of a CSI survey, such as speed or professionalism, and its weight in the index.
 *
 * @param key      the attribute, e.g. {@code speed}, {@code professionalism}, {@code reliability},
 *                 {@code information}, {@code adaptability}
 * @param question what the customer is asked
 * @param weight   its share of the index; the weights of a survey add up to 1
 */
public record CsiAttribute(String key, LocalizedText question, double weight) {

	public CsiAttribute {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(question, "question");
		if (!(weight > 0)) {
			throw new IllegalArgumentException("a CSI weight must be positive: " + weight);
		}
	}
}
