package org.carelens.channels.api;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Input that is not a valid event, kept so that a person can fix it at its source.
 *
 * @param source where it came from: a file name, a mailbox, a URL
 * @param row    its row or line number in {@code source}, counted from 1, when it has one
 * @param reason why it is not an event, naming the column or field at fault
 * @param raw    the input as it came
 */
public record Rejected(String source, OptionalLong row, String reason, String raw) {

	public Rejected {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(row, "row");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(raw, "raw");
		if (row.isPresent() && row.getAsLong() < 1) {
			throw new IllegalArgumentException("rows are counted from 1, not " + row.getAsLong());
		}
	}

	public static Rejected row(String source, long row, String reason, String raw) {
		return new Rejected(source, OptionalLong.of(row), reason, raw);
	}

	@Override
	public String toString() {
		return source + (row.isPresent() ? ":" + row.getAsLong() : "") + ": " + reason;
	}
}
