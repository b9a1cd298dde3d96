package org.carelens.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.carelens.cli.spi.Command;
import org.carelens.cli.spi.CommandContext;
import org.carelens.cli.spi.UsageException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommandLineTest {

	private final FakeCommands commands = new FakeCommands();
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final List<List<String>> calls = new ArrayList<>();
	private FakeCommands.Entry validate;

	/** A command that records its arguments and answers as its first argument says. */
	private final class Scripted implements Command {
		@Override
		public String usage() {
			return "Usage: carelens validate FILE...";
		}

		@Override
		public int run(CommandContext context) throws Exception {
			calls.add(context.arguments());
			String first = context.arguments().isEmpty() ? "" : context.arguments().get(0);
			switch (first) {
			case "bad-usage":
				throw new UsageException("no such file: x.jsonl");
			case "crash":
				throw new IllegalStateException("disk on fire");
			default:
				context.out().println("ran");
				return first.equals("rejects") ? FAILED : OK;
			}
		}
	}

	@BeforeEach
	void register() {
		validate = commands.add("validate", "Check event files", new Scripted());
		commands.add("version", "Print the version", new Scripted());
	}

	private int run(String... arguments) {
		CommandLine line = new CommandLine(commands, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), Path.of("."), false);
		return line.run(List.of(arguments));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void helpListsEveryCommandWithItsSummary() {
		assertEquals(Command.OK, run("--help"));
		assertTrue(out().contains("Commands:\n  validate  Check event files\n  version   Print the version\n"), out());
	}

	@Test
	void noArgumentsIsAUsageErrorWithHelpOnStderr() {
		assertEquals(Command.USAGE, run());
		assertTrue(err().contains("Usage: carelens COMMAND"));
		assertEquals("", out());
	}

	@Test
	void dispatchesToTheNamedCommandWithTheRestOfTheArguments() {
		assertEquals(Command.OK, run("validate", "a.jsonl", "b.jsonl"));
		assertEquals(List.of(List.of("a.jsonl", "b.jsonl")), calls);
		assertEquals(1, validate.acquired);
		assertEquals(1, validate.released, "the command is released after it ran");
	}

	@Test
	void theCommandsExitCodeIsReturned() {
		assertEquals(Command.FAILED, run("validate", "rejects"));
	}

	@Test
	void unknownCommandSuggestsTheClosestName() {
		assertEquals(Command.USAGE, run("valdiate", "x"));
		assertTrue(err().contains("carelens: unknown command 'valdiate'\nDid you mean 'validate'?"), err());
		assertEquals(List.of(), calls);
	}

	@Test
	void unknownGlobalOptionIsAUsageError() {
		assertEquals(Command.USAGE, run("--frobnicate"));
		assertTrue(err().startsWith("carelens: unknown option --frobnicate"));
	}

	@Test
	void commandHelpPrintsItsUsageWithoutRunningIt() {
		assertEquals(Command.OK, run("validate", "--help"));
		assertEquals(Command.OK, run("help", "validate"));
		assertEquals(List.of(), calls);
		assertTrue(out().startsWith("Check event files\n\nUsage: carelens validate FILE..."), out());
	}

	@Test
	void helpAfterDoubleDashIsAnOperand() {
		assertEquals(Command.OK, run("validate", "--", "--help"));
		assertEquals(List.of(List.of("--", "--help")), calls);
	}

	@Test
	void usageErrorsPrintTheReasonAndTheUsage() {
		assertEquals(Command.USAGE, run("validate", "bad-usage"));
		assertEquals("carelens validate: no such file: x.jsonl\nUsage: carelens validate FILE...\n"
				+ "Run 'carelens help validate' for the options.\n", err());
	}

	@Test
	void failuresAreReportedAsExitCodeOne() {
		assertEquals(Command.FAILED, run("validate", "crash"));
		assertTrue(err().startsWith("carelens validate: failed: IllegalStateException: disk on fire"), err());
		assertEquals(1, validate.released, "released even when it failed");
	}

	@Test
	void registrationProblemsAreShownAsWarnings() {
		commands.problems.add("duplicate command name 'validate'");
		run("--help");
		assertTrue(err().startsWith("carelens: warning: duplicate command name 'validate'"));
	}

	@Test
	void editDistanceCountsSingleCharacterEdits() {
		assertEquals(0, CommandLine.editDistance("kpi", "kpi"));
		assertEquals(2, CommandLine.editDistance("valdiate", "validate"));
		assertEquals(3, CommandLine.editDistance("kitten", "sitting"));
	}
}
