package org.carelens.core.api.targets;

/**
 * Whether a metric is better above its target (a rate of resolution) or below it (a response time).
 */
public enum TargetDirection {
	HIGHER_IS_BETTER, LOWER_IS_BETTER;

	/** @return whether {@code value} meets {@code target} */
	public boolean meets(double value, double target) {
		return this == HIGHER_IS_BETTER ? value >= target : value <= target;
	}
}
