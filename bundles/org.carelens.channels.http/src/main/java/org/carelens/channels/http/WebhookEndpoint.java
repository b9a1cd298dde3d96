package org.carelens.channels.http;

import java.util.Map;
import java.util.Optional;

/**
 * The receiving side of one webhook connector instance, served at {@code /hooks/<instance id>} once
 * {@link WebhookEndpoints#open registered}. The HTTP layer reads the body within the limit, then asks the endpoint to
 * {@link #authenticate} the request, then to {@link #translate} it; it stores the events and answers 2xx only once
 * they are durable.
 */
public interface WebhookEndpoint {

	/**
	 * @return empty when the request comes from the configured sender (its signature or token checks out, compared in
	 *         constant time); otherwise why not, answered with 401 and logged, never stored: an unauthenticated body is
	 *         nobody's data and must not fill the store
	 */
	Optional<String> authenticate(WebhookRequest request);

	/**
	 * @return the events of an authenticated {@code POST}
	 * @throws BadPayloadException when the body is not a payload of this endpoint; it is quarantined, and answered
	 *                             with 400 and the reason
	 */
	Translation translate(WebhookRequest request) throws BadPayloadException;

	/**
	 * Answers a {@code GET}, which some senders use to verify an endpoint before they deliver to it (Facebook's
	 * {@code hub.challenge}).
	 *
	 * @return the text to answer with 200, or empty to answer 403
	 */
	default Optional<String> handshake(WebhookRequest request) {
		return Optional.empty();
	}

	/**
	 * @return what the endpoint needs to resume after a restart (the conversations it has open, by name), committed
	 *         with the deliveries and read back from {@link org.carelens.channels.api.ConnectorContext#checkpoint()}
	 *         when the instance starts again; names and values are single lines, and {@code deliveries} is taken
	 */
	default Map<String, String> positions() {
		return Map.of();
	}
}
