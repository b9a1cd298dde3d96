package org.carelens.kpi.api;

import java.util.Optional;

/**
 * Which conversations stand behind a metric's value, row by row: how much a row counts in the metric's sample (a
 * rate's denominator, a duration's or score's n) and in its numerator. A drill-down lists the rows with a share in
 * either, so that "38 of 412" can be followed to the 412 conversations and the 38 among them.
 * <p>
 * Asked with the same rows and attribution indexes as {@link Aggregator#accumulate(FactRow, int)}: summed over the
 * rows of a group, {@link #sample} equals the value's {@link #sampleField()} and {@link #numerator} its {@code num}
 * field when it has one (the contract tests check both).
 */
public interface Membership {

	/**
	 * @return how many units of the sample the row makes: 1 for a conversation in a rate's denominator or with a
	 *         duration, the number of reply runs for reply times, 0 when it is not in the sample
	 */
	int sample(FactRow row, int attribution);

	/** @return how many units of the numerator the row makes (0 for a metric without one, a duration) */
	int numerator(FactRow row, int attribution);

	/**
	 * @return the field of the {@link MetricValue} that the sample units add up to ({@code den}, {@code n},
	 *         {@code created}, {@code value} of a count); empty when the value counts something else than
	 *         conversations (distinct customers, orders), so that the listed conversations are the group's but their
	 *         number is not the value's
	 */
	Optional<String> sampleField();
}
