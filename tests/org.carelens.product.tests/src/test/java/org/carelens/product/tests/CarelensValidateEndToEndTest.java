package org.carelens.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the {@code carelens} launcher of the headless product as a person would, and checks what it prints and its
 * exit codes: 0 all valid, 1 some lines rejected, 2 wrong usage.
 */
class CarelensValidateEndToEndTest {

	@TempDir
	Path dir;

	private Launcher.Run run(String... arguments) throws IOException, InterruptedException {
		return Launcher.run(dir, arguments);
	}

	private Path file(String name, String... lines) throws IOException {
		return Files.write(dir.resolve(name), List.of(lines), StandardCharsets.UTF_8);
	}

	private static final String OPENED = "{\"id\":\"e1\",\"type\":\"conversation.opened\",\"at\":\"2026-02-10T08:15:00+07:00\","
			+ "\"conversation\":\"c1\",\"channel\":\"SOCIAL\",\"customer\":\"cu-1\",\"topic\":\"bảo hành\"}";
	private static final String REPLY = "{\"id\":\"e2\",\"type\":\"message\",\"at\":\"2026-02-10T08:19:00+07:00\","
			+ "\"conversation\":\"c1\",\"author\":\"agent\"}";

	@Test
	void aValidFileExitsZeroAndIsSummedUpByTypeAndChannel() throws Exception {
		file("good.jsonl", OPENED, REPLY);
		Launcher.Run run = run("validate", "good.jsonl");
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().startsWith("good.jsonl: 2 valid events, 0 rejected lines, 2 lines\n"
				+ "  span 2026-02-10T01:15:00Z .. 2026-02-10T01:19:00Z\n"), run.out());
		assertTrue(run.out().contains("  message                   1      1\n"), run.out());
	}

	@Test
	void rejectedLinesArePrintedAsFileLineReasonAndExitOne() throws Exception {
		file("mixed.jsonl", OPENED, "{\"id\":\"x\",\"type\":\"message\"", REPLY,
				"{\"id\":\"e3\",\"type\":\"conversation.opened\",\"at\":\"2026-02-10T09:00:00+07:00\",\"conversation\":\"c2\","
						+ "\"channel\":\"Zalo\",\"customer\":\"cu-2\"}");
		Launcher.Run run = run("validate", "mixed.jsonl");
		assertEquals(1, run.exit(), run.err());
		assertTrue(run.out().startsWith("mixed.jsonl:2: not valid JSON: expected ',' or '}' but the line ended at column 27\n"
				+ "mixed.jsonl:4: field 'channel' has unknown value \"Zalo\" (allowed: VOICE, CHAT, EMAIL, SOCIAL, APP, IN_PERSON)\n"),
				run.out());
		assertTrue(run.out().contains("mixed.jsonl: 2 valid events, 2 rejected lines, 4 lines"), run.out());
	}

	@Test
	void vietnameseSurvivesWhateverTheLocale() throws Exception {
		file("vi.jsonl", "{\"id\":\"v\",\"type\":\"tagged\",\"at\":\"2026-02-10T09:00:00Z\",\"conversation\":\"c\","
				+ "\"priority\":\"khẩn cấp\"}");
		Launcher.Run run = run("validate", "vi.jsonl");
		assertEquals(1, run.exit());
		assertTrue(run.out().contains("field 'priority' has unknown value \"khẩn cấp\""), run.out());
	}

	@Test
	void severalFilesAddUpToATotal() throws Exception {
		file("a.jsonl", OPENED);
		file("b.jsonl", REPLY);
		Launcher.Run run = run("validate", "--summary", "a.jsonl", "b.jsonl");
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().contains("b.jsonl: 1 valid events, 0 rejected lines, 1 lines\n"), run.out());
		assertTrue(run.out().contains("total: 2 valid events, 0 rejected lines, 2 lines\n"), run.out());
	}

	@Test
	void aMissingFileIsAUsageErrorExitTwo() throws Exception {
		file("good.jsonl", OPENED);
		Launcher.Run run = run("validate", "good.jsonl", "missing.jsonl");
		assertEquals(2, run.exit());
		assertTrue(run.err().startsWith("carelens validate: no such file: missing.jsonl\n"), run.err());
		assertEquals("", run.out(), "nothing is read when the command line is wrong");
	}

	@Test
	void anUnknownOptionIsAUsageErrorExitTwo() throws Exception {
		Launcher.Run run = run("validate", "--strict", "x.jsonl");
		assertEquals(2, run.exit());
		assertTrue(run.err().startsWith("carelens validate: unknown option --strict\n"), run.err());
	}

	@Test
	void anUnknownCommandIsAUsageErrorExitTwo() throws Exception {
		Launcher.Run run = run("valdate");
		assertEquals(2, run.exit());
		assertTrue(run.err().contains("Did you mean 'validate'?"), run.err());
	}

	@Test
	void helpAndVersionExitZero() throws Exception {
		Launcher.Run help = run("--help");
		assertEquals(0, help.exit(), help.err());
		assertTrue(help.out().lines().anyMatch(line -> line.matches("  validate +Check event files against the CareLens event format")),
				help.out());
		Launcher.Run version = run("version");
		assertEquals(0, version.exit(), version.err());
		assertTrue(version.out().startsWith("CareLens 0.1.0 (build v"), version.out());
	}
}
