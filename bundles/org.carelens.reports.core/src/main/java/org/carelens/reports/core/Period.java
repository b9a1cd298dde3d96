package org.carelens.reports.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A report period: the instants from {@link #from()} (inclusive) to {@link #to()} (exclusive), which is also the
 * report instant at which open conversations are judged.
 */
public record Period(Instant from, Instant to) {

	public Period {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (!to.isAfter(from)) {
			throw new IllegalArgumentException("a period ends (" + to + ") after it starts (" + from + ")");
		}
	}

	public Duration length() {
		return Duration.between(from, to);
	}

	/** @return the period of the same length that ends where this one starts, for "change against last period" */
	public Period previous() {
		return new Period(from.minus(length()), from);
	}
}
