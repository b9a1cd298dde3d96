package org.carelens.reports.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.carelens.facts.SlaOutcome;

/**
 * A conversation's events in order, with the due times of its SLA policy, or why there are none.
 *
 * @param status       how the read ended
 * @param reason       for {@code FAILED}, what went wrong (the workspace in use elsewhere, ...)
 * @param conversation the conversation asked for
 * @param policy       the SLA policy the conversation falls under, if any
 * @param dues         the due times of that policy's targets for this conversation
 * @param entries      the events, by instant, ties in the order they were stored
 */
public record TimelineResponse(Status status, Optional<String> reason, String conversation, Optional<String> policy,
		List<Due> dues, List<TimelineEntry> entries) {

	/** How a timeline read ended. */
	public enum Status {
		COMPLETED,
		/** The store has no such conversation. */
		UNKNOWN, FAILED, CANCELLED
	}

	/** Which target of an SLA policy a due time is for. */
	public enum Target {
		FIRST_RESPONSE, NEXT_REPLY, RESOLUTION
	}

	/**
	 * A due time of the conversation's SLA policy.
	 *
	 * @param outcome met, breached, or pending (open, judged at the report instant)
	 */
	public record Due(Target target, Instant due, SlaOutcome outcome) {

		public Due {
			Objects.requireNonNull(target, "target");
			Objects.requireNonNull(due, "due");
			Objects.requireNonNull(outcome, "outcome");
		}
	}

	public TimelineResponse {
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(conversation, "conversation");
		Objects.requireNonNull(policy, "policy");
		dues = List.copyOf(dues);
		entries = List.copyOf(entries);
	}

	static TimelineResponse of(Status status, String conversation, Optional<String> reason) {
		return new TimelineResponse(status, reason, conversation, Optional.empty(), List.of(), List.of());
	}
}
