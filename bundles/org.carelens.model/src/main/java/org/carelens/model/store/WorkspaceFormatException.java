package org.carelens.model.store;

import java.io.IOException;
import java.io.Serial;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * Thrown when a workspace configuration file is not well-formed XML or not a CareLens workspace configuration.
 */
public final class WorkspaceFormatException extends IOException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final int line;
	private final String reason;

	/**
	 * @param file   the file that was read
	 * @param line   the line of the first problem, or 0 when unknown
	 * @param reason what is wrong, for people
	 * @param cause  the parser's exception, if any
	 */
	public WorkspaceFormatException(Path file, int line, String reason, Throwable cause) {
		super(file + (line > 0 ? ":" + line : "") + ": " + reason, cause);
		this.file = file;
		this.line = line;
		this.reason = reason;
	}

	public Path file() {
		return file;
	}

	/** @return the line of the problem, when the parser knew it */
	public OptionalInt line() {
		return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
	}

	/** @return what is wrong, without the file and line */
	public String reason() {
		return reason;
	}
}
