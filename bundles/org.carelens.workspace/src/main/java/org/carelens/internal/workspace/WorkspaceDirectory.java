package org.carelens.internal.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.carelens.cli.spi.Arguments;
import org.carelens.cli.spi.CommandContext;
import org.carelens.cli.spi.UsageException;

/**
 * The {@code --workspace DIR} option of the workspace commands.
 */
final class WorkspaceDirectory {

	static final String OPTION = "--workspace";

	private WorkspaceDirectory() {
	}

	/** @return the directory, which may not exist yet */
	static Path of(Arguments arguments, CommandContext context) throws UsageException {
		String value = arguments.value(OPTION)
				.orElseThrow(() -> new UsageException("missing " + OPTION + " DIR: the workspace to use"));
		Path directory = context.resolve(value);
		if (Files.exists(directory) && !Files.isDirectory(directory)) {
			throw new UsageException(value + " is a file, not a workspace directory");
		}
		return directory;
	}

	/** @return an existing, non-empty directory: one that holds a workspace */
	static Path existing(Arguments arguments, CommandContext context) throws UsageException {
		Path directory = of(arguments, context);
		if (!Files.isDirectory(directory)) {
			throw new UsageException("no such workspace: " + arguments.value(OPTION).orElseThrow());
		}
		try (Stream<Path> entries = Files.list(directory)) {
			if (entries.findAny().isEmpty()) {
				throw new UsageException(arguments.value(OPTION).orElseThrow()
						+ " is empty: not a CareLens workspace (create one with 'carelens demo' or 'carelens import')");
			}
		} catch (IOException e) {
			throw new UsageException("cannot read " + directory + ": " + e.getMessage());
		}
		return directory;
	}
}
