package org.carelens.facts;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Direction;
import org.carelens.core.api.Priority;
import org.carelens.core.api.Stage;
import org.carelens.core.api.SurveyKind;

/**
 * Everything the metrics need to know about one conversation, folded from its events as METRICS.md defines.
 *
 * @param customer               the customer id as the channel knows it
 * @param customerKey            the customer across channels: the id that {@code customer.identity} events link
 *                               {@code customer} to, else {@code customer}
 * @param stage                  the latest stage
 * @param topic                  the latest topic
 * @param priority               the latest priority
 * @param outcome                the latest outcome, e.g. {@code converted}
 * @param surveys                the latest answer per kind of survey
 * @param surveysSent            surveys delivered per kind
 * @param resolved               whether the conversation is resolved now (and not reopened since)
 * @param firstContactResolution whether a resolved conversation needed one contact: no reopen, transfer or
 *                               escalation, and no other conversation of the same customer on the same topic within
 *                               the FCR window; false while unresolved
 */
public record ConversationFact(String conversation, ChannelKind channel, Optional<String> channelInstance,
		Direction direction, String customer, String customerKey, Optional<Stage> stage, Optional<String> topic,
		Optional<Priority> priority, Optional<String> outcome, Ownership owner, Timeline timeline, Durations durations,
		SlaStatus sla, Counts counts, QueueFacts queue, Handling handling, Map<SurveyKind, SurveyScore> surveys,
		Map<SurveyKind, Integer> surveysSent, Optional<QaResult> qa, boolean resolved,
		boolean firstContactResolution) {

	public ConversationFact {
		Objects.requireNonNull(conversation, "conversation");
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(customer, "customer");
		Objects.requireNonNull(customerKey, "customerKey");
		surveys = Map.copyOf(surveys);
		surveysSent = Map.copyOf(surveysSent);
	}

	/** @return whether the conversation, taken alone, needed one contact: resolved, no reopen, transfer or escalation */
	public boolean singleContact() {
		return resolved && counts.reopens() == 0 && counts.transfers() == 0 && counts.escalations() == 0;
	}

	public ConversationFact withFirstContactResolution(boolean fcr) {
		return fcr == firstContactResolution ? this
				: new ConversationFact(conversation, channel, channelInstance, direction, customer, customerKey, stage,
						topic, priority, outcome, owner, timeline, durations, sla, counts, queue, handling, surveys,
						surveysSent, qa, resolved, fcr);
	}

	public ConversationFact withCustomerKey(String key) {
		return key.equals(customerKey) ? this
				: new ConversationFact(conversation, channel, channelInstance, direction, customer, key, stage, topic,
						priority, outcome, owner, timeline, durations, sla, counts, queue, handling, surveys,
						surveysSent, qa, resolved, firstContactResolution);
	}
}
