package org.carelens.internal.workspace;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
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
import org.carelens.core.api.Event;
import org.carelens.core.api.workspace.InvalidWorkspaceException;
import org.carelens.core.api.workspace.WorkspaceConfig;
import org.carelens.core.api.workspace.WorkspaceConfigurations;
import org.carelens.facts.ConversationFact;
import org.carelens.facts.EventsByConversation;
import org.carelens.facts.FactBook;
import org.carelens.facts.FactContext;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.EventStoreProvider;
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
@CommandProperties(name = "workspace", summary = "Show what a workspace holds: configuration, events, quarantine, conversations")
public final class WorkspaceInfoCommand implements Command {

	private static final String FACTS = "--facts";
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

				Shows what the workspace DIR holds: its configuration (organisation, channels, calendars,
				SLA policies, surveys, targets), its events and their time span, and its quarantine.

				  --workspace DIR    the workspace
				  --quarantine[=N]   list the first N quarantined entries (default 10) with their reasons
				  --facts            fold every conversation and count them by channel and state (reads all events)

				Exit codes: 0 shown, 1 the workspace cannot be opened, 2 wrong usage.""";
	}

	@Override
	public int run(CommandContext context) throws Exception {
		List<String> args = context.arguments();
		if (args.isEmpty() || !args.get(0).equals("info")) {
			throw new UsageException(args.isEmpty() ? "missing sub-command: info"
					: "unknown sub-command '" + args.get(0) + "' (known: info)");
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
		Optional<WorkspaceConfig> config = configuration(workspace, out);
		try (EventStore store = stores.open(new StoreLocation.Workspace(workspace))) {
			events(store, out);
			quarantine(store, quarantineShown, out);
			if (arguments.flag(FACTS)) {
				facts(store, config, out);
			}
		} catch (StoreException e) {
			context.err().println("carelens workspace info: " + e.getMessage());
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

	private static void facts(EventStore store, Optional<WorkspaceConfig> config, PrintStream out) {
		Optional<Instant> first = store.firstEventAt();
		if (first.isEmpty()) {
			out.println("  conversations: 0");
			return;
		}
		EventsByConversation events = new EventsByConversation();
		List<Event> all = new ArrayList<>();
		store.eventsBetween(first.get(), store.lastEventAt().orElseThrow().plusNanos(1), all::add);
		events.addAll(all);
		FactBook book = new FactBook(config.map(c -> new FactContext(c.calendars(), c.slaPolicies(), c.organization(),
				FactContext.DEFAULT_FCR_WINDOW)).orElse(FactContext.EMPTY));
		book.apply(all, events::eventsOf);
		Map<ChannelKind, int[]> byChannel = new TreeMap<>();
		for (ConversationFact fact : book.facts()) {
			int[] counts = byChannel.computeIfAbsent(fact.channel(), c -> new int[2]);
			counts[fact.resolved() ? 0 : 1]++;
		}
		long resolved = book.facts().stream().filter(ConversationFact::resolved).count();
		out.println("  conversations: " + book.size() + " (" + resolved + " resolved, " + (book.size() - resolved)
				+ " open)");
		byChannel.forEach((channel, counts) -> out.println(
				"    " + channel.wire() + ": " + (counts[0] + counts[1]) + " (" + counts[0] + " resolved, " + counts[1] + " open)"));
	}
}
