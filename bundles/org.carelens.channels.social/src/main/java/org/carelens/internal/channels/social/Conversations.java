package org.carelens.internal.channels.social;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.api.OutboundMessage;
import org.carelens.core.api.Author;
import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Direction;
import org.carelens.core.api.Event;
import org.carelens.core.api.EventHeader;

/**
 * Makes the events of a messaging thread: every event goes to the conversation its {@link Threads thread} has open,
 * and comes with that conversation's {@code conversation.opened}. The opening is the same event (same id, same
 * fields) every time, so the store keeps it once, and a conversation is opened whichever of its deliveries arrives
 * first or is retried.
 */
final class Conversations {

	private final String instance;
	private final Threads threads;

	/** @param instance the channel instance: it prefixes every id and is the events' {@code channel_instance} */
	Conversations(String instance, Threads threads) {
		this.instance = instance;
		this.threads = threads;
	}

	/** @return the CareLens customer id of a thread key: {@code <instance>:<page or OA id>:<user id>} */
	String customer(String key) {
		return instance + ":" + key;
	}

	/** @return the thread key of a customer id made by {@link #customer}, if it is one of this instance's */
	Optional<String> key(String customer) {
		String prefix = instance + ":";
		return customer.startsWith(prefix) ? Optional.of(customer.substring(prefix.length())) : Optional.empty();
	}

	/**
	 * @param maxText the platform's limit on a text message
	 * @return the thread key of a message's recipient (a customer id of this instance, or a bare user id)
	 * @throws ConnectorException when the text is longer than the platform takes
	 */
	String recipientKey(OutboundMessage message, int maxText, String platform) throws ConnectorException {
		String key = key(message.recipient()).orElse(message.recipient());
		if (message.text().length() > maxText) {
			throw new ConnectorException("the message to " + platform + " user " + user(key) + " has "
					+ message.text().length() + " characters; " + platform + " takes at most " + maxText);
		}
		return key;
	}

	/** @return the platform's user id of a thread key */
	static String user(String key) {
		return key.substring(key.lastIndexOf(':') + 1);
	}

	/**
	 * @param key    the thread: page (or OA) id and user id, joined by ':'
	 * @param id     the event id, made from the platform's own id of the message
	 * @param agent  the agent of an agent's message
	 * @return the message and its conversation's opening
	 */
	List<Event> message(String key, Instant at, String id, Author author, Optional<String> agent) {
		Threads.Thread thread = threads.touch(key, at, author == Author.CUSTOMER);
		String conversation = conversation(key, thread);
		EventHeader header = EventHeader.of(instance + ":" + id, at).withConversation(conversation)
				.withChannelInstance(instance);
		return List.of(opened(key, thread, conversation),
				new Event.Message(agent.map(header::withAgent).orElse(header), author, true));
	}

	/** @return a bot's hand-off of the thread to people, and its conversation's opening */
	List<Event> handoff(String key, Instant at, String id) {
		Threads.Thread thread = threads.touch(key, at, false);
		String conversation = conversation(key, thread);
		return List.of(opened(key, thread, conversation), new Event.BotHandoff(EventHeader.of(instance + ":" + id, at)
				.withConversation(conversation).withChannelInstance(instance)));
	}

	private Event opened(String key, Threads.Thread thread, String conversation) {
		EventHeader header = EventHeader.of(conversation + ":opened", thread.opened()).withConversation(conversation)
				.withCustomer(customer(key)).withChannel(ChannelKind.SOCIAL).withChannelInstance(instance);
		return new Event.ConversationOpened(header, thread.outbound() ? Direction.OUTBOUND : Direction.INBOUND,
				Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
	}

	private String conversation(String key, Threads.Thread thread) {
		return customer(key) + ":" + thread.start();
	}
}
