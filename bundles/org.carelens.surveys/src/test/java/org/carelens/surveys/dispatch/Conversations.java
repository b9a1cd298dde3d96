package org.carelens.surveys.dispatch;

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
import org.carelens.facts.ConversationFact;
import org.carelens.facts.EventsByConversation;
import org.carelens.facts.FactBook;
import org.carelens.facts.FactContext;

/**
 * Conversations for dispatch tests, folded from events as in production; times in Vietnam's local time.
 */
public final class Conversations {

	public static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	private final String id;
	private final List<Event> events = new ArrayList<>();
	private int sequence;

	private Conversations(String id) {
		this.id = id;
	}

	public static Instant vn(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(VN).toInstant();
	}

	/** An inbound conversation of {@code customer}: opened and a customer message at {@code at}, an agent reply. */
	public static Conversations opened(String id, String customer, ChannelKind channel, String at) {
		return opened(id, customer, channel, at, Direction.INBOUND, Optional.empty());
	}

	/** An inbound conversation on the channel instance {@code instance}. */
	public static Conversations opened(String id, String customer, ChannelKind channel, String instance, String at) {
		Conversations c = new Conversations(id);
		c.events.add(new Event.ConversationOpened(
				c.header(at).withChannel(channel).withChannelInstance(instance).withCustomer(customer),
				Direction.INBOUND, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
		c.events.add(new Event.Message(c.header(at), Author.CUSTOMER, true));
		c.events.add(new Event.Message(c.header(at).withAgent("ag1"), Author.AGENT, true));
		return c;
	}

	static Conversations opened(String id, String customer, ChannelKind channel, String at, Direction direction,
			Optional<String> topic) {
		Conversations c = new Conversations(id);
		c.events.add(new Event.ConversationOpened(c.header(at).withChannel(channel).withCustomer(customer), direction,
				Optional.empty(), Optional.empty(), topic, Optional.empty()));
		if (direction == Direction.INBOUND) {
			c.events.add(new Event.Message(c.header(at), Author.CUSTOMER, true));
		}
		c.events.add(new Event.Message(c.header(at).withAgent("ag1"), Author.AGENT, true));
		return c;
	}

	/** Opened by the system with no customer message: nobody real took part. */
	static Conversations silent(String id, String customer, ChannelKind channel, String at) {
		Conversations c = new Conversations(id);
		c.events.add(new Event.ConversationOpened(c.header(at).withChannel(channel).withCustomer(customer),
				Direction.INBOUND, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
		return c;
	}

	public Conversations resolved(String at) {
		events.add(new Event.Resolved(header(at)));
		return this;
	}

	public Conversations reopened(String at) {
		events.add(new Event.Reopened(header(at)));
		return this;
	}

	/** @return the conversation's events so far */
	public List<Event> events() {
		return List.copyOf(events);
	}

	private EventHeader header(String at) {
		return EventHeader.of(id + "-" + (++sequence), vn(at)).withConversation(id);
	}

	public ConversationFact fact() {
		EventsByConversation byConversation = new EventsByConversation();
		byConversation.addAll(events);
		FactBook book = new FactBook(FactContext.EMPTY);
		book.apply(events, byConversation::eventsOf);
		return book.fact(id).orElseThrow();
	}
}
