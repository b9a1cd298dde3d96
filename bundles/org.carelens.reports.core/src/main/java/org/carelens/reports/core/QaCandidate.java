package org.carelens.reports.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;
import org.carelens.facts.ConversationFact;

/**
 * A conversation that a QA sample may take: whom it is credited to and whether it was reviewed already.
 *
 * @param conversation the conversation id
 * @param agent        the agent who owned it at resolution (whom its review is credited to); empty for none
 * @param team         that agent's team
 * @param channel      its channel
 * @param opened       when it was opened
 * @param reviewed     whether a QA review of it is stored
 */
public record QaCandidate(String conversation, Optional<String> agent, Optional<String> team, ChannelKind channel,
		Instant opened, boolean reviewed) {

	public QaCandidate {
		Objects.requireNonNull(conversation, "conversation");
		Objects.requireNonNull(agent, "agent");
		Objects.requireNonNull(team, "team");
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(opened, "opened");
	}

	/** @return the candidate a stored fact describes */
	public static QaCandidate of(ConversationFact fact) {
		return new QaCandidate(fact.conversation(), fact.owner().agent(), fact.owner().team(), fact.channel(),
				fact.timeline().opened(), fact.qa().isPresent());
	}

	/** @return the same conversation, now reviewed */
	public QaCandidate asReviewed() {
		return new QaCandidate(conversation, agent, team, channel, opened, true);
	}
}
