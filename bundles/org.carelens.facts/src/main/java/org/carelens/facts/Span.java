package org.carelens.facts;

import java.time.Duration;
import java.util.Objects;

/**
 * A duration measured twice: on the wall clock, and in the business time of the conversation's SLA calendar
 * (equal to the wall clock when the conversation has no calendar).
 */
public record Span(Duration wallClock, Duration business) {

	public Span {
		Objects.requireNonNull(wallClock, "wallClock");
		Objects.requireNonNull(business, "business");
	}
}
