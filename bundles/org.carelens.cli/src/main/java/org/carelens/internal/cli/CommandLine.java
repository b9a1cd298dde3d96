package org.carelens.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.carelens.cli.spi.Command;
import org.carelens.cli.spi.CommandContext;
import org.carelens.cli.spi.UsageException;

/**
 * Reads {@code carelens COMMAND ARGS...}: help, version, and dispatch to the registered commands, with the exit
 * codes of {@link Command}.
 */
final class CommandLine {

	private final Commands commands;
	private final PrintStream out;
	private final PrintStream err;
	private final Path workingDirectory;
	private final boolean debug;

	CommandLine(Commands commands, PrintStream out, PrintStream err, Path workingDirectory, boolean debug) {
		this.commands = commands;
		this.out = out;
		this.err = err;
		this.workingDirectory = workingDirectory;
		this.debug = debug;
	}

	int run(List<String> arguments) {
		commands.problems().forEach(problem -> err.println("carelens: warning: " + problem));
		if (arguments.isEmpty()) {
			printHelp(err);
			return Command.USAGE;
		}
		String first = arguments.get(0);
		List<String> rest = arguments.subList(1, arguments.size());
		switch (first) {
		case "--help", "-h", "help":
			return rest.isEmpty() ? help() : helpOn(rest.get(0));
		case "--version":
			return run("version", List.of());
		default:
			if (first.startsWith("-")) {
				err.println("carelens: unknown option " + first);
				err.println("Run 'carelens --help' for the commands and their options.");
				return Command.USAGE;
			}
			return run(first, rest);
		}
	}

	private int run(String name, List<String> arguments) {
		Optional<RegisteredCommand> found = commands.find(name);
		if (found.isEmpty()) {
			unknownCommand(name);
			return Command.USAGE;
		}
		RegisteredCommand registered = found.get();
		Command command = registered.acquire();
		try {
			if (asksForHelp(arguments)) {
				printUsage(registered, command, out);
				return Command.OK;
			}
			return command.run(new CommandContext(arguments, out, err, workingDirectory));
		} catch (UsageException e) {
			err.println("carelens " + name + ": " + e.getMessage());
			err.println(command.usage().lines().findFirst().orElse(""));
			err.println("Run 'carelens help " + name + "' for the options.");
			return Command.USAGE;
		} catch (Exception | LinkageError e) {
			err.println("carelens " + name + ": failed: " + describe(e));
			if (debug) {
				e.printStackTrace(err);
			} else {
				err.println("(set CARELENS_DEBUG=1 for the stack trace)");
			}
			return Command.FAILED;
		} finally {
			out.flush();
			registered.release(command);
		}
	}

	private static boolean asksForHelp(List<String> arguments) {
		for (String argument : arguments) {
			if (argument.equals("--")) {
				return false;
			}
			if (argument.equals("--help") || argument.equals("-h")) {
				return true;
			}
		}
		return false;
	}

	private static String describe(Throwable e) {
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName()
				: e.getClass().getSimpleName() + ": " + message;
	}

	private int help() {
		printHelp(out);
		return Command.OK;
	}

	private int helpOn(String name) {
		Optional<RegisteredCommand> found = commands.find(name);
		if (found.isEmpty()) {
			unknownCommand(name);
			return Command.USAGE;
		}
		Command command = found.get().acquire();
		try {
			printUsage(found.get(), command, out);
		} finally {
			found.get().release(command);
		}
		return Command.OK;
	}

	private void unknownCommand(String name) {
		err.println("carelens: unknown command '" + name + "'");
		closest(name).ifPresent(close -> err.println("Did you mean '" + close + "'?"));
		err.println("Run 'carelens --help' for the list of commands.");
	}

	private Optional<String> closest(String name) {
		String best = null;
		int bestDistance = 3;
		for (RegisteredCommand command : commands.all()) {
			int distance = editDistance(name, command.name());
			if (distance < bestDistance) {
				best = command.name();
				bestDistance = distance;
			}
		}
		return Optional.ofNullable(best);
	}

	static int editDistance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	private void printUsage(RegisteredCommand registered, Command command, PrintStream stream) {
		stream.println(registered.summary());
		stream.println();
		stream.println(command.usage());
	}

	private void printHelp(PrintStream stream) {
		stream.println("CareLens: customer-care quality workbench, command line.");
		stream.println();
		stream.println("Usage: carelens COMMAND [OPTIONS] [ARGUMENTS]");
		stream.println();
		stream.println("Commands:");
		List<RegisteredCommand> all = commands.all();
		int width = all.stream().mapToInt(c -> c.name().length()).max().orElse(0);
		for (RegisteredCommand command : all) {
			stream.println("  " + pad(command.name(), width) + "  " + command.summary());
		}
		stream.println();
		stream.println("Run 'carelens help COMMAND' for the options of a command.");
		stream.println("Exit codes: 0 success, 1 problems found or failure, 2 wrong usage.");
	}

	static String pad(String text, int width) {
		return text.length() >= width ? text : text + " ".repeat(width - text.length());
	}
}
