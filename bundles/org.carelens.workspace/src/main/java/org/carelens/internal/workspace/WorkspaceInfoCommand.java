package org.carelens.internal.workspace;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.carelens.cli.spi.Arguments;
import org.carelens.cli.spi.Command;
import org.carelens.cli.spi.CommandContext;
import org.carelens.cli.spi.CommandProperties;
import org.carelens.cli.spi.UsageException;
import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.workspace.InvalidWorkspaceException;
import org.carelens.core.api.workspace.WorkspaceConfig;
import org.carelens.core.api.workspace.WorkspaceConfigurations;
import org.carelens.facts.FactContext;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.EventStoreProvider;
import org.carelens.store.api.FactRefresh;
import org.carelens.store.api.QuarantineEntry;
import org.carelens.store.api.StoreException;
import org.carelens.store.api.StoreLocation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;

/**
 * {@code carelens workspace info --workspace DIR}: what a workspace holds.
 */
@Component(service = Command.class)
@CommandProperties(name = "workspace", summary = "Show what a workspace holds, or bring its conversation facts up to date")
public final class WorkspaceInfoCommand implements Command {

	private static final String FACTS = "--facts";
	private static final String REBUILD = "--rebuild";
	private static final String QUARANTINE = "--quarantine";
	private static final int DEFAULT_QUARANTINE_SHOWN = 10;

	private final EventStoreProvider stores;
	private final Optional<WorkspaceConfigurations> configurations;

	@Activate
	public WorkspaceInfoCommand(
			@Reference(target = "(" + EventStoreProvider.KIND + "=" + EventStoreProvider.EMBEDDED + ")") EventStoreProvider stores,
			@Reference(cardinality = ReferenceCardinality.OPTIONAL) WorkspaceConfigurations configurations) {
		this.stores = stores;
		this.configurations = Optional.ofNullable(configurations);
	}

	@Override
	public String usage() {
		return """
				Usage: carelens workspace info --workspace DIR [--quarantine[=N]] [--facts]
				       carelens workspace facts --workspace DIR [--rebuild]

				info shows what the workspace DIR holds: its configuration (organisation, channels, calendars,
				SLA policies, surveys, targets), its events and their time span, and its quarantine.

				  --workspace DIR    the workspace
				  --quarantine[=N]   list the first N quarantined entries (default 10) with their reasons
				  --facts            count the conversations by channel and state, from their stored facts

				facts brings the conversation facts up to date with the events (import does it by itself; this
				finishes the work of an interrupted import).

				  --rebuild          fold every conversation again: after the configuration changed (SLA policies,
				                     calendars, organisation), since facts are folded with it

				Exit codes: 0 done, 1 the workspace cannot be opened, 2 wrong usage.""";
	}

	@Override
	public int run(CommandContext context) throws Exception {
		List<String> args = context.arguments();
		if (args.isEmpty() || !(args.get(0).equals("info") || args.get(0).equals("facts"))) {
			throw new UsageException(args.isEmpty() ? "missing sub-command: info or facts"
					: "unknown sub-command '" + args.get(0) + "' (known: info, facts)");
		}
		if (args.get(0).equals("facts")) {
			return refreshFacts(context, args.subList(1, args.size()));
		}
		List<String> options = new ArrayList<>();
		int quarantineShown = 0;
		for (String argument : args.subList(1, args.size())) {
			if (argument.equals(QUARANTINE)) {
				quarantineShown = DEFAULT_QUARANTINE_SHOWN;
			} else if (argument.startsWith(QUARANTINE + "=")) {
				quarantineShown = count(argument.substring(QUARANTINE.length() + 1));
			} else {
				options.add(argument);
			}
		}
		Arguments arguments = Arguments.parse(options, Set.of(FACTS), Set.of(WorkspaceDirectory.OPTION));
		if (!arguments.operands().isEmpty()) {
			throw new UsageException("unexpected argument " + arguments.operands().get(0));
		}
		Path workspace = WorkspaceDirectory.existing(arguments, context);
		PrintStream out = context.out();
		out.println("Workspace " + workspace);
		configuration(workspace, out);
		try (EventStore store = stores.open(new StoreLocation.Workspace(workspace))) {
			events(store, out);
			quarantine(store, quarantineShown, out);
			if (arguments.flag(FACTS)) {
				facts(store, out);
			}
		} catch (StoreException e) {
			context.err().println("carelens workspace info: " + e.getMessage());
			return FAILED;
		}
		return OK;
	}

	private int refreshFacts(CommandContext context, List<String> args) throws UsageException {
		Arguments arguments = Arguments.parse(args, Set.of(REBUILD), Set.of(WorkspaceDirectory.OPTION));
		if (!arguments.operands().isEmpty()) {
			throw new UsageException("unexpected argument " + arguments.operands().get(0));
		}
		Path workspace = WorkspaceDirectory.existing(arguments, context);
		FactContext factContext;
		try {
			factContext = FactContext.ofWorkspace(workspace, configurations);
		} catch (IOException e) {
			context.err().println("carelens workspace facts: " + e.getMessage());
			return FAILED;
		}
		try (EventStore store = stores.open(new StoreLocation.Workspace(workspace))) {
			FactRefresh.Result result = WorkspaceFacts.refresh(store, factContext, arguments.flag(REBUILD),
					context.err());
			context.out().println("Conversation facts of " + workspace + ": " + result.conversations()
					+ " conversations folded, " + store.facts().factCount() + " in all, up to date with every event");
		} catch (StoreException e) {
			context.err().println("carelens workspace facts: " + e.getMessage());
			return FAILED;
		}
		return OK;
	}

	private static int count(String text) throws UsageException {
		try {
			int n = Integer.parseInt(text);
			if (n >= 0) {
				return n;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException("--quarantine takes a number of entries, not \"" + text + "\"");
	}

	private Optional<WorkspaceConfig> configuration(Path workspace, PrintStream out) {
		Path file = workspace.resolve(WorkspaceConfigurations.FILE_NAME);
		if (!Files.exists(file)) {
			out.println("  configuration: none (" + WorkspaceConfigurations.FILE_NAME
					+ " is missing): durations are wall-clock, no SLA applies");
			return Optional.empty();
		}
		if (configurations.isEmpty()) {
			out.println("  configuration: " + file + " (the configuration service is not installed)");
			return Optional.empty();
		}
		try {
			WorkspaceConfig config = configurations.get().open(workspace);
			out.println("  configuration: \"" + config.name() + "\", zone " + config.zone());
			out.println("    organisation: " + config.organization().sites().size() + " sites, "
					+ config.organization().managers().size() + " managers, " + config.organization().teams().size()
					+ " teams, " + config.organization().agents().size() + " agents");
			Map<ChannelKind, Integer> byKind = new EnumMap<>(ChannelKind.class);
			config.channels().values().forEach(c -> byKind.merge(c.kind(), 1, Integer::sum));
			out.println("    channels: " + config.channels().size() + " instances " + byKind);
			out.println("    " + plural(config.calendars().size(), "calendar") + ", "
					+ plural(config.slaPolicies().size(), "SLA policy", "SLA policies") + ", "
					+ plural(config.surveys().size(), "survey") + ", " + plural(config.targets().size(), "metric target")
					+ ", " + plural(config.scorecards().size(), "QA scorecard"));
			return Optional.of(config);
		} catch (InvalidWorkspaceException e) {
			out.println("  configuration: " + file + " breaks rules of the workspace model:");
			out.println("    " + e.getMessage().replace("\n", "\n    "));
		} catch (IOException e) {
			out.println("  configuration: " + file + " cannot be read: " + e.getMessage());
		}
		return Optional.empty();
	}

	private static String plural(int n, String one) {
		return plural(n, one, one + "s");
	}

	private static String plural(int n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}

	private static void events(EventStore store, PrintStream out) {
		long count = store.eventCount();
		out.println("  events: " + count + " (schema version " + store.schemaVersion() + ")");
		if (count > 0) {
			out.println("    span " + store.firstEventAt().orElseThrow() + " .. " + store.lastEventAt().orElseThrow());
		}
	}

	private static void quarantine(EventStore store, int shown, PrintStream out) {
		long count = store.quarantineCount();
		out.println("  quarantine: " + count + (count == 1 ? " entry" : " entries"));
		for (QuarantineEntry entry : store.quarantined(0, shown)) {
			String where = entry.line().isPresent() ? entry.source() + ":" + entry.line().getAsLong() : entry.source();
			out.println("    " + where + ": " + entry.reason());
		}
	}

	private static void facts(EventStore store, PrintStream out) {
		Map<ChannelKind, long[]> byChannel = new TreeMap<>();
		long[] total = new long[2];
		long[] fcr = new long[1];
		store.facts().facts(fact -> {
			int state = fact.resolved() ? 0 : 1;
			byChannel.computeIfAbsent(fact.channel(), c -> new long[2])[state]++;
			total[state]++;
			if (fact.firstContactResolution()) {
				fcr[0]++;
			}
		});
		out.println("  conversations: " + (total[0] + total[1]) + " (" + total[0] + " resolved, " + total[1]
				+ " open)");
		byChannel.forEach((channel, counts) -> out.println("    " + channel.wire() + ": " + (counts[0] + counts[1])
				+ " (" + counts[0] + " resolved, " + counts[1] + " open)"));
		if (total[0] > 0) {
			out.printf(Locale.ROOT, "    first-contact resolution: %d of %d resolved (%.1f%%)%n", fcr[0], total[0],
					100.0 * fcr[0] / total[0]);
		}
		long behind = store.lastPosition() - store.facts().factsThrough();
		if (behind > 0) {
			out.println("    not up to date with the latest events (an import was interrupted): run"
					+ " 'carelens workspace facts --workspace DIR'");
		}
	}
}
