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

	/**
	 * @return the language the instance writes to its customers in, when it is configured with one (a Zalo Official
	 *         Account of a Vietnamese shop: Vietnamese); empty when its customers' language is not known, and a
	 *         message should say everything in each language
	 */
	default java.util.Optional<java.util.Locale> language() {
		return java.util.Optional.empty();
	}
}
