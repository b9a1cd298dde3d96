package org.carelens.internal.channels.voice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 lines ended by LF or CRLF from a socket with a read timeout. Unlike {@link java.io.BufferedReader}, a
 * timeout in the middle of a line loses nothing: the part read so far is kept for the next call.
 */
final class LineReader {

	static final int MAX_LINE = 64 * 1024;

	private final InputStream input;
	private final byte[] buffer = new byte[8192];
	private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
	private int position;
	private int limit;

	LineReader(InputStream input) {
		this.input = input;
	}

	/** @return whether a next line can be started without waiting for the peer */
	boolean hasBuffered() throws IOException {
		return position < limit || input.available() > 0;
	}

	/**
	 * @return the next line without its line end; null at the end of the stream
	 * @throws java.net.SocketTimeoutException when the line is not complete within the socket's timeout; the part
	 *                                         read so far is kept
	 */
	String readLine() throws IOException {
		while (true) {
			if (position == limit) {
				int read = input.read(buffer);
				if (read < 0) {
					return null;
				}
				position = 0;
				limit = read;
			}
			byte next = buffer[position++];
			if (next == '\n') {
				byte[] bytes = partial.toByteArray();
				partial.reset();
				int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
				return new String(bytes, 0, length, StandardCharsets.UTF_8);
			}
			partial.write(next);
			if (partial.size() > MAX_LINE) {
				throw new IOException("a line longer than " + MAX_LINE / 1024 + " KB");
			}
		}
	}
}
