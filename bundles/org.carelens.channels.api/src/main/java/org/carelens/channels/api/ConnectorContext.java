package org.carelens.channels.api;

import java.util.Optional;

/**
 * What a connector instance runs with, given by the runtime.
 */
public interface ConnectorContext {

	/**
	 * @return the instance's id, unique in its workspace; connectors put it in {@code channel_instance} and in the
	 *         event ids they derive, so that two instances never produce the same id
	 */
	String instanceId();

	/** @return the instance's settings, validated against the connector's schema, secrets included */
	Settings settings();

	/** @return the last checkpoint the runtime committed for this instance; empty on its first run */
	Optional<Checkpoint> checkpoint();

	/** @return where the instance hands its events, rejects and checkpoints; safe to use from any thread */
	EventSink sink();

	/** @return whether the instance is being stopped: a pull should commit what it has and return */
	boolean stopRequested();
}
