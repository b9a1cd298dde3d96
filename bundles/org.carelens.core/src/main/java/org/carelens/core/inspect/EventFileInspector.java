package org.carelens.core.inspect;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.carelens.core.api.io.LineProblem;
import org.carelens.core.api.io.ReadProgress;

/**
 * Reads event files without ingesting them and reports what they hold: valid events by type and channel, the time
 * span, and every rejected line with its reason. A UI-free service: the {@code carelens validate} command and the
 * workbench's Event Files view both render its reports.
 */
public interface EventFileInspector {

	/** The number of rejected lines a report keeps; the listener still sees every one. */
	int MAX_PROBLEMS_KEPT = 10_000;

	/**
	 * @param files    JSON Lines files of CareLens events ({@code .gz} read through gzip)
	 * @param progress told of bytes read per file, asked whether to stop
	 * @param problems told of every rejected line as it is found
	 * @throws IOException when a file cannot be read at all; rejected lines are not exceptions
	 */
	InspectionReport inspect(List<Path> files, ReadProgress progress, Consumer<LineProblem> problems)
			throws IOException;
}
