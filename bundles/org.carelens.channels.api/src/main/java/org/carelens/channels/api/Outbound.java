package org.carelens.channels.api;

/**
 * How a running instance sends messages to customers.
 */
public interface Outbound {

	/**
	 * Sends {@code message}; returns once the channel has taken it (an SMTP server accepted it, an API answered).
	 *
	 * @return the channel's id of the message sent (an email's Message-ID, an API's message id)
	 * @throws ConnectorException when the channel did not take it, saying why; the caller may try again later
	 */
	String send(OutboundMessage message) throws ConnectorException;
}
