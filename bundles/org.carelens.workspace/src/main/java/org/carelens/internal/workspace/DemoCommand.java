package org.carelens.internal.workspace;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.stream.Stream;

import org.carelens.cli.spi.Arguments;
import org.carelens.cli.spi.Command;
import org.carelens.cli.spi.CommandContext;
import org.carelens.cli.spi.CommandProperties;
import org.carelens.cli.spi.UsageException;
import org.carelens.core.api.workspace.WorkspaceConfig;
import org.carelens.store.api.EventStoreProvider;
import org.carelens.store.api.StoreException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code carelens demo --workspace DIR}: creates a realistic demo workspace, configuration and a year of events.
 */
@Component(service = Command.class)
@CommandProperties(name = "demo", summary = "Create a demo workspace: a Vietnamese retailer's configuration and a year of contacts")
public final class DemoCommand implements Command {

	static final int DEFAULT_CONVERSATIONS = DemoWorkspaces.DEFAULT_CONVERSATIONS;
	private static final int DAYS = DemoWorkspaces.DAYS;

	private final EventStoreProvider stores;

	@Activate
	public DemoCommand(@Reference(target = "(" + EventStoreProvider.KIND + "=" + EventStoreProvider.EMBEDDED
			+ ")") EventStoreProvider stores) {
		this.stores = stores;
	}

	@Override
	public String usage() {
		return """
				Usage: carelens demo --workspace DIR [--conversations N] [--seed S] [--from YYYY-MM-DD]

				Creates a demo workspace in DIR (new or empty): the configuration of a Vietnamese retailer with
				contact centres in Hà Nội, TP.HCM and Đà Nẵng (managers, 10 teams, about 120 agents, every
				channel, a business calendar with Tết and the public holidays, SLA policies, surveys, targets,
				a QA scorecard) and a year of its contacts on every channel, with arrival peaks, bots and
				hand-offs, queues and abandoned calls, reopens, escalations, surveys, QA reviews and orders.

				  --workspace DIR      where to create it
				  --conversations N    how many conversations (default 200000; 10 million work too)
				  --seed S             the same seed gives the same workspace (default 1)
				  --from YYYY-MM-DD    the first day of the year of contacts (default: a year before today)

				Exit codes: 0 created, 1 failed, 2 wrong usage (e.g. DIR is not empty).""";
	}

	@Override
	public int run(CommandContext context) throws Exception {
		Arguments arguments = Arguments.parse(context.arguments(), Set.of(),
				Set.of(WorkspaceDirectory.OPTION, "--conversations", "--seed", "--from"));
		if (!arguments.operands().isEmpty()) {
			throw new UsageException("unexpected argument " + arguments.operands().get(0));
		}
		Path directory = WorkspaceDirectory.of(arguments, context);
		int conversations = (int) number(arguments, "--conversations", DEFAULT_CONVERSATIONS, 0, Integer.MAX_VALUE);
		long seed = number(arguments, "--seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
		LocalDate from = from(arguments);
		requireEmpty(directory, arguments);

		long started = System.nanoTime();
		PrintStream err = context.err();
		DemoWorkspaces.Created created;
		try {
			created = DemoWorkspaces.create(directory, conversations, seed, from, stores, new Progress(err));
		} catch (StoreException e) {
			err.println("carelens demo: " + e.getMessage());
			return FAILED;
		}
		WorkspaceConfig config = created.config();
		double seconds = (System.nanoTime() - started) / 1e9;
		context.out().printf("Demo workspace %s: \"%s\", %d conversations from %s to %s, %d events stored "
				+ "(%d customers linked across channels), facts of %d conversations, in %.1f s%n", directory,
				config.name(), created.generated().conversations(), from, from.plusDays(DAYS - 1), created.stored().ingested(),
				created.generated().linkedCustomers(), created.facts().conversations(), seconds);
		return OK;
	}

	private static long number(Arguments arguments, String option, long fallback, long min, long max)
			throws UsageException {
		String text = arguments.value(option).orElse(null);
		if (text == null) {
			return fallback;
		}
		try {
			long value = Long.parseLong(text.replace("_", ""));
			if (value >= min && value <= max) {
				return value;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException(option + " takes a whole number" + (min == 0 ? " from 0" : "") + ", not \"" + text
				+ "\"");
	}

	private static LocalDate from(Arguments arguments) throws UsageException {
		String text = arguments.value("--from").orElse(null);
		if (text == null) {
			return LocalDate.now().minusDays(DAYS);
		}
		try {
			return LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			throw new UsageException("--from takes a date YYYY-MM-DD, not \"" + text + "\"");
		}
	}

	private static void requireEmpty(Path directory, Arguments arguments) throws UsageException, IOException {
		if (!Files.isDirectory(directory)) {
			return;
		}
		try (Stream<Path> entries = Files.list(directory)) {
			if (entries.findAny().isPresent()) {
				throw new UsageException(arguments.value(WorkspaceDirectory.OPTION).orElseThrow()
						+ " is not empty; a demo workspace needs a new or empty directory");
			}
		}
	}

	/** Reports progress on stderr, at most every two seconds. */
	private static final class Progress implements DemoWorkspaces.Listener {
		private final PrintStream err;
		private long lastReport = System.nanoTime();

		Progress(PrintStream err) {
			this.err = err;
		}

		private boolean due() {
			long now = System.nanoTime();
			if (now - lastReport > 2_000_000_000L) {
				lastReport = now;
				return true;
			}
			return false;
		}

		@Override
		public void generated(long opened, long conversations, long events) {
			if (due()) {
				err.printf("demo: %d%% (%,d conversations, %,d events)%n", 100 * opened / Math.max(1, conversations),
						opened, events);
			}
		}

		@Override
		public void folded(long folded, long total) {
			if (due()) {
				err.printf("computing conversation facts: %,d of %,d conversations%n", folded, total);
			}
		}
	}
}
