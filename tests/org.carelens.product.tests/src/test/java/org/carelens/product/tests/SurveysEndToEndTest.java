package org.carelens.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code carelens surveys dispatch} through the real launcher, on a demo workspace.
 */
class SurveysEndToEndTest {

	@TempDir
	Path dir;

	private static final Pattern ROW = Pattern.compile("(?m)^(\\S+)\\s+([\\d,]+)\\s+([\\d,]+)  (.*)$");

	@Test
	void dispatchDecidesEachResolvedConversationOnceAndRecordsWhy() throws Exception {
		Launcher.Run demo = Launcher.run(dir, "demo", "--workspace", "ws", "--conversations", "2000", "--seed", "11",
				"--from", "2026-10-01");
		assertEquals(0, demo.exit(), demo.err());

		Launcher.Run first = Launcher.run(dir, "surveys", "dispatch", "--workspace", "ws", "--at",
				"2026-10-31T12:00");
		assertEquals(0, first.exit(), first.err());
		long decided = 0;
		Matcher rows = ROW.matcher(first.out());
		int surveys = 0;
		while (rows.find()) {
			if (rows.group(1).equals("survey")) {
				continue;
			}
			surveys++;
			long count = Long.parseLong(rows.group(2).replace(",", ""));
			assertTrue(count > 0, "every demo survey has conversations to decide on: " + first.out());
			decided += count;
			if (rows.group(1).equals("csat-2026")) {
				// a month of resolved contacts decided at its end: most were due more than a day before
				assertTrue(rows.group(4).contains("too late: "), first.out());
			}
		}
		assertEquals(4, surveys, first.out());
		Path log = dir.resolve("ws/surveys/decisions.jsonl");
		List<String> lines = Files.readAllLines(log);
		assertEquals(decided, lines.size(), "one recorded decision per decided conversation and survey");
		assertTrue(lines.stream().anyMatch(l -> l.contains("\"send_at\"")), "some are sent");
		assertTrue(lines.stream().anyMatch(l -> l.contains("\"reason\":\"not_sampled\"")), "CSAT samples 30%");

		Launcher.Run again = Launcher.run(dir, "surveys", "dispatch", "--workspace", "ws", "--at", "2026-10-31T12:00");
		assertEquals(0, again.exit(), again.err());
		Matcher none = ROW.matcher(again.out());
		while (none.find()) {
			if (!none.group(1).equals("survey")) {
				assertEquals("0", none.group(2), "nothing new to decide: " + again.out());
			}
		}
		assertEquals(lines.size(), Files.readAllLines(log).size());
	}

	@Test
	void aFolderWithoutConfigurationIsRefusedWithItsReason() throws Exception {
		Files.createDirectories(dir.resolve("empty"));
		Launcher.Run run = Launcher.run(dir, "surveys", "dispatch", "--workspace", "empty");
		assertEquals(1, run.exit());
		assertTrue(run.err().startsWith("carelens surveys: empty has no workspace.carelens"), run.err());
	}
}
