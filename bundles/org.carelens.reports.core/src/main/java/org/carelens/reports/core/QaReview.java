package org.carelens.reports.core;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.carelens.core.api.Event;
import org.carelens.core.api.EventHeader;
import org.carelens.internal.core.json.JsonWriter;

/**
 * A finished QA review of one conversation, before it is recorded: what its {@code qa.review} event says (EVENTS.md).
 *
 * @param conversation the conversation reviewed
 * @param scorecard    the scorecard's id
 * @param result       the scorecard's result ({@link QaAnswers#result()})
 * @param reviewer     who reviewed, not blank
 * @param comment      the reviewer's comment, if any (the event's {@code comment}, a field EVENTS.md leaves open)
 * @param at           when the review was made: with the conversation, scorecard and reviewer, it makes the event's
 *                     id, so that saving the same review again (after the store was busy) stores it once
 */
public record QaReview(String conversation, String scorecard, QaAnswers.Result result, String reviewer,
		Optional<String> comment, Instant at) {

	/** The longest comment kept: a few paragraphs, not a transcript. */
	public static final int MAX_COMMENT = 4_000;
	static final String COMMENT_FIELD = "comment";

	public QaReview {
		Objects.requireNonNull(conversation, "conversation");
		Objects.requireNonNull(scorecard, "scorecard");
		Objects.requireNonNull(result, "result");
		Objects.requireNonNull(at, "at");
		if (reviewer == null || reviewer.isBlank()) {
			throw new IllegalArgumentException("a QA review of conversation '" + conversation + "' needs a reviewer");
		}
		reviewer = reviewer.strip();
		comment = comment.map(String::strip).filter(c -> !c.isEmpty());
		if (comment.map(String::length).orElse(0) > MAX_COMMENT) {
			throw new IllegalArgumentException("the comment on the QA review of conversation '" + conversation
					+ "' has " + comment.get().length() + " characters; at most " + MAX_COMMENT + " are kept");
		}
	}

	/** @return the event id: the same for the same review, different for any other */
	public String eventId() {
		String key = String.join("\n", conversation, scorecard, reviewer, at.toString());
		return "qa-" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
	}

	/** @return the {@code qa.review} event that records the review */
	public Event.QaReview event() {
		EventHeader header = EventHeader.of(eventId(), at).withConversation(conversation);
		if (comment.isPresent()) {
			StringBuilder json = new StringBuilder();
			JsonWriter.quote(json, comment.get());
			header = new EventHeader(header.id(), header.at(), header.conversation(), header.customer(),
					header.channel(), header.channelInstance(), header.agent(), header.team(),
					Map.of(COMMENT_FIELD, json.toString()));
		}
		return new Event.QaReview(header, scorecard, result.points(), result.criticalFailed(), reviewer);
	}
}
