package org.carelens.facts;

import java.time.Instant;
import java.util.Objects;

/**
 * A conversation against one SLA target: when it was due and how it stands.
 */
public record SlaCheck(Instant due, SlaOutcome outcome) {

	public SlaCheck {
		Objects.requireNonNull(due, "due");
		Objects.requireNonNull(outcome, "outcome");
	}

	/** @return whether the target is missed as of {@code at}: breached, or pending past its due time */
	public boolean missedAt(Instant at) {
		return outcome == SlaOutcome.BREACHED || (outcome == SlaOutcome.PENDING && at.isAfter(due));
	}
}
