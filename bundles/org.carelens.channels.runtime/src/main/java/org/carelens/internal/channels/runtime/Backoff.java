package org.carelens.internal.channels.runtime;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait before the next attempt after failures in a row: doubling from {@code first}, at most {@code max}.
 */
public record Backoff(Duration first, Duration max) {

	public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));

	public Backoff {
		Objects.requireNonNull(first, "first");
		Objects.requireNonNull(max, "max");
		if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
			throw new IllegalArgumentException("back-off from " + first + " up to " + max);
		}
	}

	/** @param failures failed attempts in a row, at least 1 */
	public Duration delay(int failures) {
		Duration delay = first;
		for (int i = 1; i < failures && delay.compareTo(max) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return delay.compareTo(max) > 0 ? max : delay;
	}
}
