package org.carelens.internal.channels.runtime;

import org.carelens.channels.api.ConnectorStatus;

/**
 * Told when the status of a channel instance changes: its state, or its counters after a commit.
 */
@FunctionalInterface
public interface StatusListener {

	StatusListener NONE = (instanceId, connectorId, status) -> {
	};

	void statusChanged(String instanceId, String connectorId, ConnectorStatus status);
}
