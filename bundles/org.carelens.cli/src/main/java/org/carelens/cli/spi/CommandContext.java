package org.carelens.cli.spi;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link Command} runs with: its arguments and where to write.
 *
 * @param arguments        the arguments after the command's name
 * @param out              for results
 * @param err              for progress and diagnostics
 * @param workingDirectory the directory relative paths are resolved against
 */
public record CommandContext(List<String> arguments, PrintStream out, PrintStream err, Path workingDirectory) {

	public CommandContext {
		arguments = List.copyOf(arguments);
		Objects.requireNonNull(out, "out");
		Objects.requireNonNull(err, "err");
		Objects.requireNonNull(workingDirectory, "workingDirectory");
	}

	/**
	 * @return {@code path} resolved against the working directory; a relative path stays relative when the working
	 *         directory is the process's own, so that messages name files as the user typed them
	 */
	public Path resolve(String path) {
		Path typed = Path.of(path);
		if (typed.isAbsolute() || workingDirectory.equals(Path.of("").toAbsolutePath())) {
			return typed;
		}
		return workingDirectory.resolve(typed);
	}
}
