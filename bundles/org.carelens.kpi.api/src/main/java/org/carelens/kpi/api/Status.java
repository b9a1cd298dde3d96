package org.carelens.kpi.api;

import org.carelens.core.api.targets.TargetDirection;

/**
 * How a value stands against its target (METRICS.md, "Benchmarks and targets").
 */
public enum Status {
	/** The target is met. */
	MET,
	/** Missed, but by no more than 10% of the target. */
	AT_RISK,
	/** Missed by more than 10%. */
	MISSED;

	/** METRICS.md: "at risk within 10%". */
	public static final double AT_RISK_MARGIN = 0.10;

	public static Status of(double value, double target, TargetDirection direction) {
		if (direction.meets(value, target)) {
			return MET;
		}
		double margin = Math.abs(target) * AT_RISK_MARGIN;
		boolean near = direction == TargetDirection.HIGHER_IS_BETTER ? value >= target - margin
				: value <= target + margin;
		return near ? AT_RISK : MISSED;
	}

	/** @return the name in reports: met, at_risk, missed */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
