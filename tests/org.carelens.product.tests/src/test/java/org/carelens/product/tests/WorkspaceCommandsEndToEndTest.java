package org.carelens.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code carelens demo}, {@code import} and {@code workspace info} through the real launcher, and an import
 * killed with SIGKILL half-way and run again.
 */
class WorkspaceCommandsEndToEndTest {

	@TempDir
	Path dir;

	private static final Pattern EVENTS = Pattern.compile("  events: (\\d+) ");
	private static final Pattern QUARANTINE = Pattern.compile("  quarantine: (\\d+) entr");

	@Test
	void demoCreatesAWorkspaceThatInfoDescribes() throws Exception {
		Launcher.Run demo = Launcher.run(dir, "demo", "--workspace", "ws", "--conversations", "3000", "--seed", "7",
				"--from", "2025-11-01");
		assertEquals(0, demo.exit(), demo.err());
		assertTrue(demo.out().startsWith("Demo workspace ws: \"CareLens Demo — Bán lẻ Sao Mai\", 3000 conversations "
				+ "from 2025-11-01 to 2026-10-31, "), demo.out());
		assertTrue(Files.isRegularFile(dir.resolve("ws/workspace.carelens")));

		Launcher.Run info = Launcher.run(dir, "workspace", "info", "--workspace", "ws", "--facts");
		assertEquals(0, info.exit(), info.err());
		assertTrue(info.out().contains("    organisation: 3 sites, 5 managers, 10 teams, 120 agents\n"), info.out());
		assertTrue(info.out().contains("  conversations: 3000 ("), info.out());
		assertTrue(info.out().contains("    first-contact resolution: "), info.out());
		assertTrue(!info.out().contains("not up to date"), info.out());
		assertTrue(info.out().contains("  quarantine: 0 entries\n"), info.out());
		assertTrue(events(info) > 3000 * 5, info.out());
	}

	@Test
	void demoRefusesANonEmptyDirectory() throws Exception {
		Files.writeString(dir.resolve("keep.txt"), "x");
		Launcher.Run demo = Launcher.run(dir, "demo", "--workspace", ".");
		assertEquals(2, demo.exit());
		assertTrue(demo.err().startsWith("carelens demo: . is not empty; a demo workspace needs a new or empty directory"),
				demo.err());
	}

	@Test
	void importingTwiceStoresEveryEventOnceAndQuarantinesBadLinesOnce() throws Exception {
		writeEvents(dir.resolve("events.jsonl"), 200, List.of("{\"id\":\"bad\",\"type\":\"message\"}", "oops"));
		Launcher.Run first = Launcher.run(dir, "import", "events.jsonl", "--workspace", "ws");
		assertEquals(1, first.exit(), "something was quarantined: " + first.err());
		assertTrue(first.out().startsWith("Imported 1 file into ws: 600 events ingested, 0 duplicates, 0 conflicts, "
				+ "2 rejected lines (602 lines read)\n"), first.out());
		assertTrue(first.out().contains("  events.jsonl:601: missing required field 'at'"), first.out());

		Launcher.Run second = Launcher.run(dir, "import", "events.jsonl", "--workspace", "ws");
		assertTrue(second.out().startsWith("Imported 1 file into ws: 0 events ingested, 600 duplicates"), second.out());

		Launcher.Run info = Launcher.run(dir, "workspace", "info", "--workspace", "ws", "--quarantine");
		assertEquals(600, events(info));
		assertEquals(2, quarantined(info), info.out());
		assertTrue(info.out().contains("    events.jsonl:602: not valid JSON"), info.out());
	}

	@Test
	void anImportKilledHalfWayAndRunAgainEndsWithExactlyOneCopyOfEveryEvent() throws Exception {
		// 1,500,000 events: six batches, several seconds of import, so there is a middle to kill in
		int conversations = 500_000;
		Path file = dir.resolve("big.jsonl");
		writeEvents(file, conversations, List.of());

		Path out = dir.resolve("killed.out");
		Path err = dir.resolve("killed.err");
		Process importing = Launcher.start(dir, out, err, "import", "big.jsonl", "--workspace", "ws");
		long deadline = System.currentTimeMillis() + 120_000;
		// kill once at least one batch is committed, as progress says: "..., 245,760 events stored"
		Pattern stored = Pattern.compile("events stored");
		while (importing.isAlive() && System.currentTimeMillis() < deadline
				&& !Files.readString(err).lines().anyMatch(line -> stored.matcher(line).find() && !line.endsWith(" 0 events stored"))) {
			Thread.sleep(20);
		}
		assertTrue(importing.isAlive(), "the import finished before it could be killed: " + Files.readString(out));
		importing.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close
		importing.waitFor();

		Launcher.Run again = Launcher.run(dir, "import", "big.jsonl", "--workspace", "ws");
		assertEquals(0, again.exit(), again.err());
		Matcher counts = Pattern.compile("(\\d+) events ingested, (\\d+) duplicates, 0 conflicts").matcher(again.out());
		assertTrue(counts.find(), again.out());
		long ingestedAgain = Long.parseLong(counts.group(1));
		long duplicates = Long.parseLong(counts.group(2));
		assertTrue(duplicates > 0, "the killed import had committed something: " + again.out());
		assertEquals(3L * conversations, ingestedAgain + duplicates);

		Launcher.Run clean = Launcher.run(dir, "import", "big.jsonl", "--workspace", "clean");
		assertEquals(0, clean.exit(), clean.err());
		long killedThenResumed = events(Launcher.run(dir, "workspace", "info", "--workspace", "ws"));
		long oneCleanImport = events(Launcher.run(dir, "workspace", "info", "--workspace", "clean"));
		assertEquals(3L * conversations, oneCleanImport);
		assertEquals(oneCleanImport, killedThenResumed, "nothing lost, nothing doubled");
		assertEquals(conversationFacts(dir, "clean"), conversationFacts(dir, "ws"), "the same facts too");
	}

	@Test
	void anImportKilledWhileFoldingFactsLeavesThemToBeFinished() throws Exception {
		int conversations = 250_000;
		Path file = dir.resolve("big.jsonl");
		writeEvents(file, conversations, List.of());
		Path out = dir.resolve("killed.out");
		Path err = dir.resolve("killed.err");
		// folded from events read back from the store (none held in memory): the slow way, long enough to be killed in
		Process importing = Launcher.start(dir, out, err, Map.of("CARELENS_VM_ARGS", "-Dcarelens.facts.memoryEvents=0"),
				"import", "big.jsonl", "--workspace", "ws");
		long deadline = System.currentTimeMillis() + 120_000;
		while (importing.isAlive() && System.currentTimeMillis() < deadline
				&& !Files.readString(err).contains("computing conversation facts")) {
			Thread.sleep(20);
		}
		assertTrue(importing.isAlive(), "the import finished before it could be killed: " + Files.readString(out));
		importing.destroyForcibly();
		importing.waitFor();

		Launcher.Run behind = Launcher.run(dir, "workspace", "info", "--workspace", "ws", "--facts");
		assertEquals(3L * conversations, events(behind), "every event was stored before the facts were folded");
		assertTrue(behind.out().contains("not up to date with the latest events"), behind.out());

		Launcher.Run finish = Launcher.run(dir, "workspace", "facts", "--workspace", "ws");
		assertEquals(0, finish.exit(), finish.err());
		assertTrue(finish.out().contains(conversations + " in all, up to date with every event"), finish.out());

		assertEquals(0, Launcher.run(dir, "import", "big.jsonl", "--workspace", "clean").exit());
		assertEquals(conversationFacts(dir, "clean"), conversationFacts(dir, "ws"));
	}

	/** @return what {@code workspace info --facts} says of the conversations of a workspace */
	private static String conversationFacts(Path dir, String workspace) throws Exception {
		Launcher.Run info = Launcher.run(dir, "workspace", "info", "--workspace", workspace, "--facts");
		assertEquals(0, info.exit(), info.err());
		String text = info.out();
		int start = text.indexOf("  conversations: ");
		assertTrue(start >= 0, text);
		return text.substring(start);
	}

	/** Writes three events per conversation (opened, customer message, reply), then the extra lines. */
	private static void writeEvents(Path file, int conversations, List<String> extraLines) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (int c = 0; c < conversations; c++) {
				String at = String.format("2026-03-%02dT%02d:%02d:00Z", 1 + c % 28, c % 24, c % 60);
				out.write("{\"id\":\"o" + c + "\",\"type\":\"conversation.opened\",\"at\":\"" + at + "\",\"conversation\":\"c"
						+ c + "\",\"channel\":\"CHAT\",\"customer\":\"cu" + (c % 997) + "\",\"topic\":\"giao hàng\"}\n");
				out.write("{\"id\":\"m" + c + "\",\"type\":\"message\",\"at\":\"" + at + "\",\"conversation\":\"c" + c
						+ "\",\"author\":\"customer\"}\n");
				out.write("{\"id\":\"r" + c + "\",\"type\":\"message\",\"at\":\"" + at + "\",\"conversation\":\"c" + c
						+ "\",\"author\":\"agent\",\"agent\":\"a" + (c % 40) + "\"}\n");
			}
			for (String line : extraLines) {
				out.write(line + "\n");
			}
		}
	}

	private static long events(Launcher.Run info) {
		Matcher matcher = EVENTS.matcher(info.out());
		assertTrue(matcher.find(), info.out() + info.err());
		return Long.parseLong(matcher.group(1));
	}

	private static long quarantined(Launcher.Run info) {
		Matcher matcher = QUARANTINE.matcher(info.out());
		assertTrue(matcher.find(), info.out());
		return Long.parseLong(matcher.group(1));
	}
}
