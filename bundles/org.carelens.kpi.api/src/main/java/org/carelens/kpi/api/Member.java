package org.carelens.kpi.api;

/**
 * A conversation behind a metric's value, as
 * {@link KpiEngine#members(FactTable, KpiQuery, String, java.util.function.BooleanSupplier)} lists it.
 *
 * @param row          the conversation's row in its table ({@link FactTable#rowOf(String)} finds it by id)
 * @param sample       its units in the sample ({@link Membership#sample(FactRow, int)}), over the attributions that
 *                     put it into the range
 * @param numerator    its units in the numerator
 * @param attributedAt the instant, epoch seconds, that put it into the range: the first of the metric's attributions
 *                     that did
 */
public record Member(int row, int sample, int numerator, long attributedAt) {

	/** What a conversation is to the value. */
	public enum Role {
		/** Counted in the numerator (resolved, within target, promoter, ...). */
		NUMERATOR,
		/** In the denominator or the sample only. */
		DENOMINATOR
	}

	public Role role() {
		return numerator > 0 ? Role.NUMERATOR : Role.DENOMINATOR;
	}
}
