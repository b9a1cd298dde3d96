package org.carelens.channels.http;

import java.util.Objects;
import java.util.Optional;

import org.carelens.channels.api.ConnectorInstance;
import org.carelens.channels.api.Outbound;

/**
 * A running webhook connector instance: its served endpoint, and how it sends when its settings allow.
 *
 * @param registration the endpoint, closed when the instance stops
 * @param outbound     how it sends to customers; empty when it cannot
 */
public record WebhookInstance(WebhookEndpoints.Registration registration, Optional<Outbound> outbound)
		implements ConnectorInstance {

	public WebhookInstance {
		Objects.requireNonNull(registration, "registration");
		Objects.requireNonNull(outbound, "outbound");
	}

	@Override
	public void stop() {
		registration.close();
	}
}
