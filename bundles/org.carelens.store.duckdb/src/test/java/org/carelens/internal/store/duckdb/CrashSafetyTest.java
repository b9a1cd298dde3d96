package org.carelens.internal.store.duckdb;

import static org.carelens.store.api.contract.SampleEvents.json;
import static org.carelens.store.api.contract.SampleEvents.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.carelens.store.api.AppendResult;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.QuarantineEntry;
import org.carelens.store.api.StoreException;
import org.carelens.store.api.StoreLocation;
import org.duckdb.DuckDBDriver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3: an import killed with {@code kill -9} at any point and run again ends with exactly the events of one clean
 * import, nothing lost, nothing doubled; tested with a real child process killed mid-import.
 */
class CrashSafetyTest {

	private static final int EVENTS = 150_000;
	private static final int BATCH = 10_000;
	private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

	@TempDir
	static Path dir;

	private static Path file;
	private static List<String> clean;
	private static List<QuarantineEntry> cleanQuarantine;

	@BeforeAll
	static void importOnceCleanly() throws IOException, SQLException {
		file = dir.resolve("events.jsonl");
		write(file);
		try (EventStore store = open(dir.resolve("clean"))) {
			long started = System.nanoTime();
			AppendResult result = BatchImport.run(store, file, BATCH, lines -> {
			});
			long millis = (System.nanoTime() - started) / 1_000_000;
			System.out.printf("clean import of %d lines in batches of %d: %s in %d ms (%.0f events/s)%n", EVENTS + 3,
					BATCH, result, millis, result.total() * 1000.0 / Math.max(1, millis));
			assertEquals(new AppendResult(EVENTS - 100, 100, 0), result);
			cleanQuarantine = store.quarantined(0, 100);
		}
		clean = everything(dir.resolve("clean"));
		assertEquals(EVENTS - 100, new HashSet<>(clean).size());
		assertEquals(3, cleanQuarantine.size());
	}

	@Test
	void anImportKilledAtRandomPointsAndRunAgainEndsAsOneCleanImport() throws Exception {
		Random random = new Random(20261123);
		for (int run = 0; run < 3; run++) {
			Path workspace = dir.resolve("crash-" + run);
			// a kill point after at least one committed batch and before the last
			long killAfter = BATCH + (long) random.nextInt(EVENTS - 4 * BATCH);
			Process child = start("import", workspace.toString(), file.toString(), Integer.toString(BATCH));
			long committed = 0;
			try (BufferedReader out = new BufferedReader(
					new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = out.readLine()) != null && committed < killAfter) {
					if (line.startsWith("committed ")) {
						committed = Long.parseLong(line.substring("committed ".length()));
					}
				}
				child.destroyForcibly();
				assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child is gone");
			}
			assertTrue(committed >= BATCH, "killed after " + committed + " lines, before a first commit");

			try (EventStore store = open(workspace)) {
				long before = store.eventCount();
				AppendResult again = BatchImport.run(store, file, BATCH, lines -> {
				});
				System.out.printf("run %d: kill point %d, killed after %d committed lines with %d events stored; again: %s%n",
						run, killAfter, committed, before, again);
				assertTrue(before >= BATCH - 100 && before < EVENTS, "stored before the restart: " + before);
				assertEquals(clean.size(), store.eventCount(), "nothing lost, nothing doubled");
				assertEquals(cleanQuarantine, store.quarantined(0, 100), "bad lines quarantined once");
			}
			List<String> recovered = everything(workspace);
			assertEquals(clean.size(), new HashSet<>(recovered).size(), "every id once");
			assertEquals(clean, recovered, "the same events in the same order as one clean import");
		}
	}

	@Test
	void aWorkspaceOpenInAnotherProcessIsReportedInUse() throws Exception {
		Path workspace = dir.resolve("held");
		Process child = start("hold", workspace.toString());
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			assertEquals("open", out.readLine());
			StoreException refused = assertThrows(StoreException.class, () -> open(workspace));
			assertTrue(refused.getMessage().startsWith("workspace " + workspace.toAbsolutePath()
					+ " is in use by another CareLens process"), refused.getMessage());
		} finally {
			child.destroyForcibly();
			child.waitFor(30, TimeUnit.SECONDS);
		}
		try (EventStore store = open(workspace)) {
			assertEquals(0, store.eventCount(), "usable again once the other process is gone");
		}
	}

	private static Process start(String... args) throws IOException {
		String java = ProcessHandle.current().info().command()
				.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
				System.getProperty("java.class.path"), ImportChild.class.getName()));
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
	}

	private static EventStore open(Path workspace) {
		return new DuckDbEventStoreProvider().open(new StoreLocation.Workspace(workspace));
	}

	/**
	 * @return every stored event of a closed workspace as its id and canonical payload, in the store's time order;
	 *         read with SQL to compare what is stored without decoding every event each time
	 */
	private static List<String> everything(Path workspace) throws SQLException {
		List<String> all = new ArrayList<>();
		try (Connection connection = new DuckDBDriver().connect(
				"jdbc:duckdb:" + workspace.resolve(DuckDbEventStoreProvider.FILE_NAME), new Properties());
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT id, payload FROM events ORDER BY at_us, at_ns, seq")) {
			while (rows.next()) {
				all.add(rows.getString(1) + " " + rows.getString(2));
			}
		}
		return all;
	}

	/**
	 * Writes {@value #EVENTS} event lines of 20,000 conversations, with ties in time, 100 repeated lines and three bad
	 * lines.
	 */
	private static void write(Path target) throws IOException {
		String[] types = { "message", "assigned", "resolved" };
		Set<Integer> repeatedAt = new HashSet<>();
		for (int i = 1; i <= 100; i++) {
			repeatedAt.add(i * (EVENTS / 107));
		}
		try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
			String previous = null;
			int written = 0;
			for (int i = 0; written < EVENTS; i++) {
				if (repeatedAt.contains(written) && previous != null) {
					out.write(previous);
				} else {
					int conversation = i % 20_000;
					Instant at = T0.plusSeconds(i / 7);
					String id = "ev-" + i;
					String c = "c-" + conversation;
					previous = switch (i < 20_000 ? -1 : i % 3) {
					case -1 -> json(id, "conversation.opened", at, c,
							"\"channel\":\"CHAT\",\"customer\":" + quote("khách-" + conversation));
					case 0 -> json(id, types[0], at, c, "\"author\":\"customer\",\"text\":\"Cho em hỏi đơn hàng số "
							+ i + "\"");
					case 1 -> json(id, types[1], at, c, "\"agent\":\"a-" + (i % 40) + "\"");
					default -> json(id, types[2], at, c, "");
					};
					out.write(previous);
				}
				out.newLine();
				written++;
				if (written == 1_000 || written == EVENTS / 2 || written == EVENTS - 1_000) {
					out.write("{\"id\":\"broken\",\"type\":");
					out.newLine();
				}
			}
		}
	}
}
