package org.carelens.internal.channels.email;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.carelens.core.api.Author;
import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Direction;
import org.carelens.core.api.Event;
import org.carelens.core.api.EventHeader;

/**
 * Turns a message of the support mailbox into CareLens events: a message that starts a thread opens a
 * conversation, every message is a {@code message} event of the customer or of an agent, and auto-replies are
 * {@code system} messages, so that neither an out-of-office nor an automatic acknowledgement counts as a response
 * or as the customer writing.
 * <p>
 * Threads come from the headers (RFC 5322): the conversation id is made from the thread's first Message-ID, the
 * event ids from each message's own, so that reading a message again (a restart, a mailbox whose UIDVALIDITY
 * changed) gives the same ids and stores nothing twice.
 */
final class MailMapping {

	/** Which folder a message comes from: the inbox holds what customers write, Sent what agents write. */
	enum Folder {
		INBOX, SENT
	}

	private final String instance;
	private final Set<String> supportAddresses;

	/**
	 * @param instance         the channel instance id, in event ids and {@code channel_instance}
	 * @param supportAddresses the mailbox's own addresses: a message from one of them found in the inbox (a copy,
	 *                         a forward) is an agent's
	 */
	MailMapping(String instance, Set<String> supportAddresses) {
		this.instance = instance;
		this.supportAddresses = Set.copyOf(supportAddresses);
	}

	/**
	 * @param fallbackId an id for a message without Message-ID, stable for that message (folder, UIDVALIDITY, UID)
	 * @return the events of the message
	 * @throws IllegalArgumentException saying why the message cannot be taken (no date, no sender)
	 */
	List<Event> map(MailHeaders mail, Folder folder, String fallbackId) {
		if (mail.sent().isEmpty()) {
			throw new IllegalArgumentException("message " + mail.messageId().orElse(fallbackId)
					+ " has neither a Date header nor a received date");
		}
		if (mail.from().isEmpty()) {
			throw new IllegalArgumentException("message " + mail.messageId().orElse(fallbackId) + " has no sender");
		}
		String messageId = mail.messageId().orElse(fallbackId);
		String conversation = "email-" + instance + "-" + digest(mail.root().orElse(messageId));
		String eventId = "email-" + instance + "-" + digest(messageId);
		boolean ours = folder == Folder.SENT || supportAddresses.contains(mail.from());
		EventHeader header = EventHeader.of(eventId, mail.sent().get()).withConversation(conversation);
		Author author = mail.automatic() ? Author.SYSTEM : ours ? Author.AGENT : Author.CUSTOMER;
		Event message = new Event.Message(author == Author.AGENT ? header.withAgent(mail.from()) : header, author,
				true);
		if (!mail.startsThread()) {
			return List.of(message);
		}
		Optional<String> customer = ours ? mail.to().stream().filter(a -> !supportAddresses.contains(a)).findFirst()
				: Optional.of(mail.from());
		if (customer.isEmpty()) {
			return List.of(message); // a note among the support addresses: no customer to open a conversation for
		}
		Event opened = new Event.ConversationOpened(
				EventHeader.of(eventId + "-open", mail.sent().get()).withConversation(conversation)
						.withChannel(ChannelKind.EMAIL).withChannelInstance(instance).withCustomer(customer.get()),
				ours ? Direction.OUTBOUND : Direction.INBOUND, Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.empty());
		return List.of(opened, message);
	}

	/** @return 20 hex digits of the SHA-256 of {@code id}: short, and the same for the same id everywhere */
	static String digest(String id) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 10);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java platform has SHA-256", e);
		}
	}
}
