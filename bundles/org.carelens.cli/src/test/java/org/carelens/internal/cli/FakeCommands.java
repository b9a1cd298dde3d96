package org.carelens.internal.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.carelens.cli.spi.Command;

/**
 * Commands registered by hand, counting how often each was acquired and released.
 */
final class FakeCommands implements Commands {

	final List<Entry> entries = new ArrayList<>();
	final List<String> problems = new ArrayList<>();

	final class Entry implements RegisteredCommand {
		final String name;
		final String summary;
		final Command command;
		int acquired;
		int released;

		Entry(String name, String summary, Command command) {
			this.name = name;
			this.summary = summary;
			this.command = command;
		}

		@Override
		public String name() {
			return name;
		}

		@Override
		public String summary() {
			return summary;
		}

		@Override
		public Command acquire() {
			acquired++;
			return command;
		}

		@Override
		public void release(Command released) {
			this.released++;
		}
	}

	Entry add(String name, String summary, Command command) {
		Entry entry = new Entry(name, summary, command);
		entries.add(entry);
		return entry;
	}

	@Override
	public List<RegisteredCommand> all() {
		return entries.stream().sorted(Comparator.comparing(Entry::name)).map(e -> (RegisteredCommand) e).toList();
	}

	@Override
	public Optional<RegisteredCommand> find(String name) {
		return entries.stream().filter(e -> e.name.equals(name)).findFirst().map(e -> e);
	}

	@Override
	public List<String> problems() {
		return problems;
	}
}
