package org.carelens.internal.channels.runtime;

import java.time.Clock;
import java.util.Optional;

import org.carelens.channels.api.ConnectorStatus;
import org.carelens.channels.api.ConnectorStatus.Counters;
import org.carelens.channels.api.ConnectorStatus.State;
import org.carelens.store.api.AppendResult;

/**
 * Keeps the status of one channel instance and tells a listener when its state changes or a commit counted.
 */
final class StatusTracker {

	private final String instanceId;
	private final String connectorId;
	private final StatusListener listener;
	private final Clock clock;
	private ConnectorStatus status = ConnectorStatus.STOPPED;

	StatusTracker(String instanceId, String connectorId, StatusListener listener, Clock clock) {
		this.instanceId = instanceId;
		this.connectorId = connectorId;
		this.listener = listener;
		this.clock = clock;
	}

	synchronized ConnectorStatus status() {
		return status;
	}

	void running() {
		change(State.RUNNING, Optional.empty(), false);
	}

	void idle() {
		change(State.IDLE, Optional.empty(), false);
	}

	void stopped() {
		change(State.STOPPED, Optional.empty(), false);
	}

	void failing(String reason) {
		change(State.FAILING, Optional.of(reason), true);
	}

	synchronized void handedOver() {
		Counters c = status.counters();
		status = new ConnectorStatus(status.state(), status.reason(), Optional.of(clock.instant()),
				new Counters(c.events() + 1, c.stored(), c.duplicates(), c.conflicts(), c.rejected(), c.failures()));
	}

	void stored(AppendResult appended, long rejected) {
		ConnectorStatus now;
		synchronized (this) {
			Counters c = status.counters();
			status = new ConnectorStatus(status.state(), status.reason(), status.lastEventAt(),
					new Counters(c.events(), c.stored() + appended.ingested(), c.duplicates() + appended.duplicates(),
							c.conflicts() + appended.conflicts(), c.rejected() + rejected, c.failures()));
			now = status;
		}
		listener.statusChanged(instanceId, connectorId, now);
	}

	private void change(State state, Optional<String> reason, boolean failure) {
		ConnectorStatus now;
		synchronized (this) {
			Counters c = status.counters();
			Counters counters = failure
					? new Counters(c.events(), c.stored(), c.duplicates(), c.conflicts(), c.rejected(),
							c.failures() + 1)
					: c;
			if (state == status.state() && reason.equals(status.reason()) && !failure) {
				return;
			}
			status = new ConnectorStatus(state, reason, status.lastEventAt(), counters);
			now = status;
		}
		listener.statusChanged(instanceId, connectorId, now);
	}
}
