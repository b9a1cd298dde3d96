package org.carelens.internal.cli;

import org.carelens.cli.spi.Command;

/**
 * A command known by name and summary, whose implementation is obtained only to run it.
 */
public interface RegisteredCommand {

	String name();

	String summary();

	/** @return the command, to be given back with {@link #release(Command)} */
	Command acquire();

	void release(Command command);
}
