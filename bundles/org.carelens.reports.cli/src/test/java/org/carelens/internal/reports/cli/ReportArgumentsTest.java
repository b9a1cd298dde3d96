package org.carelens.internal.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.carelens.cli.spi.CommandContext;
import org.carelens.cli.spi.UsageException;
import org.carelens.reports.export.ReportFormat;
import org.junit.jupiter.api.Test;

class ReportArgumentsTest {

	private static final Path HERE = Path.of("/work/here");

	private static ReportArguments parse(String... arguments) throws UsageException {
		PrintStream sink = new PrintStream(new ByteArrayOutputStream());
		return ReportArguments.parse(new CommandContext(List.of(arguments), sink, sink, HERE));
	}

	private static String problem(String... arguments) {
		return assertThrows(UsageException.class, () -> parse(arguments)).getMessage();
	}

	@Test
	void formatComesFromTheFileExtensionAndPathsFromTheWorkingDirectory() throws UsageException {
		ReportArguments arguments = parse("--workspace", "ws", "--report", "weekly", "--out", "out/Weekly.PDF",
				"--at", "2026-03-31");
		assertEquals(HERE.resolve("ws"), arguments.workspace());
		assertEquals(Optional.of(HERE.resolve("out/Weekly.PDF")), arguments.out());
		assertEquals(Optional.of(ReportFormat.PDF), arguments.format());
		assertEquals(Optional.of("2026-03-31"), arguments.at());
		assertEquals(Optional.of(ReportFormat.XLSX),
				parse("--workspace=ws", "--report=weekly", "--out=w.xlsx").format());
	}

	@Test
	void listTakesOnlyTheWorkspace() throws UsageException {
		assertTrue(parse("--workspace", "ws", "--list").list());
		assertEquals("--list takes only --workspace", problem("--workspace", "ws", "--list", "--report", "weekly"));
	}

	@Test
	void wrongArgumentsSayWhatIsWrong() {
		assertEquals("--workspace DIR is required", problem("--report", "weekly", "--out", "w.pdf"));
		assertEquals("--report NAME is required (or --list for the saved reports)",
				problem("--workspace", "ws", "--out", "w.pdf"));
		assertEquals("--out FILE is required: its extension says the format, one of [.csv, .xlsx, .html, .pdf]",
				problem("--workspace", "ws", "--report", "weekly"));
		assertEquals("--out " + HERE.resolve("w.docx")
				+ ": the format comes from the file's extension, one of [.csv, .xlsx, .html, .pdf]",
				problem("--workspace", "ws", "--report", "weekly", "--out", "w.docx"));
		assertEquals("--report: '../x' is no report name (letters, digits, '.', '_' and '-')",
				problem("--workspace", "ws", "--report", "../x", "--out", "w.pdf"));
		assertEquals("unexpected argument 'extra'", problem("--workspace", "ws", "extra"));
		assertEquals("unknown option --format", problem("--workspace", "ws", "--format", "pdf"));
	}
}
