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
	 * @return the exact quantiles; reorders the values (selection, not a full sort)
	 */
	public double[] quantiles(double... fractions) {
		if (size == 0) {
			throw new IllegalStateException("no values");
		}
		// the ranks each quantile interpolates between, selected in ascending order so that each selection only
		// looks right of the previous one
		int[] ranks = new int[2 * fractions.length];
		for (int i = 0; i < fractions.length; i++) {
			if (fractions[i] < 0 || fractions[i] > 1) {
				throw new IllegalArgumentException("a quantile is between 0 and 1, not " + fractions[i]);
			}
			double position = fractions[i] * (size - 1);
			ranks[2 * i] = (int) Math.floor(position);
			ranks[2 * i + 1] = (int) Math.ceil(position);
		}
		int[] ascending = ranks.clone();
		Arrays.sort(ascending);
		int from = 0;
		for (int rank : ascending) {
			if (rank >= from) {
				select(values, from, size - 1, rank);
				from = rank + 1;
			}
		}
		double[] result = new double[fractions.length];
		for (int i = 0; i < fractions.length; i++) {
			double position = fractions[i] * (size - 1);
			int lower = ranks[2 * i];
			int upper = ranks[2 * i + 1];
			result[i] = values[lower] + (position - lower) * ((double) values[upper] - values[lower]);
		}
		return result;
	}

	/** Puts the value of rank {@code k} at {@code k}, smaller ones left of it, larger right (quickselect). */
	private static void select(int[] a, int left, int right, int k) {
		while (right - left > 16) {
			int middle = (left + right) >>> 1;
			// median of three as pivot, moved to right
			if (a[middle] < a[left]) {
				swap(a, middle, left);
			}
			if (a[right] < a[left]) {
				swap(a, right, left);
			}
			if (a[middle] < a[right]) {
				swap(a, middle, right);
			}
			int pivot = a[right];
			int i = left - 1;
			int j = right;
			while (true) {
				do {
					i++;
				} while (a[i] < pivot);
				do {
					j--;
				} while (j > left && a[j] > pivot);
				if (i >= j) {
					break;
				}
				swap(a, i, j);
			}
			swap(a, i, right);
			if (k == i) {
				return;
			}
			if (k < i) {
				right = i - 1;
			} else {
				left = i + 1;
			}
		}
		Arrays.sort(a, left, right + 1);
	}

	private static void swap(int[] a, int i, int j) {
		int t = a[i];
		a[i] = a[j];
		a[j] = t;
	}
}
