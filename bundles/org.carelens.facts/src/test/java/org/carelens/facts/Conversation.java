package org.carelens.facts;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.carelens.core.api.Author;
import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Direction;
import org.carelens.core.api.Event;
import org.carelens.core.api.EventHeader;
import org.carelens.core.api.Identity;
import org.carelens.core.api.IdentityKind;
import org.carelens.core.api.Priority;
import org.carelens.core.api.SurveyKind;

/**
 * Builds the events of one conversation as a timeline, times given in Vietnam's local time.
 */
final class Conversation {

	static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	private final String id;
	private final List<Event> events = new ArrayList<>();
	private int sequence;

	Conversation(String id) {
		this.id = id;
	}

	static Instant vn(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(VN).toInstant();
	}

	private EventHeader header(String at) {
		return EventHeader.of(id + "-" + (++sequence), vn(at)).withConversation(id);
	}

	List<Event> events() {
		return List.copyOf(events);
	}

	Conversation opened(String at, ChannelKind channel, String customer) {
		return opened(at, channel, customer, Optional.empty(), Optional.empty(), Optional.empty());
	}

	Conversation opened(String at, ChannelKind channel, String customer, Optional<String> topic,
			Optional<Priority> priority, Optional<String> slaPolicy) {
		events.add(new Event.ConversationOpened(header(at).withChannel(channel).withCustomer(customer),
				Direction.INBOUND, priority, Optional.empty(), topic, slaPolicy));
		return this;
	}

	Conversation openedByTeam(String at, ChannelKind channel, String customer, String team) {
		events.add(new Event.ConversationOpened(header(at).withChannel(channel).withCustomer(customer).withTeam(team),
				Direction.INBOUND, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
		return this;
	}

	Conversation customer(String at) {
		events.add(new Event.Message(header(at), Author.CUSTOMER, true));
		return this;
	}

	Conversation reply(String at, String agent) {
		events.add(new Event.Message(header(at).withAgent(agent), Author.AGENT, true));
		return this;
	}

	Conversation note(String at, String agent) {
		events.add(new Event.Message(header(at).withAgent(agent), Author.AGENT, false));
		return this;
	}

	Conversation bot(String at) {
		events.add(new Event.Message(header(at), Author.BOT, true));
		return this;
	}

	Conversation autoReply(String at) {
		events.add(new Event.Message(header(at), Author.SYSTEM, true));
		return this;
	}

	Conversation handoff(String at) {
		events.add(new Event.BotHandoff(header(at)));
		return this;
	}

	Conversation assigned(String at, String agent) {
		events.add(new Event.Assigned(header(at).withAgent(agent)));
		return this;
	}

	Conversation transferred(String at, String agent) {
		events.add(new Event.Transferred(header(at).withAgent(agent)));
		return this;
	}

	Conversation escalated(String at, String team) {
		events.add(new Event.Escalated(header(at).withTeam(team), Optional.of("2")));
		return this;
	}

	Conversation resolved(String at) {
		events.add(new Event.Resolved(header(at)));
		return this;
	}

	Conversation resolvedBy(String at, String agent) {
		events.add(new Event.Resolved(header(at).withAgent(agent)));
		return this;
	}

	Conversation reopened(String at) {
		events.add(new Event.Reopened(header(at)));
		return this;
	}

	Conversation topic(String at, String topic) {
		events.add(new Event.Tagged(header(at), Optional.of(topic), Optional.empty(), Optional.empty(), Optional.empty()));
		return this;
	}

	Conversation tagged(String at, Optional<String> topic, Optional<Priority> priority, Optional<String> outcome) {
		events.add(new Event.Tagged(header(at), topic, Optional.empty(), priority, outcome));
		return this;
	}

	Conversation queued(String at) {
		events.add(new Event.QueueEntered(header(at), Optional.of("q1")));
		return this;
	}

	Conversation answered(String at, String agent) {
		events.add(new Event.QueueAnswered(header(at).withAgent(agent)));
		return this;
	}

	Conversation abandoned(String at) {
		events.add(new Event.QueueAbandoned(header(at)));
		return this;
	}

	Conversation handle(String at, int talk, int hold, int wrap) {
		events.add(new Event.Handle(header(at), Duration.ofSeconds(talk), Duration.ofSeconds(hold),
				Duration.ofSeconds(wrap)));
		return this;
	}

	Conversation surveySent(String at, SurveyKind kind) {
		events.add(new Event.SurveySent(header(at), "s-" + kind.wire(), kind));
		return this;
	}

	Conversation rated(String at, SurveyKind kind, double score) {
		events.add(new Event.SurveyResponse(header(at), "s-" + kind.wire(), kind, score, Optional.empty()));
		return this;
	}

	Conversation reviewed(String at, double score, boolean criticalFailed) {
		events.add(new Event.QaReview(header(at), "qa-2026", score, criticalFailed, "sup-1"));
		return this;
	}

	static Event identity(String at, String customer, String... channelIds) {
		List<Identity> identities = new ArrayList<>();
		for (String channelId : channelIds) {
			identities.add(new Identity(IdentityKind.PHONE, channelId));
		}
		return new Event.CustomerIdentity(EventHeader.of("id-" + customer + "-" + at, vn(at)).withCustomer(customer),
				identities);
	}

	static Event order(String at, String customer) {
		return new Event.Order(EventHeader.of("o-" + at, vn(at)).withCustomer(customer), new BigDecimal("450000"),
				Optional.of("VND"), Optional.empty());
	}
}
