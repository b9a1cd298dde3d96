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
	void selectedQuantilesEqualThoseOfASortedCopy() {
		java.util.Random random = new java.util.Random(5);
		for (int n : new int[] { 1, 2, 3, 17, 100, 1001, 50_000 }) {
			IntSamples samples = new IntSamples();
			int[] values = new int[n];
			for (int i = 0; i < n; i++) {
				values[i] = random.nextInt(n < 100 ? 10 : 100_000); // duplicates too
				samples.add(values[i]);
			}
			java.util.Arrays.sort(values);
			double[] fractions = { 0.5, 0.9, 0.1, 0.99, 0, 1 };
			double[] expected = new double[fractions.length];
			for (int i = 0; i < fractions.length; i++) {
				expected[i] = Statistics.quantileOfSorted(values, n, fractions[i]);
			}
			assertArrayEquals(expected, samples.quantiles(fractions), 1e-9, "n = " + n);
		}
	}

	@Test
	void mergedSamplesGiveTheQuantilesOfAllTheirValues() {
		IntSamples all = new IntSamples();
		IntSamples merged = new IntSamples();
		java.util.Random random = new java.util.Random(9);
		for (int part = 0; part < 7; part++) {
			IntSamples piece = new IntSamples();
			for (int i = 0; i < 1000 * part + 3; i++) {
				int value = random.nextInt(86_400);
				piece.add(value);
				all.add(value);
			}
			merged.addAll(piece);
			merged.add(part); // appending after a merge continues correctly
			all.add(part);
		}
		assertEquals(all.size(), merged.size());
		assertEquals(all.sum(), merged.sum());
		assertArrayEquals(all.quantiles(0.5, 0.9), merged.quantiles(0.5, 0.9), 0);
	}

	@Test
	void valuesAddedAfterQuantilesWereReadAndAfterMergesAreAllCounted() {
		IntSamples samples = new IntSamples();
		int[] expected = new int[200];
		for (int i = 0; i < 100; i++) {
			samples.add(i);
			expected[i] = i;
		}
		assertArrayEquals(new double[] { 49.5 }, samples.quantiles(0.5), 1e-12);
		IntSamples other = new IntSamples();
		for (int i = 100; i < 150; i++) {
			other.add(i);
			expected[i] = i;
		}
		samples.addAll(other);
		for (int i = 150; i < 200; i++) { // fills the merged chunk, then new ones
			samples.add(i);
			expected[i] = i;
		}
		assertEquals(200, samples.size());
		assertEquals(199 * 200 / 2, samples.sum());
		assertArrayEquals(new double[] { Statistics.quantileOfSorted(expected, 200, 0.5),
				Statistics.quantileOfSorted(expected, 200, 0.9), 0, 199 }, samples.quantiles(0.5, 0.9, 0, 1), 1e-12);
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
