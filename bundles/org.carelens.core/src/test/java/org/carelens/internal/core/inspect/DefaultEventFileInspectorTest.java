package org.carelens.internal.core.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.EventType;
import org.carelens.core.api.io.LineProblem;
import org.carelens.core.api.io.ReadProgress;
import org.carelens.core.inspect.FileReport;
import org.carelens.core.inspect.InspectionReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultEventFileInspectorTest {

	@TempDir
	Path dir;

	private final DefaultEventFileInspector inspector = new DefaultEventFileInspector();
	private final List<LineProblem> heard = new ArrayList<>();

	private Path file(String name, String... lines) throws IOException {
		Path file = dir.resolve(name);
		Files.write(file, List.of(lines), StandardCharsets.UTF_8);
		return file;
	}

	private static String opened(String id, String conversation, String channel, String at) {
		return "{\"id\":\"" + id + "\",\"type\":\"conversation.opened\",\"at\":\"" + at + "\",\"conversation\":\""
				+ conversation + "\",\"channel\":\"" + channel + "\",\"customer\":\"cu\"}";
	}

	private static String message(String id, String conversation, String at) {
		return "{\"id\":\"" + id + "\",\"type\":\"message\",\"at\":\"" + at + "\",\"conversation\":\"" + conversation
				+ "\",\"author\":\"customer\"}";
	}

	private InspectionReport inspect(Path... files) throws IOException {
		return inspector.inspect(List.of(files), ReadProgress.NONE, heard::add);
	}

	@Test
	void countsEventsByTypeAndChannelOfTheirConversation() throws IOException {
		Path file = file("a.jsonl", //
				opened("1", "c1", "CHAT", "2026-01-05T02:00:00Z"), //
				message("2", "c1", "2026-01-05T02:01:00Z"), //
				message("3", "c1", "2026-01-05T02:03:00Z"), //
				opened("4", "c2", "VOICE", "2026-01-06T09:00:00+07:00"), //
				"{\"id\":\"5\",\"type\":\"order\",\"at\":\"2026-01-04T00:00:00Z\",\"customer\":\"cu\",\"amount\":10}");
		FileReport report = inspect(file).files().get(0);

		assertEquals(5, report.events());
		assertEquals(1, report.counts().count(EventType.CONVERSATION_OPENED, ChannelKind.CHAT));
		assertEquals(2, report.counts().count(EventType.MESSAGE, ChannelKind.CHAT));
		assertEquals(1, report.counts().count(EventType.CONVERSATION_OPENED, ChannelKind.VOICE));
		assertEquals(1, report.counts().noConversation(EventType.ORDER));
		assertEquals(3, report.counts().total(ChannelKind.CHAT));
		assertEquals(2, report.counts().total(EventType.CONVERSATION_OPENED));
		assertEquals(Optional.of(Instant.parse("2026-01-04T00:00:00Z")), report.first());
		assertEquals(Optional.of(Instant.parse("2026-01-06T02:00:00Z")), report.last());
	}

	@Test
	void eventsBeforeTheirOpeningAndInOtherFilesGetItsChannel() throws IOException {
		Path early = file("early.jsonl", message("m1", "c1", "2026-01-05T02:01:00Z"),
				message("m2", "lost", "2026-01-05T02:02:00Z"));
		Path late = file("late.jsonl", opened("o1", "c1", "EMAIL", "2026-01-05T02:00:00Z"));
		InspectionReport report = inspect(early, late);

		FileReport first = report.files().get(0);
		assertEquals(1, first.counts().count(EventType.MESSAGE, ChannelKind.EMAIL),
				"opened in the other file, counted under its channel");
		assertEquals(1, first.counts().unknownChannel(EventType.MESSAGE), "never opened: unknown channel");
		assertEquals(2, report.total().counts().total(ChannelKind.EMAIL));
		assertEquals(3, report.total().events());
	}

	@Test
	void rejectedLinesAreReportedAndTheRestCounted() throws IOException {
		Path file = file("bad.jsonl", opened("1", "c1", "SOCIAL", "2026-01-05T02:00:00Z"), "not json",
				opened("3", "c3", "PIGEON", "2026-01-05T02:00:00Z"), message("4", "c1", "2026-01-05T02:09:00Z"));
		InspectionReport report = inspect(file);

		assertEquals(2, report.total().events());
		assertEquals(2, report.total().rejected());
		assertEquals(4, report.total().lines());
		assertEquals(List.of(2L, 3L), report.problems().stream().map(LineProblem::line).toList());
		assertEquals(report.problems(), heard);
		assertFalse(report.problemsTruncated());
		assertTrue(report.problems().get(1).reason().contains("\"PIGEON\""));
	}

	@Test
	void cancellingReturnsWhatWasReadSoFar() throws IOException {
		Path a = file("a.jsonl", opened("1", "c1", "APP", "2026-01-05T02:00:00Z"));
		Path b = file("b.jsonl", opened("2", "c2", "APP", "2026-01-05T02:00:00Z"));
		InspectionReport report = inspector.inspect(List.of(a, b), ReadProgress.cancelledWhen(() -> true), heard::add);
		assertTrue(report.cancelled());
		assertEquals(List.of(), report.files());
	}
}
