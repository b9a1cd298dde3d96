package org.carelens.kpi.api;

/**
 * The statistics METRICS.md prescribes: exact quantiles and 95% confidence intervals.
 */
public final class Statistics {

	/** The 97.5% quantile of the standard normal distribution: two-sided 95%. */
	public static final double Z95 = 1.959963984540054;

	/** METRICS.md: a survey value from fewer responses is flagged "low sample". */
	public static final int LOW_SAMPLE = 30;

	private Statistics() {
	}

	/**
	 * @return the {@code fraction} quantile of the first {@code size} values of a sorted array, interpolated linearly
	 *         between the closest ranks (quantile_cont)
	 */
	public static double quantileOfSorted(int[] sorted, int size, double fraction) {
		if (fraction < 0 || fraction > 1) {
			throw new IllegalArgumentException("a quantile is between 0 and 1, not " + fraction);
		}
		double position = fraction * (size - 1);
		int lower = (int) Math.floor(position);
		int upper = (int) Math.ceil(position);
		return sorted[lower] + (position - lower) * ((double) sorted[upper] - sorted[lower]);
	}

	/** @return the Wilson score interval {low, high} of {@code successes} out of {@code n} (n &gt; 0) */
	public static double[] wilson(long successes, long n) {
		double p = (double) successes / n;
		double z2 = Z95 * Z95;
		double denominator = 1 + z2 / n;
		double centre = (p + z2 / (2.0 * n)) / denominator;
		double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
		return new double[] { Math.max(0, centre - half), Math.min(1, centre + half) };
	}

	/**
	 * @return NPS ± 1.96·100·√(((p+d) − (p−d)²)/n), with p and d the promoter and detractor shares, as
	 *         {nps, low, high}
	 */
	public static double[] nps(long promoters, long detractors, long n) {
		double p = (double) promoters / n;
		double d = (double) detractors / n;
		double nps = 100 * (p - d);
		double half = Z95 * 100 * Math.sqrt(((p + d) - (p - d) * (p - d)) / n);
		return new double[] { nps, nps - half, nps + half };
	}

	/**
	 * @return mean ± 1.96·s/√n with s the sample standard deviation, as {mean, low, high}; the interval collapses
	 *         to the mean for one value
	 */
	public static double[] mean(double sum, double sumOfSquares, long n) {
		double mean = sum / n;
		double variance = n > 1 ? Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1)) : 0;
		double half = Z95 * Math.sqrt(variance / n);
		return new double[] { mean, mean - half, mean + half };
	}
}
