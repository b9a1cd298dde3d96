package org.carelens.internal.channels.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;

class LineReaderTest {

	/** A socket's input arriving in the chunks given, with a read timeout where a chunk is null. */
	private static InputStream arriving(String... chunks) {
		Deque<String> left = new ArrayDeque<>();
		for (String chunk : chunks) {
			left.add(chunk == null ? "\u0000timeout" : chunk);
		}
		return new InputStream() {
			@Override
			public int read() {
				throw new UnsupportedOperationException("read in blocks, as the reader does");
			}

			@Override
			public int read(byte[] b, int off, int len) throws IOException {
				if (left.isEmpty()) {
					return -1;
				}
				String next = left.poll();
				if (next.equals("\u0000timeout")) {
					throw new SocketTimeoutException("Read timed out");
				}
				byte[] bytes = next.getBytes(StandardCharsets.UTF_8);
				int read = Math.min(len, bytes.length);
				System.arraycopy(bytes, 0, b, off, read);
				if (read < bytes.length) {
					left.push(new String(bytes, read, bytes.length - read, StandardCharsets.UTF_8));
				}
				return read;
			}

			@Override
			public int available() {
				return left.isEmpty() || left.peek().startsWith("\u0000") ? 0 : 1;
			}
		};
	}

	@Test
	void aTimeoutInTheMiddleOfALineLosesNothingOfIt() throws IOException {
		LineReader reader = new LineReader(arriving("Event: QueueCall", null, "erJoin\r\nQueue: hỗ trợ\r", null,
				"\n\r\n"));
		assertThrows(SocketTimeoutException.class, reader::readLine);
		assertEquals("Event: QueueCallerJoin", reader.readLine());
		assertThrows(SocketTimeoutException.class, reader::readLine);
		assertEquals("Queue: hỗ trợ", reader.readLine());
		assertEquals("", reader.readLine());
		assertNull(reader.readLine(), "the end of the stream");
	}

	@Test
	void itTellsWhetherMoreInputIsAlreadyHere() throws IOException {
		LineReader reader = new LineReader(arriving("A: 1\nB: 2\n", null));
		assertEquals(List.of("A: 1", true), List.of(reader.readLine(), reader.hasBuffered()));
		assertEquals("B: 2", reader.readLine());
		assertFalse(reader.hasBuffered());
		assertTrue(new LineReader(arriving("x")).hasBuffered());
	}

	@Test
	void aLineLongerThanTheLimitIsRefused() {
		LineReader reader = new LineReader(arriving("x".repeat(LineReader.MAX_LINE + 1)));
		assertEquals("a line longer than 64 KB", assertThrows(IOException.class, reader::readLine).getMessage());
	}
}
