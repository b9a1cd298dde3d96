package org.carelens.internal.cli;

import java.util.List;
import java.util.Optional;

/**
 * The commands the {@code carelens} command line can run.
 */
public interface Commands {

	/** @return the commands in name order */
	List<RegisteredCommand> all();

	Optional<RegisteredCommand> find(String name);

	/** @return registrations that were rejected, e.g. a second command under a taken name, for people */
	List<String> problems();
}
