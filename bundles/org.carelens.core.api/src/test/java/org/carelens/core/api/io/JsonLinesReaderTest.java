package org.carelens.core.api.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

import org.carelens.core.api.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {

	@TempDir
	Path dir;

	/** Collects what a read hands out. */
	private static class Collector implements JsonLinesReader.Handler {
		final List<Event> events = new ArrayList<>();
		final List<Long> eventLines = new ArrayList<>();
		final List<LineProblem> problems = new ArrayList<>();
		final List<String> texts = new ArrayList<>();

		@Override
		public void event(Event event, long line) {
			events.add(event);
			eventLines.add(line);
		}

		@Override
		public void problem(LineProblem problem) {
			problems.add(problem);
		}

		@Override
		public void problem(LineProblem problem, String text) {
			problem(problem);
			texts.add(text);
		}
	}

	private static String resolved(int i) {
		return Json.conversationEvent("e-" + i, "resolved").str("conversation", "c-" + i).toString();
	}

	private static Collector read(String content) throws IOException {
		return read(content.getBytes(StandardCharsets.UTF_8));
	}

	private static Collector read(byte[] content) throws IOException {
		Collector collector = new Collector();
		JsonLinesReader.read(new ByteArrayInputStream(content), "mem.jsonl", collector, ReadProgress.NONE);
		return collector;
	}

	@Test
	void hundredThousandLinesWithThreeBadOnesKeepEveryGoodLine() throws IOException {
		Path file = dir.resolve("big.jsonl");
		List<Integer> badLines = List.of(2, 50_001, 100_000);
		try (OutputStream out = Files.newOutputStream(file)) {
			for (int line = 1; line <= 100_000; line++) {
				String text;
				if (line == 2) {
					text = "{\"id\":\"broken\""; // not JSON
				} else if (line == 50_001) {
					text = Json.conversationEvent("e-" + line, "survey.response").str("survey", "s").str("kind", "csat")
							.raw("score", "9").toString();
				} else if (line == 100_000) {
					text = Json.conversationEvent("e-" + line, "conversation.closed").toString();
				} else {
					text = resolved(line);
				}
				out.write((text + "\n").getBytes(StandardCharsets.UTF_8));
			}
		}
		Collector collector = new Collector();
		ReadSummary summary = JsonLinesReader.read(file, collector);

		assertEquals(3, collector.problems.size());
		assertEquals(badLines, collector.problems.stream().map(p -> (int) p.line()).toList());
		assertEquals(file.toString(), collector.problems.get(0).source());
		assertTrue(collector.problems.get(1).reason().contains("csat score 9 is out of range 1–5"));
		assertTrue(collector.problems.get(2).reason().startsWith("unknown event type 'conversation.closed'"));
		assertEquals(99_997, collector.events.size());
		assertEquals(new ReadSummary(file.toString(), 100_000, Files.size(file), 99_997, 3, false), summary);
		assertEquals("e-1", collector.events.get(0).id());
		assertEquals("e-3", collector.events.get(1).id(), "the line after a bad one is read");
		assertEquals(3L, collector.eventLines.get(1));
		assertEquals("e-99999", collector.events.get(99_996).id());
	}

	@Test
	void blankLinesCrlfAndAByteOrderMarkAreAccepted() throws IOException {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] body = (resolved(1) + "\r\n\r\n   \n" + resolved(2) + "\r\n").getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		content.write(bom);
		content.write(body);
		Collector collector = read(content.toByteArray());
		assertEquals(List.of(), collector.problems);
		assertEquals(List.of(1L, 4L), collector.eventLines);
	}

	@Test
	void aLastLineWithoutLineBreakIsRead() throws IOException {
		Collector collector = read(resolved(1) + "\n" + resolved(2));
		assertEquals(2, collector.events.size());
	}

	@Test
	void invalidUtf8IsRejectedAndItsNeighboursKept() throws IOException {
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		content.write((resolved(1) + "\n").getBytes(StandardCharsets.UTF_8));
		content.write("{\"id\":\"x\",\"type\":\"resolved\",\"conversation\":\"".getBytes(StandardCharsets.UTF_8));
		content.write(new byte[] { (byte) 0xC3, (byte) 0x28 }); // C3 must be followed by a continuation byte
		content.write("\",\"at\":\"2026-01-01T00:00:00Z\"}\n".getBytes(StandardCharsets.UTF_8));
		content.write((resolved(3) + "\n").getBytes(StandardCharsets.UTF_8));
		Collector collector = read(content.toByteArray());
		assertEquals(List.of(new LineProblem("mem.jsonl", 2, "not valid UTF-8: bad byte sequence at byte 45 of the line")),
				collector.problems);
		assertEquals(List.of(1L, 3L), collector.eventLines);
	}

	@Test
	void overlongAndSurrogateEncodingsAreRejectedButAWrittenReplacementCharacterIsKept() throws IOException {
		byte[][] bad = { { (byte) 0xC0, (byte) 0xAF }, // '/' in two bytes: overlong
				{ (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, // the surrogate D800 encoded directly
				{ (byte) 0xEF, (byte) 0xBF, (byte) 0xBD, (byte) 0xFF } }; // a real U+FFFD, then a byte UTF-8 never has
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		for (byte[] sequence : bad) {
			content.write("{\"id\":\"x\",\"type\":\"tagged\",\"conversation\":\"c\",\"topic\":\"".getBytes(StandardCharsets.UTF_8));
			content.write(sequence);
			content.write("\",\"at\":\"2026-01-01T00:00:00Z\"}\n".getBytes(StandardCharsets.UTF_8));
		}
		content.write(Json.conversationEvent("ok", "tagged").str("topic", "h\uFFFDng hóa").toString()
				.getBytes(StandardCharsets.UTF_8));
		Collector collector = read(content.toByteArray());
		assertEquals(List.of(1L, 2L, 3L), collector.problems.stream().map(LineProblem::line).toList());
		assertEquals("h\uFFFDng hóa", ((Event.Tagged) collector.events.get(0)).topic().orElseThrow());
	}

	@Test
	void vietnameseTextIsDecoded() throws IOException {
		Collector collector = read(Json.conversationEvent("v", "tagged").str("topic", "bảo hành").toString());
		assertEquals("bảo hành", ((Event.Tagged) collector.events.get(0)).topic().orElseThrow());
	}

	@Test
	void anOverlongLineIsRejectedWithoutLosingTheNextOne() throws IOException {
		String huge = Json.conversationEvent("big", "resolved").str("note", "x".repeat(JsonLinesReader.MAX_LINE_BYTES))
				.toString();
		Collector collector = read(huge + "\n" + resolved(2) + "\n");
		assertEquals(1, collector.problems.size());
		assertTrue(collector.problems.get(0).reason().startsWith("line is longer than 1 MiB"));
		assertEquals(List.of(2L), collector.eventLines);
	}

	@Test
	void gzipFilesAreReadByName() throws IOException {
		Path file = dir.resolve("events.jsonl.gz");
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
			out.write((resolved(1) + "\n" + resolved(2) + "\n").getBytes(StandardCharsets.UTF_8));
		}
		Collector collector = new Collector();
		ReadSummary summary = JsonLinesReader.read(file, collector);
		assertEquals(2, collector.events.size());
		assertEquals(Files.size(file), summary.bytes(), "progress counts compressed bytes");
	}

	@Test
	void cancellingStopsAtTheNextLine() throws IOException {
		StringBuilder content = new StringBuilder();
		for (int i = 0; i < 1000; i++) {
			content.append(resolved(i)).append('\n');
		}
		Collector collector = new Collector();
		ReadProgress cancelAfterTen = ReadProgress.cancelledWhen(() -> collector.events.size() >= 10);
		ReadSummary summary = JsonLinesReader.read(
				new ByteArrayInputStream(content.toString().getBytes(StandardCharsets.UTF_8)), "mem", collector,
				cancelAfterTen);
		assertTrue(summary.cancelled());
		assertEquals(10, collector.events.size());
		assertFalse(summary.lines() > 10);
	}

	@Test
	void writerAndReaderRoundTrip() throws Exception {
		Collector original = read(resolved(1) + "\n" + Json.opened("o").str("topic", "giao hàng") + "\n");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (JsonLinesWriter writer = new JsonLinesWriter(out)) {
			for (Event event : original.events) {
				writer.write(event);
			}
		}
		assertEquals(original.events, read(out.toByteArray()).events);
	}

	@Test
	void rejectedLinesComeWithTheirText() throws IOException {
		Collector collector = read(resolved(1) + "\n{\"id\":\"x\",\"type\":\"nope\"}\r\n");
		assertEquals(List.of("{\"id\":\"x\",\"type\":\"nope\"}"), collector.texts);
	}

	/** Lines of every kind, over several of the parallel reader's blocks. */
	private Path mixedFile(int blocks) throws IOException {
		Path file = dir.resolve("mixed-" + blocks + ".jsonl");
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			for (int line = 1; line <= blocks * JsonLinesReader.BLOCK_LINES + 17; line++) {
				if (line % 997 == 0) {
					out.write("{\"id\":\"broken\"\n".getBytes(StandardCharsets.UTF_8));
				} else if (line % 1009 == 0) {
					out.write((Json.conversationEvent("e-" + line, "conversation.closed") + "\n")
							.getBytes(StandardCharsets.UTF_8));
				} else if (line == JsonLinesReader.BLOCK_LINES) {
					out.write(new byte[] { '{', (byte) 0xC3, (byte) 0x28, '}', '\n' });
				} else if (line == JsonLinesReader.BLOCK_LINES + 1) {
					out.write(("{\"note\":\"" + "x".repeat(JsonLinesReader.MAX_LINE_BYTES) + "\"}\n")
							.getBytes(StandardCharsets.UTF_8));
				} else if (line % 101 == 0) {
					out.write("   \r\n".getBytes(StandardCharsets.UTF_8));
				} else {
					out.write((Json.conversationEvent("e-" + line, "tagged").str("topic", "bảo hành " + line)
							+ (line % 2 == 0 ? "\r\n" : "\n")).getBytes(StandardCharsets.UTF_8));
				}
			}
		}
		return file;
	}

	@Test
	void decodingInParallelHandsOutExactlyWhatASequentialReadDoes() throws Exception {
		Path file = mixedFile(3);
		Collector sequential = new Collector();
		ReadSummary expected = JsonLinesReader.read(file, sequential);
		ExecutorService decoders = Executors.newFixedThreadPool(3);
		try {
			Thread reader = Thread.currentThread();
			List<Thread> handlerThreads = new ArrayList<>();
			Collector parallel = new Collector() {
				@Override
				public void event(Event event, long line) {
					handlerThreads.add(Thread.currentThread());
					super.event(event, line);
				}
			};
			ReadSummary summary = JsonLinesReader.read(file, parallel, ReadProgress.NONE, decoders);
			assertEquals(expected, summary);
			assertEquals(sequential.events, parallel.events);
			assertEquals(sequential.eventLines, parallel.eventLines);
			assertEquals(sequential.problems, parallel.problems);
			assertEquals(sequential.texts, parallel.texts);
			assertEquals(Set.of(reader), Set.copyOf(handlerThreads), "the handler is called on the reading thread");
			assertTrue(sequential.problems.size() >= 8, "the file has problems of every kind: " + sequential.problems);
			assertTrue(sequential.events.size() > 3 * JsonLinesReader.BLOCK_LINES - 200);
		} finally {
			decoders.shutdownNow();
		}
	}

	@Test
	void cancellingAParallelReadDeliversWhatWasReadInOrderAndStops() throws Exception {
		// more blocks than are decoded ahead, so that deliveries (which the cancellation watches) begin before the end
		int blocks = JsonLinesReader.BLOCKS_IN_FLIGHT + 6;
		Path file = mixedFile(blocks);
		ExecutorService decoders = Executors.newFixedThreadPool(2);
		try {
			Collector collector = new Collector();
			ReadProgress cancelAfterABlock = ReadProgress
					.cancelledWhen(() -> collector.events.size() >= JsonLinesReader.BLOCK_LINES / 2);
			ReadSummary summary = JsonLinesReader.read(file, collector, cancelAfterABlock, decoders);
			assertTrue(summary.cancelled());
			long delivered = collector.events.size() + collector.problems.size();
			assertTrue(delivered < blocks * JsonLinesReader.BLOCK_LINES, "reading stopped early: " + delivered);
			assertEquals(summary.events() + summary.rejected(), delivered, "every line read was delivered");
			List<Long> sorted = new ArrayList<>(collector.eventLines);
			sorted.sort(null);
			assertEquals(sorted, collector.eventLines, "in file order");
		} finally {
			decoders.shutdownNow();
		}
	}

	@Test
	void problemsPrintLikeCompilerMessages() {
		assertEquals("a/b.jsonl:12: missing required field 'id'",
				new LineProblem("a/b.jsonl", 12, "missing required field 'id'").toString());
	}
}
