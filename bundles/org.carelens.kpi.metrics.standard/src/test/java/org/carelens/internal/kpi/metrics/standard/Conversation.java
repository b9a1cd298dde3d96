package org.carelens.internal.kpi.metrics.standard;

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
import org.carelens.core.api.Priority;
import org.carelens.core.api.Stage;
import org.carelens.core.api.SurveyKind;

/**
 * Builds the events of one conversation as a timeline, times given in Vietnam's local time.
 */
final class Conversation {

	static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	private final String id;
	private final List<Event> events = new ArrayList<>();
	private int sequence;
	private Optional<String> team = Optional.empty();
	private Optional<String> topic = Optional.empty();
	private Optional<Stage> stage = Optional.empty();
	private Optional<String> policy = Optional.empty();
	private Optional<String> instance = Optional.empty();
	private Direction direction = Direction.INBOUND;

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

	/** Options of the opening, to be set before {@link #opened}. */
	Conversation team(String value) {
		team = Optional.of(value);
		return this;
	}

	Conversation topic(String value) {
		topic = Optional.of(value);
		return this;
	}

	Conversation stage(Stage value) {
		stage = Optional.of(value);
		return this;
	}

	Conversation policy(String value) {
		policy = Optional.of(value);
		return this;
	}

	Conversation instance(String value) {
		instance = Optional.of(value);
		return this;
	}

	Conversation outbound() {
		direction = Direction.OUTBOUND;
		return this;
	}

	Conversation opened(String at, ChannelKind channel, String customer) {
		EventHeader header = header(at).withChannel(channel).withCustomer(customer);
		header = team.map(header::withTeam).orElse(header);
		header = instance.map(header::withChannelInstance).orElse(header);
		events.add(new Event.ConversationOpened(header, direction, Optional.<Priority>empty(), stage, topic, policy));
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

	Conversation handoff(String at) {
		events.add(new Event.BotHandoff(header(at)));
		return this;
	}

	Conversation transferred(String at, String agent) {
		events.add(new Event.Transferred(header(at).withAgent(agent)));
		return this;
	}

	Conversation escalated(String at, String toTeam) {
		events.add(new Event.Escalated(header(at).withTeam(toTeam), Optional.of("2")));
		return this;
	}

	Conversation resolved(String at) {
		events.add(new Event.Resolved(header(at)));
		return this;
	}

	Conversation reopened(String at) {
		events.add(new Event.Reopened(header(at)));
		return this;
	}

	Conversation outcome(String at, String outcome) {
		events.add(new Event.Tagged(header(at), Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.of(outcome)));
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

	static Event order(String id, String at, String customer, String amount, Optional<String> margin) {
		return new Event.Order(EventHeader.of(id, vn(at)).withCustomer(customer), new BigDecimal(amount),
				Optional.of("VND"), margin.map(BigDecimal::new));
	}
}
