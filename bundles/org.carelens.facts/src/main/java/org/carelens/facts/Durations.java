package org.carelens.facts;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The durations of a conversation, each on the wall clock and in business time.
 *
 * @param firstResponse   episode start to first response; empty while unanswered
 * @param firstResolution creation to first resolution
 * @param resolution      creation to the latest resolution, while resolved; empty while open or reopened
 * @param replies         after the first response, each run of customer messages to the agent reply that ends it
 */
public record Durations(Optional<Span> firstResponse, Optional<Span> firstResolution, Optional<Span> resolution,
		List<Span> replies) {

	public Durations {
		Objects.requireNonNull(firstResponse, "firstResponse");
		Objects.requireNonNull(firstResolution, "firstResolution");
		Objects.requireNonNull(resolution, "resolution");
		replies = List.copyOf(replies);
	}
}
