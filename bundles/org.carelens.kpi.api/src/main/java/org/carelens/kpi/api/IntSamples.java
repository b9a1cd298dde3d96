package org.carelens.kpi.api;

import java.util.Arrays;

/**
 * Every value of a statistic (durations in seconds), kept so that quantiles are exact: the mergeable state of a
 * duration metric. Merging concatenates; quantiles interpolate linearly between closest ranks, as DuckDB's
 * {@code quantile_cont} and PostgreSQL's {@code percentile_cont} do.
 */
public final class IntSamples {

	private int[] values = new int[16];
	private int size;
	private long sum;

	public void add(long value) {
		if (value < 0 || value > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("a duration of " + value + " s is out of range");
		}
		if (size == values.length) {
			values = Arrays.copyOf(values, size * 2);
		}
		values[size++] = (int) value;
		sum += value;
	}

	public void addAll(IntSamples other) {
		if (size + other.size > values.length) {
			values = Arrays.copyOf(values, Math.max(size + other.size, size * 2));
		}
		System.arraycopy(other.values, 0, values, size, other.size);
		size += other.size;
		sum += other.sum;
	}

	public int size() {
		return size;
	}

	public long sum() {
		return sum;
	}

	/** @return the mean; NaN when empty */
	public double mean() {
		return size == 0 ? Double.NaN : (double) sum / size;
	}

	/**
	 * @param fractions quantiles wanted, each in [0, 1]
	 * @return the exact quantiles; sorts the values in place
	 */
	public double[] quantiles(double... fractions) {
		if (size == 0) {
			throw new IllegalStateException("no values");
		}
		Arrays.sort(values, 0, size);
		double[] result = new double[fractions.length];
		for (int i = 0; i < fractions.length; i++) {
			result[i] = Statistics.quantileOfSorted(values, size, fractions[i]);
		}
		return result;
	}
}
