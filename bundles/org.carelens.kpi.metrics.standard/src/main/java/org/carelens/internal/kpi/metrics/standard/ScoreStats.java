package org.carelens.internal.kpi.metrics.standard;

/**
 * The mergeable state of a score: count, sum, sum of squares, and the counts of high (top box, promoters) and low
 * (detractors) answers.
 */
final class ScoreStats {

	long n;
	double sum;
	double sumOfSquares;
	long high;
	long low;

	void add(double score, boolean isHigh, boolean isLow) {
		n++;
		sum += score;
		sumOfSquares += score * score;
		high += isHigh ? 1 : 0;
		low += isLow ? 1 : 0;
	}

	void add(ScoreStats other) {
		n += other.n;
		sum += other.sum;
		sumOfSquares += other.sumOfSquares;
		high += other.high;
		low += other.low;
	}
}
