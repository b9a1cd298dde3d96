package org.carelens.internal.channels.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

import org.carelens.channels.api.Checkpoint;
import org.carelens.channels.api.ConnectorContext;
import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.api.EventSink;
import org.carelens.channels.api.Rejected;
import org.carelens.channels.http.WebhookEndpoint;
import org.carelens.core.api.Event;

/**
 * The deliveries of one endpoint on their way to the event store, committed in groups: a request thread queues its
 * delivery and takes the commit lock; the thread that gets it commits every delivery queued so far in one store
 * transaction, so that while one commit runs the next group gathers. A request is answered only after the commit
 * that contains its delivery has returned, that is once its events are durable.
 */
final class Receiver {

	/** The checkpoint position of a webhook: deliveries committed, for the record (the store's ids do the dedupe). */
	static final String DELIVERIES = "deliveries";

	private final ConnectorContext context;
	private final WebhookEndpoint endpoint;
	private final int maxBodyBytes;
	private final Queue<Delivery> pending = new ConcurrentLinkedQueue<>();
	private final ReentrantLock commitLock = new ReentrantLock();
	/** Guarded by {@link #commitLock}. */
	private long deliveries;
	private final Object flight = new Object();
	/** Guarded by {@link #flight}. */
	private int inFlight;
	/** Guarded by {@link #flight}. */
	private boolean closed;

	Receiver(ConnectorContext context, WebhookEndpoint endpoint, int maxBodyBytes) {
		this.context = context;
		this.endpoint = endpoint;
		this.maxBodyBytes = maxBodyBytes;
		this.deliveries = context.checkpoint().map(c -> c.number(DELIVERIES)).orElse(0L);
	}

	String instanceId() {
		return context.instanceId();
	}

	WebhookEndpoint endpoint() {
		return endpoint;
	}

	int maxBodyBytes() {
		return maxBodyBytes;
	}

	/** @return whether a request may be handled; false once the endpoint is closed */
	boolean enter() {
		synchronized (flight) {
			if (closed) {
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
	 * Refuses new requests and waits, at most {@code timeoutMillis}, for those being handled: their deliveries are
	 * committed (or failed) before the instance's sink is dropped.
	 *
	 * @return whether every request in flight finished in time
	 */
	boolean close(long timeoutMillis) {
		long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
		synchronized (flight) {
			closed = true;
			while (inFlight > 0) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				try {
					flight.wait(Math.max(1, left / 1_000_000));
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
			return true;
		}
	}

	/**
	 * Stores the events and rejects of one delivery; returns once they are durable.
	 *
	 * @throws ConnectorException when the store failed; nothing is acknowledged, the sender retries
	 */
	void deliver(List<Event> events, List<Rejected> rejected) throws ConnectorException {
		Delivery delivery = new Delivery(events, rejected);
		pending.add(delivery);
		commitLock.lock();
		try {
			if (!delivery.done) {
				commitPending();
			}
		} finally {
			commitLock.unlock();
		}
		if (delivery.failure != null) {
			throw delivery.failure;
		}
	}

	private void commitPending() {
		List<Delivery> group = new ArrayList<>();
		for (Delivery next = pending.poll(); next != null; next = pending.poll()) {
			group.add(next);
		}
		EventSink sink = context.sink();
		for (Delivery member : group) {
			member.events.forEach(sink::accept);
			member.rejected.forEach(sink::reject);
		}
		ConnectorException failure = null;
		try {
			sink.commit(new Checkpoint(endpoint.positions()).with(DELIVERIES, Long.toString(deliveries + group.size())));
			deliveries += group.size();
		} catch (ConnectorException | RuntimeException e) {
			failure = e instanceof ConnectorException c ? c
					: new ConnectorException("the event store failed: " + e.getMessage(), e);
		}
		for (Delivery member : group) {
			member.failure = failure;
			member.done = true;
		}
	}

	private static final class Delivery {
		final List<Event> events;
		final List<Rejected> rejected;
		/** Written under the commit lock, read by the delivering thread after it has held the lock. */
		boolean done;
		ConnectorException failure;

		Delivery(List<Event> events, List<Rejected> rejected) {
			this.events = events;
			this.rejected = rejected;
		}
	}
}
