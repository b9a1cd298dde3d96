package org.carelens.internal.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the workbench was asked to open at start: {@code --demo} and event files named on the command line.
 *
 * @param demo  whether to open the demo event file shipped with the product
 * @param files event files to open
 */
public record StartupRequest(boolean demo, List<Path> files) {

	public StartupRequest {
		files = List.copyOf(files);
	}

	/**
	 * Reads the application arguments. CareLens's own options start with {@code --}; an Eclipse-style option
	 * ({@code -name}) left over by the launcher is skipped together with its value, so that e.g.
	 * {@code -testproperties FILE} is not taken for an event file.
	 */
	public static StartupRequest parse(List<String> arguments) {
		boolean demo = false;
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (argument.equals("--demo")) {
				demo = true;
			} else if (argument.startsWith("-") && !argument.startsWith("--")) {
				if (i + 1 < arguments.size() && !arguments.get(i + 1).startsWith("-")) {
					i++;
				}
			} else if (!argument.startsWith("-")) {
				files.add(Path.of(argument).toAbsolutePath());
			}
		}
		return new StartupRequest(demo, files);
	}
}
