package org.carelens.core.api;

import java.util.Locale;

/**
 * The kinds of satisfaction survey, each with the range of its score.
 */
public enum SurveyKind implements WireValue {
	/** Customer satisfaction, 1–5. */
	CSAT(1, 5, true),
	/** Net Promoter Score question, 0–10. */
	NPS(0, 10, true),
	/** Customer effort, 1–7 (7 = very easy). */
	CES(1, 7, true),
	/** Weighted satisfaction index, 0–100. */
	CSI(0, 100, false);

	private final int min;
	private final int max;
	private final boolean wholeNumbers;

	SurveyKind(int min, int max, boolean wholeNumbers) {
		this.min = min;
		this.max = max;
		this.wholeNumbers = wholeNumbers;
	}

	public int min() {
		return min;
	}

	public int max() {
		return max;
	}

	/** @return whether a score of this kind must be a whole number */
	public boolean wholeNumbers() {
		return wholeNumbers;
	}

	/** @return whether {@code score} is a valid answer to a survey of this kind */
	public boolean accepts(double score) {
		return score >= min && score <= max && (!wholeNumbers || score == Math.rint(score));
	}

	@Override
	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}
}
