package org.carelens.internal.store.postgres;

import java.util.Optional;

/**
 * Writes rows in the text format of PostgreSQL's {@code COPY FROM STDIN}, so that a batch goes to the server as one
 * stream instead of one round trip per row.
 */
final class CopyText {

	private final StringBuilder text = new StringBuilder(1 << 16);
	private boolean rowStarted;

	CopyText value(Object value) {
		separate();
		String s = value.toString();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '\\' -> text.append("\\\\");
			case '\t' -> text.append("\\t");
			case '\n' -> text.append("\\n");
			case '\r' -> text.append("\\r");
			default -> text.append(c);
			}
		}
		return this;
	}

	CopyText optional(Optional<?> value) {
		if (value.isPresent()) {
			return value(value.get());
		}
		separate();
		text.append("\\N");
		return this;
	}

	CopyText endRow() {
		text.append('\n');
		rowStarted = false;
		return this;
	}

	@Override
	public String toString() {
		return text.toString();
	}

	private void separate() {
		if (rowStarted) {
			text.append('\t');
		}
		rowStarted = true;
	}
}
