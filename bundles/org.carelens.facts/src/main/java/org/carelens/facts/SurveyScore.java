package org.carelens.facts;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The latest answer of a conversation's customer to one kind of survey, credited to the agent who owned the
 * conversation when it was given.
 */
public record SurveyScore(double score, Instant at, Optional<String> agent, Optional<String> comment) {

	public SurveyScore {
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(agent, "agent");
		Objects.requireNonNull(comment, "comment");
	}
}
