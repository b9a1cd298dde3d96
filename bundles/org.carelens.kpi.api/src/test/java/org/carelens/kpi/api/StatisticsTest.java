package org.carelens.kpi.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.carelens.core.api.targets.TargetDirection;
import org.junit.jupiter.api.Test;

class StatisticsTest {

	@Test
	void quantilesInterpolateBetweenClosestRanksLikeQuantileCont() {
		IntSamples samples = new IntSamples();
		for (int v : new int[] { 40, 10, 30, 20 }) {
			samples.add(v);
		}
		// positions 1.5 and 2.7 of 10, 20, 30, 40
		assertArrayEquals(new double[] { 25, 37, 10, 40 }, samples.quantiles(0.5, 0.9, 0, 1), 1e-12);
	}

	@Test
	void statusIsAtRiskWithinTenPercentOfTheTarget() {
		assertEquals(Status.MET, Status.of(100, 120, TargetDirection.LOWER_IS_BETTER));
		assertEquals(Status.AT_RISK, Status.of(132, 120, TargetDirection.LOWER_IS_BETTER));
		assertEquals(Status.MISSED, Status.of(133, 120, TargetDirection.LOWER_IS_BETTER));
		assertEquals(Status.AT_RISK, Status.of(0.81, 0.9, TargetDirection.HIGHER_IS_BETTER));
		assertEquals(Status.MISSED, Status.of(0.80, 0.9, TargetDirection.HIGHER_IS_BETTER));
	}

	@Test
	void anEmptyDenominatorIsNoValue() {
		assertEquals(java.util.Optional.empty(), MetricValue.rate(0, 0));
	}
}
