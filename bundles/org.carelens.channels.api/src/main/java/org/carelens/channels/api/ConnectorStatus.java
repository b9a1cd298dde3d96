package org.carelens.channels.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a connector instance is doing, as the runtime reports it.
 *
 * @param state       running, idle, failing or stopped
 * @param reason      why it is failing; empty otherwise
 * @param lastEventAt when it last handed over an event (wall-clock time of the hand-over)
 * @param counters    what it did since it was started
 */
public record ConnectorStatus(State state, Optional<String> reason, Optional<Instant> lastEventAt, Counters counters) {

	/** The states of an instance. */
	public enum State {
		/** Started, fetching or receiving now. */
		RUNNING,
		/** Started, caught up, waiting for its next pull or for input. */
		IDLE,
		/** Started, its last attempt failed; retrying with back-off. */
		FAILING,
		/** Not started, or stopped. */
		STOPPED
	}

	/**
	 * @param events     events handed over
	 * @param stored     of them, stored for the first time
	 * @param duplicates of them, already stored with the same content
	 * @param conflicts  of them, conflicting with a stored event of the same id: quarantined
	 * @param rejected   inputs that were not events: quarantined
	 * @param failures   failed attempts
	 */
	public record Counters(long events, long stored, long duplicates, long conflicts, long rejected, long failures) {
		public static final Counters ZERO = new Counters(0, 0, 0, 0, 0, 0);
	}

	public static final ConnectorStatus STOPPED = new ConnectorStatus(State.STOPPED, Optional.empty(),
			Optional.empty(), Counters.ZERO);

	public ConnectorStatus {
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(lastEventAt, "lastEventAt");
		Objects.requireNonNull(counters, "counters");
		if ((state == State.FAILING) != reason.isPresent()) {
			throw new IllegalArgumentException("a reason goes with FAILING, and only with it");
		}
	}
}
