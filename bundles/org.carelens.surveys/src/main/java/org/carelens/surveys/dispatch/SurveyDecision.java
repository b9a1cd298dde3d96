package org.carelens.surveys.dispatch;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;

/**
 * What the dispatch policy decided for one conversation and one survey: to send at a time, or to skip, and why.
 *
 * @param survey       the survey id
 * @param conversation the conversation that triggered it
 * @param customerKey  the customer across channels, whom caps and rest periods count by
 * @param channel      the conversation's channel, which the survey goes out on
 * @param trigger      when the trigger happened (resolution, or the end of the closing wait)
 * @param decidedAt    when the decision was taken
 * @param sendAt       when to send; present exactly when the decision is to send
 * @param reason       why not; present exactly when the decision is to skip
 * @param detail       for people: the numbers behind the decision (rate, last survey, count in 30 days...)
 */
public record SurveyDecision(String survey, String conversation, String customerKey, ChannelKind channel,
		Instant trigger, Instant decidedAt, Optional<Instant> sendAt, Optional<SkipReason> reason, String detail) {

	public SurveyDecision {
		Objects.requireNonNull(survey, "survey");
		Objects.requireNonNull(conversation, "conversation");
		Objects.requireNonNull(customerKey, "customerKey");
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(trigger, "trigger");
		Objects.requireNonNull(decidedAt, "decidedAt");
		Objects.requireNonNull(detail, "detail");
		if (sendAt.isPresent() == reason.isPresent()) {
			throw new IllegalArgumentException("a decision either sends at a time or skips for a reason");
		}
	}

	static SurveyDecision send(Candidate candidate, Instant decidedAt, Instant sendAt, String detail) {
		return new SurveyDecision(candidate.survey(), candidate.conversation(), candidate.customerKey(),
				candidate.channel(), candidate.trigger(), decidedAt, Optional.of(sendAt), Optional.empty(), detail);
	}

	static SurveyDecision skip(Candidate candidate, Instant decidedAt, SkipReason reason, String detail) {
		return new SurveyDecision(candidate.survey(), candidate.conversation(), candidate.customerKey(),
				candidate.channel(), candidate.trigger(), decidedAt, Optional.empty(), Optional.of(reason), detail);
	}

	public boolean sends() {
		return sendAt.isPresent();
	}

	/** A conversation due for a survey: who, on which channel, since when. */
	record Candidate(String survey, String conversation, String customerKey, ChannelKind channel, Instant trigger) {
	}
}
