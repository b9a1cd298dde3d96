package org.carelens.core.api.io;

import java.util.Objects;

/**
 * A line of an event file that was not ingested, and why.
 *
 * @param source the file (or other source) as named to the reader
 * @param line   the one-based line number
 * @param reason every problem found in the line, for people
 */
public record LineProblem(String source, long line, String reason) {

	public LineProblem {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(reason, "reason");
		if (line < 1) {
			throw new IllegalArgumentException("line numbers start at 1: " + line);
		}
	}

	/** @return {@code source:line: reason}, the form compilers use, which editors and terminals link */
	@Override
	public String toString() {
		return source + ":" + line + ": " + reason;
	}
}
