package org.carelens.internal.channels.file;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 and the exports of help desks write it: a delimiter, fields optionally in double quotes,
 * {@code ""} for a quote inside them, line breaks inside quoted fields, CRLF or LF line ends, a UTF-8 byte order mark
 * ignored. Each record knows the line it started on, so that problems name the line a person sees in an editor.
 */
public final class CsvReader {

	/** Longest field accepted: a runaway quote must not swallow the whole file into memory. */
	static final int MAX_FIELD = 1 << 20;

	private final Reader in;
	private final char delimiter;
	private final char[] buffer = new char[1 << 16];
	private int position;
	private int limit;
	private long line = 1;
	private long recordLine;
	private boolean started;
	private final StringBuilder field = new StringBuilder();

	public CsvReader(Reader in, char delimiter) {
		this.in = in;
		this.delimiter = delimiter;
	}

	/** @return the line the last record returned by {@link #next()} started on, counted from 1 */
	public long recordLine() {
		return recordLine;
	}

	private int read() throws IOException {
		if (position == limit) {
			limit = in.read(buffer, 0, buffer.length);
			position = 0;
			if (limit <= 0) {
				limit = 0;
				return -1;
			}
		}
		return buffer[position++];
	}

	private void unread() {
		position--;
	}

	/**
	 * @return the fields of the next record, or null at the end of the input; a blank line is a record of one empty
	 *         field
	 * @throws CsvFormatException when a quoted field is not closed, or a field is too long
	 */
	public String[] next() throws IOException, CsvFormatException {
		int c = read();
		if (!started) {
			started = true;
			if (c == '\uFEFF') {
				c = read();
			}
		}
		if (c == -1) {
			return null;
		}
		recordLine = line;
		List<String> fields = new ArrayList<>(32);
		field.setLength(0);
		boolean quoted = false;
		boolean wasQuoted = false;
		while (true) {
			if (quoted) {
				if (c == -1) {
					throw new CsvFormatException(recordLine, "a quoted field that starts on line " + recordLine
							+ " is not closed before the end of the file");
				}
				if (c == '"') {
					int after = read();
					if (after == '"') {
						field.append('"');
					} else {
						quoted = false;
						if (after != -1) {
							unread();
						}
					}
				} else {
					if (c == '\n') {
						line++;
					}
					field.append((char) c);
				}
			} else if (c == delimiter) {
				fields.add(field.toString());
				field.setLength(0);
				wasQuoted = false;
			} else if (c == '\n' || c == '\r' || c == -1) {
				if (c == '\r') {
					int after = read();
					if (after != '\n' && after != -1) {
						unread();
					}
				}
				if (c != -1) {
					line++;
				}
				fields.add(field.toString());
				return fields.toArray(new String[0]);
			} else if (c == '"' && field.isEmpty() && !wasQuoted) {
				quoted = true;
				wasQuoted = true;
			} else {
				field.append((char) c);
			}
			if (field.length() > MAX_FIELD) {
				throw new CsvFormatException(recordLine, "a field of the record on line " + recordLine
						+ " is longer than " + MAX_FIELD + " characters (an unbalanced quote?)");
			}
			c = read();
		}
	}

	/** A record that cannot be read as CSV; reading cannot go on past it. */
	public static final class CsvFormatException extends Exception {
		private static final long serialVersionUID = 1L;
		private final long line;

		CsvFormatException(long line, String message) {
			super(message);
			this.line = line;
		}

		public long line() {
			return line;
		}
	}
}
