package org.carelens.internal.channels.file;

import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.api.Rejected;
import org.carelens.core.api.Event;

/**
 * Where a file reader hands its events, rejects and commit points.
 */
interface Emit {

	void accept(Event event);

	void reject(Rejected rejected);

	/** Everything handed over so far is the file up to {@code position}: commit it. */
	void commit(Position position) throws ConnectorException;

	boolean stopRequested();
}
