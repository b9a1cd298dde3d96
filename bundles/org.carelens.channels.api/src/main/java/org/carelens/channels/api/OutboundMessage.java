package org.carelens.channels.api;

import java.util.Objects;
import java.util.Optional;

/**
 * A message to one customer through a channel instance that can send ({@link Capability#OUTBOUND}): a survey
 * invitation, a notification.
 *
 * @param conversation the conversation it is about
 * @param recipient    the customer's address on the channel: an email address, a Zalo or Messenger user id
 * @param subject      the subject, where the channel has one (email); the first line otherwise
 * @param text         the message as plain text; channels without formatting send this
 * @param html         the same message as HTML, for channels that show it
 */
public record OutboundMessage(String conversation, String recipient, String subject, String text,
		Optional<String> html) {

	public OutboundMessage {
		Objects.requireNonNull(conversation, "conversation");
		Objects.requireNonNull(recipient, "recipient");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(html, "html");
		if (recipient.isBlank()) {
			throw new IllegalArgumentException("a message needs a recipient");
		}
	}
}
