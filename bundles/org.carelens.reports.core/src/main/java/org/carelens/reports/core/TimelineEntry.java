package org.carelens.reports.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.carelens.core.api.EventType;

/**
 * One event of a conversation's timeline.
 *
 * @param at            when it happened
 * @param type          what happened
 * @param actor         who acted
 * @param who           the agent, reviewer or customer id when the event names one
 * @param detail        a value the event carries, as data: a topic, a tier, a score, "internal" for an internal note
 * @param sincePrevious time since the previous event (zero for the first)
 * @param sinceOpened   time since the conversation was opened (negative for an event before the opening)
 */
public record TimelineEntry(Instant at, EventType type, Actor actor, Optional<String> who, Optional<String> detail,
		Duration sincePrevious, Duration sinceOpened) {

	/** Who acted. */
	public enum Actor {
		CUSTOMER, AGENT, BOT, SYSTEM, REVIEWER
	}

	public TimelineEntry {
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(who, "who");
		Objects.requireNonNull(detail, "detail");
		Objects.requireNonNull(sincePrevious, "sincePrevious");
		Objects.requireNonNull(sinceOpened, "sinceOpened");
	}
}
