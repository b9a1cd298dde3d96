package org.carelens.internal.kpi.metrics.standard;

import java.util.Optional;

import org.carelens.kpi.api.FactRow;
import org.carelens.kpi.api.Membership;

/**
 * The memberships the standard metrics share, built from the same row tests and values as their aggregators so
 * that a drill-down lists exactly the conversations a value counts.
 */
final class Members {

	private static final Optional<String> DEN = Optional.of("den");
	private static final Optional<String> N = Optional.of("n");

	private Members() {
	}

	/** A rate: the denominator's rows, those passing the numerator's test among them; adds up to {@code den}. */
	static Membership rate(RowTest denominator, RowTest numerator) {
		return new Tests(row -> denominator.test(row) ? 1 : 0,
				row -> denominator.test(row) && numerator.test(row) ? 1 : 0, DEN);
	}

	/** A duration: the rows that have it; adds up to {@code n}. */
	static Membership duration(RowValue value) {
		return new Tests(row -> value.of(row) == FactRow.NONE ? 0 : 1, row -> 0, N);
	}

	/** A count: the counted rows, each in the numerator too; adds up to {@code value}. */
	static Membership count(RowTest counted) {
		return new Tests(row -> counted.test(row) ? 1 : 0, row -> counted.test(row) ? 1 : 0,
				Optional.of("value"));
	}

	/**
	 * The group's conversations, for a metric whose value counts customers or orders rather than conversations: the
	 * list shows whom the value is about, its length is not the value's sample.
	 */
	static Membership group(RowTest numerator) {
		return new Tests(row -> 1, row -> numerator.test(row) ? 1 : 0, Optional.empty());
	}

	/** Units of a row. */
	@FunctionalInterface
	interface Units {
		int of(FactRow row);
	}

	/** A membership whose units do not depend on the attribution. */
	record Tests(Units sample, Units numerator, Optional<String> sampleField) implements Membership {

		@Override
		public int sample(FactRow row, int attribution) {
			return sample.of(row);
		}

		@Override
		public int numerator(FactRow row, int attribution) {
			return numerator.of(row);
		}
	}
}
