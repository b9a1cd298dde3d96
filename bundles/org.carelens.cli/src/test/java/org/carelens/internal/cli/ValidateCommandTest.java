package org.carelens.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.carelens.cli.spi.Command;
import org.carelens.cli.spi.CommandContext;
import org.carelens.cli.spi.UsageException;
import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.EventType;
import org.carelens.core.api.io.LineProblem;
import org.carelens.core.inspect.EventCounts;
import org.carelens.core.inspect.EventFileInspector;
import org.carelens.core.inspect.FileReport;
import org.carelens.core.inspect.InspectionReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	/** Reports two rejected lines and a fixed table for whatever files it is given. */
	private static final EventFileInspector INSPECTOR = (files, progress, problems) -> {
		LineProblem first = new LineProblem(files.get(0).toString(), 2, "not valid JSON: unexpected end of line at column 9");
		LineProblem second = new LineProblem(files.get(0).toString(), 7, "missing required field 'customer'");
		problems.accept(first);
		problems.accept(second);
		EventCounts counts = new EventCounts.Builder().add(EventType.CONVERSATION_OPENED, ChannelKind.CHAT, 12)
				.add(EventType.MESSAGE, ChannelKind.CHAT, 140).add(EventType.CONVERSATION_OPENED, ChannelKind.VOICE, 3)
				.addUnknownChannel(EventType.MESSAGE, 2).addNoConversation(EventType.ORDER, 5).build();
		FileReport file = new FileReport(files.get(0).toString(), 164, 9000, 2, counts,
				Optional.of(Instant.parse("2026-01-05T02:00:00Z")), Optional.of(Instant.parse("2026-01-09T10:30:00Z")));
		return new InspectionReport(List.of(file), file, List.of(first, second), false, false);
	};

	private int run(String... arguments) throws Exception {
		CommandContext context = new CommandContext(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(new ByteArrayOutputStream()), dir);
		return new ValidateCommand(INSPECTOR).run(context);
	}

	private Path file() throws IOException {
		return Files.writeString(dir.resolve("a.jsonl"), "{}\n");
	}

	@Test
	void printsEveryRejectedLineThenTheTableByTypeAndChannel() throws Exception {
		Path file = file();
		assertEquals(Command.FAILED, run(file.toString()));
		assertEquals(String.join("\n", //
				file + ":2: not valid JSON: unexpected end of line at column 9", //
				file + ":7: missing required field 'customer'", //
				"", //
				file + ": 162 valid events, 2 rejected lines, 164 lines", //
				"  span 2026-01-05T02:00:00Z .. 2026-01-09T10:30:00Z", //
				"  type                 VOICE  CHAT  unopened  no-conversation  total", //
				"  conversation.opened      3    12         0                0     15", //
				"  message                  0   140         2                0    142", //
				"  order                    0     0         0                5      5", //
				"  total                    3   152         2                5    162", //
				"", ""), out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void summaryOnlyLeavesOutTheRejectedLines() throws Exception {
		run("--summary", file().toString());
		String printed = out.toString(StandardCharsets.UTF_8);
		assertEquals(false, printed.contains(":7: missing"), printed);
	}

	@Test
	void missingFilesAndDirectoriesAreUsageErrors() {
		assertEquals("no such file: nope.jsonl", assertThrows(UsageException.class, () -> run("nope.jsonl")).getMessage());
		assertEquals(dir + " is a directory, not an event file",
				assertThrows(UsageException.class, () -> run(dir.toString())).getMessage());
		assertEquals("no event file given", assertThrows(UsageException.class, () -> run()).getMessage());
	}
}
