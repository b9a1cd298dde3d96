package org.carelens.channels.api;

import org.carelens.core.api.Event;

/**
 * Takes what a connector instance produces. Events and rejects are held until {@link #commit}, which makes them
 * durable and then records the checkpoint; the runtime may also store held events earlier, which is harmless because
 * stored events are idempotent by id. Safe to call from any thread.
 */
public interface EventSink {

	/** Hands over an event of the CareLens event format. */
	void accept(Event event);

	/** Hands over input that is not a valid event, to be quarantined with its reason. */
	void reject(Rejected rejected);

	/**
	 * Makes every event and reject handed over so far durable, then records {@code checkpoint} as the position to
	 * resume from; returns when both are done.
	 *
	 * @throws ConnectorException when they could not be stored; nothing is then recorded, and the instance should
	 *                            stop this pull so that the runtime retries from the last commit
	 */
	void commit(Checkpoint checkpoint) throws ConnectorException;
}
