package org.carelens.internal.channels.file;

import java.util.function.Function;

import org.carelens.channels.api.Checkpoint;
import org.carelens.channels.api.ConnectorContext;
import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.api.Rejected;
import org.carelens.core.api.Event;

/**
 * Hands a file reader's output to the instance's sink, turning each file position into the instance's checkpoint.
 */
final class SinkEmit implements Emit {

	private final ConnectorContext context;
	private final Function<Position, Checkpoint> checkpoint;

	SinkEmit(ConnectorContext context, Function<Position, Checkpoint> checkpoint) {
		this.context = context;
		this.checkpoint = checkpoint;
	}

	@Override
	public void accept(Event event) {
		context.sink().accept(event);
	}

	@Override
	public void reject(Rejected rejected) {
		context.sink().reject(rejected);
	}

	@Override
	public void commit(Position position) throws ConnectorException {
		context.sink().commit(checkpoint.apply(position));
	}

	@Override
	public boolean stopRequested() {
		return context.stopRequested();
	}
}
