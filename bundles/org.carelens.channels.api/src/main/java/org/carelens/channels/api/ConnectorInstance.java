package org.carelens.channels.api;

/**
 * A started instance of a {@link ChannelConnector}.
 */
public interface ConnectorInstance {

	/**
	 * For a {@link Capability#PULL pull} connector: fetches everything new since {@link ConnectorContext#checkpoint()}
	 * (read afresh at every pull: it is the last commit, and a failed pull starts again from it), hands it to the
	 * sink and {@link EventSink#commit commits} at safe points, and returns once it has caught up. The runtime calls
	 * it on the instance's schedule, from one thread at a time; it should return soon after
	 * {@link ConnectorContext#stopRequested()} turns true.
	 *
	 * @throws ConnectorException when the source fails (unreachable, unreadable); the runtime retries with back-off,
	 *                            and the next pull starts again from the last commit
	 */
	default void pull() throws ConnectorException {
		throw new UnsupportedOperationException("this connector does not pull");
	}

	/**
	 * @return how the instance sends messages to customers, for a connector with {@link Capability#OUTBOUND} whose
	 *         settings allow it; empty otherwise
	 */
	default java.util.Optional<Outbound> outbound() {
		return java.util.Optional.empty();
	}

	/**
	 * @return for a {@link Capability#PUSH push} instance, why it is not receiving now although started (a dropped
	 *         connection it is re-establishing, saying to where and why); the runtime then reports it failing with
	 *         this reason. Empty while it receives, and for pull instances, whose failures are their pulls'.
	 */
	default java.util.Optional<String> problem() {
		return java.util.Optional.empty();
	}

	/** Stops the instance and releases what it holds; calling it again does nothing. */
	void stop();
}
