package org.carelens.channels.http;

import org.carelens.channels.api.ConnectorContext;
import org.carelens.channels.api.ConnectorException;

/**
 * The HTTP endpoints of the running webhook connector instances (an OSGi service). A push connector opens its
 * endpoint when the runtime starts its instance and closes it when it stops.
 */
public interface WebhookEndpoints {

	/** The path under which the endpoints are served: {@code /hooks/<instance id>}. */
	String PATH = "/hooks/";

	/**
	 * Serves {@code endpoint} at {@code /hooks/<context.instanceId()>}, storing what it receives through
	 * {@code context.sink()}.
	 *
	 * @param maxBodyBytes the largest body accepted; a larger one is answered 413 unread
	 * @throws ConnectorException when another instance of the same id is already served
	 */
	Registration open(ConnectorContext context, WebhookEndpoint endpoint, int maxBodyBytes) throws ConnectorException;

	/** An open endpoint; closing it stops serving it (later requests get 404) and waits for its deliveries. */
	interface Registration extends AutoCloseable {
		@Override
		void close();
	}
}
