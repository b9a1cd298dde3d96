package org.carelens.internal.reports.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Direction;
import org.carelens.core.api.Event;
import org.carelens.core.api.EventHeader;
import org.carelens.core.api.Identity;
import org.carelens.core.api.IdentityKind;
import org.carelens.core.api.channel.ChannelInstance;
import org.carelens.core.api.org.Agent;
import org.carelens.core.api.workspace.WorkspaceConfig;
import org.carelens.internal.core.json.JsonWriter;

/**
 * Turns a counter visit into the events of an in-person conversation, as the demo data and METRICS.md's voice
 * convention do for contacts without written messages: {@code conversation.opened} when the agent starts serving the
 * customer, {@code assigned} to that agent, one {@code handle} with the time spent, then {@code resolved},
 * {@code escalated} or, for a follow-up, {@code tagged} with outcome {@code follow_up} (the conversation stays open).
 * A phone number adds a {@code customer.identity}. Every id derives from the visit's id, so that storing the same visit
 * again stores nothing new. UI-free: the form shows the {@link Problem}s in its own words.
 */
public final class CounterVisitEvents {

	/** The outcome a follow-up is tagged with. */
	public static final String FOLLOW_UP = "follow_up";
	/** Extension fields of {@code conversation.opened} for what EVENTS.md has no field for. */
	public static final String CUSTOMER_NAME = "customer_name";
	public static final String NOTE = "note";
	public static final String SURVEY_CONSENT = "survey_consent";

	/** A reason the visit cannot be stored. */
	public enum Problem {
		/** No in-person channel instance chosen, or one the workspace does not have. */
		UNKNOWN_CHANNEL,
		/** No customer id. */
		NO_CUSTOMER,
		/** No agent, or one the organisation does not have. */
		UNKNOWN_AGENT,
		/** The end is before the start. */
		END_BEFORE_START,
		/** The visit ends in the future. */
		IN_THE_FUTURE
	}

	private CounterVisitEvents() {
	}

	/** @return what is wrong with {@code visit} in the workspace {@code config}, in the order of the form; empty when it can be stored */
	public static List<Problem> problems(CounterVisit visit, WorkspaceConfig config, Instant now) {
		List<Problem> problems = new ArrayList<>();
		ChannelInstance channel = config.channels().get(visit.channelInstance());
		if (channel == null || channel.kind() != ChannelKind.IN_PERSON) {
			problems.add(Problem.UNKNOWN_CHANNEL);
		}
		if (visit.customer().isBlank()) {
			problems.add(Problem.NO_CUSTOMER);
		}
		if (config.organization().agent(visit.agent()).isEmpty()) {
			problems.add(Problem.UNKNOWN_AGENT);
		}
		if (visit.end().isBefore(visit.start())) {
			problems.add(Problem.END_BEFORE_START);
		}
		if (visit.end().isAfter(now)) {
			problems.add(Problem.IN_THE_FUTURE);
		}
		return List.copyOf(problems);
	}

	/**
	 * @return the events of {@code visit}, sorted by time
	 * @throws IllegalArgumentException naming the first {@link #problems problem} when there is one
	 */
	public static List<Event> events(CounterVisit visit, WorkspaceConfig config, Instant now) {
		List<Problem> problems = problems(visit, config, now);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("counter visit " + visit.id() + ": " + problems);
		}
		Agent agent = config.organization().agent(visit.agent()).orElseThrow();
		String conversation = "visit-" + visit.id();
		String customer = visit.customer().strip();
		List<Event> events = new ArrayList<>();
		visit.phone().ifPresent(phone -> events.add(new Event.CustomerIdentity(
				EventHeader.of(conversation + "-identity", visit.start()).withCustomer(customer),
				List.of(new Identity(IdentityKind.PHONE, phone)))));
		EventHeader opened = new EventHeader(conversation + "-opened", visit.start(), Optional.of(conversation),
				Optional.of(customer), Optional.of(ChannelKind.IN_PERSON), Optional.of(visit.channelInstance()),
				Optional.empty(), Optional.empty(), extensions(visit));
		events.add(new Event.ConversationOpened(opened, Direction.INBOUND, Optional.empty(), Optional.empty(),
				visit.topic(), Optional.empty()));
		EventHeader assigned = header(conversation, "assigned", visit.start()).withAgent(agent.id());
		events.add(new Event.Assigned(agent.team().map(assigned::withTeam).orElse(assigned)));
		events.add(new Event.Handle(header(conversation, "handle", visit.end()).withAgent(agent.id()),
				Duration.between(visit.start(), visit.end()), Duration.ZERO, Duration.ZERO));
		events.add(switch (visit.outcome()) {
		case RESOLVED -> new Event.Resolved(header(conversation, "resolved", visit.end()).withAgent(agent.id()));
		case ESCALATED -> new Event.Escalated(header(conversation, "escalated", visit.end()), Optional.empty());
		case FOLLOW_UP -> new Event.Tagged(header(conversation, "follow-up", visit.end()), Optional.empty(),
				Optional.empty(), Optional.empty(), Optional.of(FOLLOW_UP));
		});
		return List.copyOf(events);
	}

	private static EventHeader header(String conversation, String what, Instant at) {
		return EventHeader.of(conversation + "-" + what, at).withConversation(conversation);
	}

	private static Map<String, String> extensions(CounterVisit visit) {
		Map<String, String> extensions = new LinkedHashMap<>();
		visit.customerName().ifPresent(name -> extensions.put(CUSTOMER_NAME, json(name)));
		visit.note().ifPresent(note -> extensions.put(NOTE, json(note)));
		extensions.put(SURVEY_CONSENT, Boolean.toString(visit.surveyConsent()));
		return extensions;
	}

	/** @return {@code text} as a JSON string, as the header keeps extension fields (raw JSON text) */
	private static String json(String text) {
		StringBuilder json = new StringBuilder();
		JsonWriter.quote(json, text);
		return json.toString();
	}
}
