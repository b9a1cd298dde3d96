package org.carelens.channels.api.contract;

import java.util.Objects;
import java.util.Optional;

import org.carelens.channels.api.Checkpoint;
import org.carelens.channels.api.ConnectorContext;
import org.carelens.channels.api.EventSink;
import org.carelens.channels.api.Settings;

/**
 * A {@link ConnectorContext} made by a test: fixed id, settings, checkpoint and sink; never asked to stop.
 */
public record TestContext(String instanceId, Settings settings, Optional<Checkpoint> checkpoint, EventSink sink)
		implements ConnectorContext {

	public TestContext {
		Objects.requireNonNull(instanceId, "instanceId");
		Objects.requireNonNull(settings, "settings");
		Objects.requireNonNull(checkpoint, "checkpoint");
		Objects.requireNonNull(sink, "sink");
	}

	@Override
	public boolean stopRequested() {
		return false;
	}
}
