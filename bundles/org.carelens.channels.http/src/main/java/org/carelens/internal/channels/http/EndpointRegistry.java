package org.carelens.internal.channels.http;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.carelens.channels.api.ConnectorContext;
import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.http.WebhookEndpoint;
import org.carelens.channels.http.WebhookEndpoints;
import org.osgi.service.component.annotations.Component;

/**
 * The open webhook endpoints by instance id, and the count of deliveries in flight, so that a server can stop
 * accepting, let the deliveries in flight finish, and only then stop its connectors and close the store.
 */
@Component(service = { WebhookEndpoints.class, EndpointRegistry.class })
public final class EndpointRegistry implements WebhookEndpoints {

	private static final System.Logger LOG = System.getLogger(EndpointRegistry.class.getName());
	private static final long CLOSE_TIMEOUT_MILLIS = 30_000;

	private final Map<String, Receiver> receivers = new ConcurrentHashMap<>();
	private final Object flight = new Object();
	/** Guarded by {@link #flight}. */
	private int inFlight;
	/** Guarded by {@link #flight}. */
	private boolean draining;

	@Override
	public Registration open(ConnectorContext context, WebhookEndpoint endpoint, int maxBodyBytes)
			throws ConnectorException {
		if (maxBodyBytes < 1) {
			throw new ConnectorException("channel " + context.instanceId() + ": the body limit must be positive, not "
					+ maxBodyBytes);
		}
		Receiver receiver = new Receiver(context, endpoint, maxBodyBytes);
		if (receivers.putIfAbsent(context.instanceId(), receiver) != null) {
			throw new ConnectorException("channel " + context.instanceId() + ": an endpoint " + PATH
					+ context.instanceId() + " is served already");
		}
		return () -> {
			receivers.remove(context.instanceId(), receiver);
			if (!receiver.close(CLOSE_TIMEOUT_MILLIS)) {
				LOG.log(System.Logger.Level.WARNING, "channel " + context.instanceId() + ": deliveries still running "
						+ CLOSE_TIMEOUT_MILLIS / 1000 + " s after it was stopped; they will not be acknowledged");
			}
		};
	}

	Optional<Receiver> find(String instanceId) {
		return Optional.ofNullable(receivers.get(instanceId));
	}

	/** @return the ids of the endpoints served now */
	public java.util.Set<String> served() {
		return java.util.Set.copyOf(receivers.keySet());
	}

	/** @return whether a delivery may start; false once the server drains */
	boolean enter() {
		synchronized (flight) {
			if (draining) {
				return false;
			}
			inFlight++;
			return true;
		}
	}

	void leave() {
		synchronized (flight) {
			inFlight--;
			flight.notifyAll();
		}
	}

	/**
	 * Refuses new deliveries from now on (503, so that senders retry later) and waits for those in flight.
	 *
	 * @return whether every delivery in flight finished within {@code timeout}
	 */
	public boolean drain(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (flight) {
			draining = true;
			while (inFlight > 0) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				flight.wait(Math.max(1, left / 1_000_000));
			}
			return true;
		}
	}

	/** @return whether new deliveries are refused */
	public boolean draining() {
		synchronized (flight) {
			return draining;
		}
	}
}
