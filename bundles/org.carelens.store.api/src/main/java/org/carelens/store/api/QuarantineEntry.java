package org.carelens.store.api;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

import org.carelens.core.api.io.LineProblem;

/**
 * Something that was not ingested, kept with the reason so that a person can fix it at its source.
 *
 * @param source  the file or connector it came from
 * @param line    its line number in {@code source}, counted from 1, when it came from a file
 * @param eventId the id of the event, when it was a valid event that conflicted with a stored one
 * @param reason  why it was not ingested, naming the event id for a conflict
 * @param raw     the text as it came (a rejected line) or the canonical encoding of the conflicting event
 */
public record QuarantineEntry(String source, OptionalLong line, Optional<String> eventId, String reason, String raw) {

	public QuarantineEntry {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(line, "line");
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(raw, "raw");
		if (line.isPresent() && line.getAsLong() < 1) {
			throw new IllegalArgumentException("line numbers start at 1, not " + line.getAsLong());
		}
	}

	/** @return the entry for a line of a file that was rejected for {@code reason} */
	public static QuarantineEntry rejectedLine(String source, long line, String reason, String raw) {
		return new QuarantineEntry(source, OptionalLong.of(line), Optional.empty(), reason, raw);
	}

	/** @return the entry for a line the reader rejected, with the line's text */
	public static QuarantineEntry of(LineProblem problem, String raw) {
		return rejectedLine(problem.source(), problem.line(), problem.reason(), raw);
	}

	/** @return the entry for an event that conflicts with the stored event of the same id */
	public static QuarantineEntry conflict(String source, String eventId, String reason, String canonical) {
		return new QuarantineEntry(source, OptionalLong.empty(), Optional.of(eventId), reason, canonical);
	}
}
