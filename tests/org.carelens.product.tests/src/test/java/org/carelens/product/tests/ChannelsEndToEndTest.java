package org.carelens.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code carelens channels} through the real launcher: a Freshdesk export added as a channel, run, run again after
 * the export grew, and a run killed with SIGKILL half-way and run again.
 */
class ChannelsEndToEndTest {

	private static final String HEADER = "Ticket ID,Subject,Status,Priority,Source,Type,Agent,Group,Created time,"
			+ "Due by Time,Resolved time,Closed time,Last update time,Initial response time,Time tracked,"
			+ "First response time (in hrs),Resolution time (in hrs),Agent interactions,Customer interactions,"
			+ "Resolution status,First response status,Tags,Survey results,Product,Full name,Contact ID,Email\n";
	private static final Pattern EVENTS = Pattern.compile("events: (\\d+)");

	@TempDir
	Path dir;

	/** A resolved ticket: 5 events (opened, assigned, reply, resolved, csat). */
	private static String ticket(int id) {
		int day = 1 + id % 28;
		return id + ",Đơn hàng " + id + ",Closed,Medium,Email,Question,Agent " + (id % 40) + ",Tier 1,2026-03-"
				+ two(day) + " 09:00:00,,2026-03-" + two(day) + " 15:30:00,,,2026-03-" + two(day)
				+ " 10:30:00,,1.5,6.5,1,1,,,,Awesome,,Khách " + id + ",c-" + id + ",k" + id + "@example.vn\n";
	}

	private static String two(int value) {
		return value < 10 ? "0" + value : Integer.toString(value);
	}

	private static void write(Path file, int from, int to) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
				Files.exists(file) ? StandardOpenOption.APPEND : StandardOpenOption.CREATE_NEW)) {
			if (from == 1) {
				out.write(HEADER);
			}
			for (int id = from; id <= to; id++) {
				out.write(ticket(id));
			}
		}
	}

	private static long events(Launcher.Run info) {
		Matcher matcher = EVENTS.matcher(info.out());
		assertTrue(matcher.find(), info.out() + info.err());
		return Long.parseLong(matcher.group(1));
	}

	@Test
	void anExportAddedAsAChannelIsImportedOnceAndResumedWhenItGrows() throws Exception {
		Path export = dir.resolve("freshdesk.csv");
		write(export, 1, 3);
		Files.writeString(export, "4,Bad,Closed,Medium,Email,Question,Agent 4,Tier 1,hôm qua,,,,,,,,,,,,,,,,K,c-4,x\n",
				StandardOpenOption.APPEND);

		Launcher.Run added = Launcher.run(dir, "channels", "add", "fd", "--connector", "file.csv", "--workspace", "ws",
				"file=freshdesk.csv", "preset=freshdesk", "zone=Asia/Ho_Chi_Minh");
		assertEquals(0, added.exit(), added.err());
		assertEquals("Added channel fd (CSV or XLSX ticket export) to " + dir.resolve("ws") + "\n", added.out());

		Launcher.Run first = Launcher.run(dir, "channels", "run", "--workspace", "ws");
		assertEquals(1, first.exit(), "a row was quarantined: " + first.out() + first.err());
		assertTrue(first.out().startsWith("fd (file.csv): 15 events, 15 stored, 0 duplicates, 0 conflicts, 1 rejected\n"),
				first.out());
		assertTrue(first.out().contains("freshdesk.csv:5: 'Created time': 'hôm qua' matches none of the timestamp "
				+ "formats"), first.out());

		write(export, 5, 6);
		Launcher.Run second = Launcher.run(dir, "channels", "run", "fd", "--workspace", "ws");
		assertEquals(0, second.exit(), second.out() + second.err());
		assertEquals("fd (file.csv): 10 events, 10 stored, 0 duplicates, 0 conflicts, 0 rejected\n", second.out(),
				"only the two new tickets");
		assertEquals(25, events(Launcher.run(dir, "workspace", "info", "--workspace", "ws")));
		Launcher.Run facts = Launcher.run(dir, "workspace", "info", "--workspace", "ws", "--facts");
		assertTrue(facts.out().contains("  conversations: 5 ("), "the run brought the facts up to date: " + facts.out());
		assertTrue(!facts.out().contains("not up to date"), facts.out());

		Launcher.Run list = Launcher.run(dir, "channels", "list", "--workspace", "ws");
		assertTrue(list.out().contains("  fd  fd (EMAIL) connector file.csv, has run\n"), list.out());
		Launcher.Run unknown = Launcher.run(dir, "channels", "run", "nope", "--workspace", "ws");
		assertEquals(2, unknown.exit());
		assertTrue(unknown.err().contains("the workspace has no channel 'nope' (it has [fd])"), unknown.err());
	}

	@Test
	void anXlsxExportIsReadInTheProduct() throws Exception {
		Path fixture = Path.of("../../bundles/org.carelens.channels.file/src/test/resources/fixtures/freshdesk-tickets.xlsx");
		Files.copy(fixture, dir.resolve("tickets.xlsx"));
		Launcher.Run added = Launcher.run(dir, "channels", "add", "fdx", "--connector", "file.csv", "--workspace", "ws",
				"file=tickets.xlsx", "preset=freshdesk", "zone=Asia/Ho_Chi_Minh");
		assertEquals(0, added.exit(), added.err());
		Launcher.Run run = Launcher.run(dir, "channels", "run", "--workspace", "ws");
		assertEquals(1, run.exit(), run.out() + run.err());
		assertTrue(run.out().startsWith("fdx (file.csv): 7 events, 7 stored, 0 duplicates, 0 conflicts, 1 rejected\n"
				+ "  Quarantined (see 'carelens workspace info --workspace " + dir.resolve("ws") + " --quarantine'):\n"
				+ "    tickets.xlsx:4: status 'Resolved' is resolved, but it has no resolution time in 'Resolved time'"),
				run.out());
	}

	@Test
	void aRunKilledHalfWayAndRunAgainStoresEveryEventExactlyOnce() throws Exception {
		int tickets = 100_000; // 500,000 events: several seconds of import, so there is a middle to kill in
		write(dir.resolve("big.csv"), 1, tickets);
		for (String workspace : new String[] { "ws", "clean" }) {
			Launcher.Run added = Launcher.run(dir, "channels", "add", "big", "--connector", "file.csv", "--workspace",
					workspace, "file=big.csv", "preset=freshdesk", "commit_rows=10000");
			assertEquals(0, added.exit(), added.err());
		}

		Path out = dir.resolve("killed.out");
		Path err = dir.resolve("killed.err");
		Process running = Launcher.start(dir, out, err, "channels", "run", "--workspace", "ws");
		long deadline = System.currentTimeMillis() + 120_000;
		// kill once something is committed, as progress says: "big: running, 50000 events stored, 0 rejected"
		Pattern stored = Pattern.compile("big: running, [1-9]\\d* events stored");
		while (running.isAlive() && System.currentTimeMillis() < deadline
				&& Files.readString(err).lines().noneMatch(line -> stored.matcher(line).find())) {
			Thread.sleep(20);
		}
		assertTrue(running.isAlive(), "the run finished before it could be killed: " + Files.readString(out));
		running.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close
		running.waitFor();
		long beforeRestart = events(Launcher.run(dir, "workspace", "info", "--workspace", "ws"));
		assertTrue(beforeRestart > 0 && beforeRestart < 5L * tickets, "killed half-way: " + beforeRestart);

		Launcher.Run again = Launcher.run(dir, "channels", "run", "--workspace", "ws");
		assertEquals(0, again.exit(), again.out() + again.err());
		Matcher counts = Pattern.compile("(\\d+) stored, (\\d+) duplicates, 0 conflicts, 0 rejected").matcher(again.out());
		assertTrue(counts.find(), again.out());
		assertEquals(5L * tickets - beforeRestart, Long.parseLong(counts.group(1)), "the rest, resumed: " + again.out());

		Launcher.Run clean = Launcher.run(dir, "channels", "run", "--workspace", "clean");
		assertEquals(0, clean.exit(), clean.out() + clean.err());
		long oneCleanRun = events(Launcher.run(dir, "workspace", "info", "--workspace", "clean"));
		assertEquals(5L * tickets, oneCleanRun);
		assertEquals(oneCleanRun, events(Launcher.run(dir, "workspace", "info", "--workspace", "ws")),
				"nothing lost, nothing doubled");
	}
}
