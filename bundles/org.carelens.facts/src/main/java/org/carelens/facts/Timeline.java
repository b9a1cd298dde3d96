package org.carelens.facts;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The instants that matter in a conversation.
 *
 * @param opened          creation
 * @param episodeStart    when the first-response clock started: creation, or the latest bot hand-off before the
 *                        first response (before now, while unanswered)
 * @param firstResponse   the first public reply by an agent (on voice: the answer of the call)
 * @param firstResolution the first resolution
 * @param lastResolution  the latest resolution
 * @param closed          the latest resolution, while the conversation is resolved (not reopened since)
 */
public record Timeline(Instant opened, Instant episodeStart, Optional<Instant> firstResponse,
		Optional<Instant> firstResolution, Optional<Instant> lastResolution, Optional<Instant> closed) {

	public Timeline {
		Objects.requireNonNull(opened, "opened");
		Objects.requireNonNull(episodeStart, "episodeStart");
		Objects.requireNonNull(firstResponse, "firstResponse");
		Objects.requireNonNull(firstResolution, "firstResolution");
		Objects.requireNonNull(lastResolution, "lastResolution");
		Objects.requireNonNull(closed, "closed");
	}
}
