package org.carelens.internal.reports.ui;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a person enters for one visit at a service counter, to be stored as the events of an in-person conversation
 * ({@link CounterVisitEvents}).
 *
 * @param id              the visit's own id, made once when the form opens: the events' ids derive from it, so that
 *                        saving the same visit twice stores it once
 * @param channelInstance the in-person channel instance (the counter or store)
 * @param customer        the customer id; blank when not given
 * @param customerName    the customer's name, if given
 * @param phone           the customer's phone number, if given
 * @param topic           the topic, if given
 * @param agent           the id of the agent who served the customer; blank when not given
 * @param start           when the agent started serving the customer
 * @param end             when the visit ended
 * @param outcome         how it ended
 * @param note            the agent's note, if any
 * @param surveyConsent   whether the customer agreed to be sent a satisfaction survey
 */
public record CounterVisit(String id, String channelInstance, String customer, Optional<String> customerName,
		Optional<String> phone, Optional<String> topic, String agent, Instant start, Instant end, Outcome outcome,
		Optional<String> note, boolean surveyConsent) {

	/** How a visit ended. */
	public enum Outcome {
		/** Solved at the counter: the conversation is resolved. */
		RESOLVED,
		/** To be followed up later: the conversation stays open. */
		FOLLOW_UP,
		/** Handed up a tier or to another team: escalated, and open. */
		ESCALATED
	}

	public CounterVisit {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(channelInstance, "channelInstance");
		Objects.requireNonNull(customer, "customer");
		customerName = present(customerName);
		phone = present(phone);
		topic = present(topic);
		Objects.requireNonNull(agent, "agent");
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		Objects.requireNonNull(outcome, "outcome");
		note = present(note);
	}

	/** Blank optional text is no text. */
	private static Optional<String> present(Optional<String> text) {
		return text.map(String::strip).filter(s -> !s.isEmpty());
	}
}
