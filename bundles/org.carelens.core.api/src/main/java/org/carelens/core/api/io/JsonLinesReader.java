package org.carelens.core.api.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.zip.GZIPInputStream;

import org.carelens.core.api.Event;

/**
 * Reads CareLens events from JSON Lines: one event per line, UTF-8.
 * <p>
 * Every line is validated on its own. A line that is not a valid event is reported to the handler with its number
 * and every problem found in it, and reading goes on with the next line: nothing valid is lost because a neighbour
 * was invalid. Blank lines are skipped, a UTF-8 byte order mark and CRLF line ends are accepted, a file whose name
 * ends in {@code .gz} is read through gzip, and a line longer than {@link #MAX_LINE_BYTES} is rejected without being
 * held in memory.
 * <p>
 * Decoding, the costly part, can be spread over threads ({@link #read(Path, Handler, ReadProgress, Executor)}): the
 * lines are then decoded in blocks on the executor, and the handler still hears of every line in file order, on the
 * reading thread, exactly as in a sequential read.
 */
public final class JsonLinesReader {

	/** Receives what a read finds, in file order. */
	public interface Handler {

		/** A valid event on line {@code line}. */
		void event(Event event, long line);

		/** A line that was not ingested. */
		void problem(LineProblem problem);

		/**
		 * A line that was not ingested, with its text (at most {@link JsonLinesReader#MAX_KEPT_TEXT} characters of
		 * it, invalid UTF-8 replaced), for a quarantine that keeps what came; by default the text is dropped.
		 */
		default void problem(LineProblem problem, String text) {
			problem(problem);
		}
	}

	/** How much of a rejected line's text is handed on: enough to see what went wrong. */
	public static final int MAX_KEPT_TEXT = 64 * 1024;

	/** The longest line accepted: far more than any event needs, little enough to keep memory bounded. */
	public static final int MAX_LINE_BYTES = 1 << 20;

	private static final int BUFFER_BYTES = 1 << 16;
	private static final long PROGRESS_EVERY_BYTES = 1 << 20;
	/** Lines decoded together on the executor: big enough to amortise the hand-over, small enough to balance. */
	static final int BLOCK_LINES = 2_048;
	/** Blocks handed to the executor and not yet delivered, per thread that reads: bounds memory. */
	static final int BLOCKS_IN_FLIGHT = 8;

	private JsonLinesReader() {
	}

	/** Reads a file, named in problems by its path as given. */
	public static ReadSummary read(Path file, Handler handler, ReadProgress progress) throws IOException {
		return read(file, handler, progress, null);
	}

	/**
	 * Reads a file, decoding its lines on {@code decoders}; the handler is called on this thread, in file order.
	 *
	 * @param decoders where lines are decoded, or null to decode them on this thread
	 */
	public static ReadSummary read(Path file, Handler handler, ReadProgress progress, Executor decoders)
			throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			CountingInput counted = new CountingInput(in);
			InputStream content = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(counted, BUFFER_BYTES)
					: counted;
			return read(content, counted, file.toString(), handler, progress, decoders);
		}
	}

	public static ReadSummary read(Path file, Handler handler) throws IOException {
		return read(file, handler, ReadProgress.NONE);
	}

	/** Reads a stream of uncompressed JSON Lines; {@code source} names it in problems. */
	public static ReadSummary read(InputStream in, String source, Handler handler, ReadProgress progress)
			throws IOException {
		CountingInput counted = new CountingInput(in);
		return read(counted, counted, source, handler, progress, null);
	}

	private static ReadSummary read(InputStream in, CountingInput counter, String source, Handler handler,
			ReadProgress progress, Executor decoders) throws IOException {
		LineSplitter splitter = new LineSplitter(source,
				decoders == null ? new Direct(source, handler) : new Blocks(source, handler, decoders));
		byte[] buffer = new byte[BUFFER_BYTES];
		long nextProgress = PROGRESS_EVERY_BYTES;
		int n;
		while ((n = in.read(buffer)) > 0) {
			if (!splitter.feed(buffer, n, progress)) {
				splitter.lines.drain();
				return splitter.summary(counter.count, true);
			}
			if (counter.count >= nextProgress) {
				progress.bytesRead(counter.count);
				nextProgress = counter.count + PROGRESS_EVERY_BYTES;
			}
		}
		splitter.finish();
		splitter.lines.drain();
		progress.bytesRead(counter.count);
		return splitter.summary(counter.count, false);
	}

	/** Cuts bytes into lines and hands each line's text, or why it has none, to its {@link Lines}. */
	private static final class LineSplitter {
		private final String source;
		final Lines lines;
		private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
		private byte[] line = new byte[1024];
		private int length;
		private long overflow; // bytes of the current line beyond MAX_LINE_BYTES
		private long lineNumber;

		LineSplitter(String source, Lines lines) {
			this.source = source;
			this.lines = lines;
		}

		/** @return false when cancelled */
		boolean feed(byte[] bytes, int count, ReadProgress progress) {
			int start = 0;
			for (int i = 0; i < count; i++) {
				if (bytes[i] == '\n') {
					append(bytes, start, i - start);
					endLine();
					start = i + 1;
					if (progress.isCancelled()) {
						return false;
					}
				}
			}
			append(bytes, start, count - start);
			return true;
		}

		void finish() {
			if (length > 0 || overflow > 0) {
				endLine();
			}
		}

		ReadSummary summary(long bytes, boolean cancelled) {
			return new ReadSummary(source, lineNumber, bytes, lines.events(), lines.rejected(), cancelled);
		}

		private void append(byte[] bytes, int from, int count) {
			if (count == 0) {
				return;
			}
			if (overflow > 0 || length + count > MAX_LINE_BYTES) {
				overflow += count;
				return;
			}
			if (length + count > line.length) {
				line = Arrays.copyOf(line, Math.min(MAX_LINE_BYTES, Math.max(line.length * 2, length + count)));
			}
			System.arraycopy(bytes, from, line, length, count);
			length += count;
		}

		private void endLine() {
			lineNumber++;
			try {
				if (overflow > 0) {
					reject("line is longer than " + MAX_LINE_BYTES / (1 << 20) + " MiB (" + (length + overflow)
							+ " bytes)", lossyText(0, length));
					return;
				}
				int from = lineNumber == 1 && startsWithByteOrderMark() ? 3 : 0;
				int to = length;
				if (to > from && line[to - 1] == '\r') {
					to--;
				}
				if (isBlank(from, to)) {
					return;
				}
				String text;
				try {
					text = decode(from, to);
				} catch (MalformedInputException e) {
					reject("not valid UTF-8: bad byte sequence at byte " + firstBadByte(from, to) + " of the line",
							lossyText(from, to));
					return;
				} catch (CharacterCodingException e) {
					reject("not valid UTF-8", lossyText(from, to));
					return;
				}
				lines.text(lineNumber, text);
			} finally {
				length = 0;
				overflow = 0;
			}
		}

		private void reject(String reason, String text) {
			lines.problem(new LineProblem(source, lineNumber, reason), text);
		}

		private String lossyText(int from, int to) {
			String text = new String(line, from, Math.min(to - from, MAX_KEPT_TEXT), StandardCharsets.UTF_8);
			return text.length() > MAX_KEPT_TEXT ? text.substring(0, MAX_KEPT_TEXT) : text;
		}

		private boolean startsWithByteOrderMark() {
			return length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF;
		}

		private boolean isBlank(int from, int to) {
			for (int i = from; i < to; i++) {
				byte b = line[i];
				if (b != ' ' && b != '\t' && b != '\r') {
					return false;
				}
			}
			return true;
		}

		private String decode(int from, int to) throws CharacterCodingException {
			boolean ascii = true;
			for (int i = from; i < to; i++) {
				if (line[i] < 0) {
					ascii = false;
					break;
				}
			}
			if (ascii) {
				return new String(line, from, to - from, StandardCharsets.ISO_8859_1);
			}
			// The JDK's own decoding is much faster than a CharsetDecoder, but replaces bad sequences with U+FFFD
			// instead of failing: only a line that has one (bad, or written so) is decoded again strictly.
			String text = new String(line, from, to - from, StandardCharsets.UTF_8);
			if (text.indexOf('\uFFFD') < 0) {
				return text;
			}
			return utf8.reset().decode(ByteBuffer.wrap(line, from, to - from)).toString();
		}

		private int firstBadByte(int from, int to) {
			CharsetDecoder probe = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT);
			ByteBuffer in = ByteBuffer.wrap(line, from, to - from);
			CharBuffer out = CharBuffer.allocate(to - from + 1);
			probe.decode(in, out, true);
			return in.position() - from + 1;
		}
	}

	/** Where a splitter's lines go: decoded and told to the handler, at once or in blocks. */
	private abstract static class Lines {
		final String source;
		final Handler handler;
		private long events;
		private long rejected;

		Lines(String source, Handler handler) {
			this.source = source;
			this.handler = handler;
		}

		/** A line's text, to decode. */
		abstract void text(long line, String text);

		/** A line rejected before decoding, with the text to keep. */
		abstract void problem(LineProblem problem, String text);

		/** Delivers everything still pending to the handler. */
		abstract void drain();

		final long events() {
			return events;
		}

		final long rejected() {
			return rejected;
		}

		/** Tells the handler of one line's outcome: an event, or a problem with the text kept. */
		final void deliver(long line, Object outcome, String text) {
			if (outcome instanceof Event event) {
				events++;
				handler.event(event, line);
			} else {
				rejected++;
				handler.problem((LineProblem) outcome, text);
			}
		}

		/** @return the event of a line's text, or the problem with it */
		final Object decode(long line, String text) {
			try {
				return EventCodec.decode(text);
			} catch (EventFormatException e) {
				return new LineProblem(source, line, e.getMessage());
			}
		}

		static String kept(String text) {
			return text.length() > MAX_KEPT_TEXT ? text.substring(0, MAX_KEPT_TEXT) : text;
		}
	}

	/** Decodes each line on the reading thread as it comes. */
	private static final class Direct extends Lines {
		Direct(String source, Handler handler) {
			super(source, handler);
		}

		@Override
		void text(long line, String text) {
			Object outcome = decode(line, text);
			deliver(line, outcome, outcome instanceof Event ? null : kept(text));
		}

		@Override
		void problem(LineProblem problem, String text) {
			deliver(problem.line(), problem, text);
		}

		@Override
		void drain() {
			// nothing is held
		}
	}

	/**
	 * Decodes lines in blocks on an executor and delivers the blocks in file order on the reading thread, with at
	 * most {@link #BLOCKS_IN_FLIGHT} of them decoded ahead.
	 */
	private static final class Blocks extends Lines {
		private final Executor decoders;
		private final Deque<CompletableFuture<Block>> pending = new ArrayDeque<>();
		private Block block = new Block();

		Blocks(String source, Handler handler, Executor decoders) {
			super(source, handler);
			this.decoders = Objects.requireNonNull(decoders, "decoders");
		}

		@Override
		void text(long line, String text) {
			block.add(line, text, null);
			if (block.size == BLOCK_LINES) {
				submit();
			}
		}

		@Override
		void problem(LineProblem problem, String text) {
			block.add(problem.line(), text, problem);
		}

		@Override
		void drain() {
			submit();
			while (!pending.isEmpty()) {
				deliver(pending.removeFirst());
			}
		}

		private void submit() {
			if (block.size == 0) {
				return;
			}
			Block full = block;
			block = new Block();
			while (pending.size() >= BLOCKS_IN_FLIGHT) {
				deliver(pending.removeFirst());
			}
			pending.addLast(CompletableFuture.supplyAsync(() -> full.decode(this), decoders));
		}

		private void deliver(CompletableFuture<Block> decoding) {
			Block decoded;
			try {
				decoded = decoding.join();
			} catch (CompletionException e) {
				if (e.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				if (e.getCause() instanceof Error error) {
					throw error;
				}
				throw e;
			}
			for (int i = 0; i < decoded.size; i++) {
				Object outcome = decoded.outcomes[i];
				deliver(decoded.lines[i], outcome, outcome instanceof Event ? null : kept(decoded.texts[i]));
			}
		}
	}

	/** Lines with their numbers and texts, and after decoding their outcomes (problems found early set at once). */
	private static final class Block {
		final long[] lines = new long[BLOCK_LINES];
		final String[] texts = new String[BLOCK_LINES];
		final Object[] outcomes = new Object[BLOCK_LINES];
		int size;

		void add(long line, String text, LineProblem problem) {
			lines[size] = line;
			texts[size] = text;
			outcomes[size] = problem;
			size++;
		}

		Block decode(Lines codec) {
			for (int i = 0; i < size; i++) {
				if (outcomes[i] == null) {
					outcomes[i] = codec.decode(lines[i], texts[i]);
					if (outcomes[i] instanceof Event) {
						texts[i] = null; // the text of an event is not needed any more
					}
				}
			}
			return this;
		}
	}

	/** Counts the bytes taken from the underlying stream, for progress. */
	private static final class CountingInput extends InputStream {
		private final InputStream in;
		long count;

		CountingInput(InputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = in.read(b, off, len);
			if (n > 0) {
				count += n;
			}
			return n;
		}

		@Override
		public void close() throws IOException {
			in.close();
		}
	}
}
