package org.carelens.facts;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The waiting queue of a call or chat: when it entered, was answered or left.
 *
 * @param waitTime    entered to answered
 * @param abandoned   whether the contact left the queue unanswered
 * @param abandonWait entered to abandoned, to tell short abandons
 */
public record QueueFacts(Optional<Instant> entered, Optional<Instant> answered, Optional<Duration> waitTime,
		boolean abandoned, Optional<Duration> abandonWait) {

	public static final QueueFacts NONE = new QueueFacts(Optional.empty(), Optional.empty(), Optional.empty(), false,
			Optional.empty());

	public QueueFacts {
		Objects.requireNonNull(entered, "entered");
		Objects.requireNonNull(answered, "answered");
		Objects.requireNonNull(waitTime, "waitTime");
		Objects.requireNonNull(abandonWait, "abandonWait");
	}
}
