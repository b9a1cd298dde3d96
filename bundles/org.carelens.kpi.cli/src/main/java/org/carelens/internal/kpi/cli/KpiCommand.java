package org.carelens.internal.kpi.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.carelens.cli.spi.Command;
import org.carelens.cli.spi.CommandContext;
import org.carelens.cli.spi.CommandProperties;
import org.carelens.cli.spi.UsageException;
import org.carelens.core.api.Event;
import org.carelens.core.api.io.JsonLinesReader;
import org.carelens.core.api.io.LineProblem;
import org.carelens.core.api.targets.MetricTarget;
import org.carelens.core.api.workspace.InvalidWorkspaceException;
import org.carelens.core.api.workspace.WorkspaceConfig;
import org.carelens.core.api.workspace.WorkspaceConfigurations;
import org.carelens.facts.EventsByConversation;
import org.carelens.facts.FactBook;
import org.carelens.facts.FactContext;
import org.carelens.kpi.api.FactTable;
import org.carelens.kpi.api.KpiEngine;
import org.carelens.kpi.api.KpiQuery;
import org.carelens.kpi.api.KpiResult;
import org.carelens.reports.core.FactLoading;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.EventStoreProvider;
import org.carelens.store.api.StoreException;
import org.carelens.store.api.StoreLocation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;

/**
 * {@code carelens kpi}: computes KPIs over a workspace's stored conversation facts, or over event files folded on
 * the fly.
 */
@Component(service = Command.class)
@CommandProperties(name = "kpi", summary = "Compute KPIs over a workspace or event files, grouped and bucketed")
public final class KpiCommand implements Command {

	static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
	/** Metrics that read customer activity and orders beyond the conversation facts. */
	private static final Set<String> CUSTOMER_METRICS = Set.of("retention_rate", "loyal_customer_rate",
			"customer_lifetime_value");

	private final KpiEngine engine;
	private final Optional<EventStoreProvider> stores;
	private final Optional<WorkspaceConfigurations> configurations;

	@Activate
	public KpiCommand(@Reference KpiEngine engine,
			@Reference(cardinality = ReferenceCardinality.OPTIONAL, target = "(" + EventStoreProvider.KIND + "="
					+ EventStoreProvider.EMBEDDED + ")") EventStoreProvider stores,
			@Reference(cardinality = ReferenceCardinality.OPTIONAL) WorkspaceConfigurations configurations) {
		this.engine = engine;
		this.stores = Optional.ofNullable(stores);
		this.configurations = Optional.ofNullable(configurations);
	}

	@Override
	public String usage() {
		return """
				Usage: carelens kpi (--workspace DIR | --events FILE...) [--metrics all|ID,...] [--by DIM,...]
				         [--bucket none|hour|day|week|month|quarter] [--from T] [--to T] [--at T] [--zone ZONE]
				         [--business-hours "Mon-Fri 08:00-12:00,13:30-17:30"] [--holidays 2026-02-16,...]
				         [--format json|csv|table]

				Computes the metrics ('carelens metrics' lists them) for each group of conversations.

				  --workspace DIR     the conversation facts stored in a workspace (brought up to date first)
				  --events FILE...    event files (JSON Lines, .jsonl or .jsonl.gz), read and folded without a workspace;
				                      events after the report instant are left out
				  --metrics           'all' (default) or metric ids separated by commas
				  --by                dimensions: channel, channel_instance, agent, team, manager, site, stage, topic,
				                      priority, direction
				  --bucket            time buckets in the zone (weeks are ISO weeks); default none
				  --from, --to        the range, applied to each metric's attribution instant (creation for volumes,
				                      resolution for resolutions); T is 2026-03-01, 2026-03-01T08:00 (in the zone) or
				                      an instant such as 2026-03-01T01:00:00Z; a date for --to includes that day
				  --at                the report instant (default: --to, else now): open conversations, overdue and
				                      waiting contacts are judged as of it
				  --zone              time zone of buckets and dates (default: the workspace's, else Asia/Ho_Chi_Minh)
				  --business-hours    measure first response and resolution times in these hours for every
				                      conversation, instead of the calendars of their SLA policies
				  --holidays          closed days of --business-hours
				  --format            json (default; the format of EVENTS.md), csv (one row per group, columns
				                      <metric>.<field>), table (for people)

				Durations are seconds, rates fractions 0-1, NPS -100..100; a metric without value is null.
				Exit codes: 0 computed, 1 event lines were rejected (the report covers the valid ones) or the
				workspace cannot be read, 2 wrong usage.""";
	}

	@Override
	public int run(CommandContext context) throws Exception {
		KpiArguments arguments = KpiArguments.parse(context.arguments(), context);
		Optional<WorkspaceConfig> config = arguments.workspace().isPresent()
				? configuration(arguments.workspace().get()) : Optional.empty();
		ZoneId zone = arguments.zone().or(() -> config.map(WorkspaceConfig::zone)).orElse(DEFAULT_ZONE);
		Optional<Instant> from = arguments.from().isPresent()
				? Optional.of(org.carelens.cli.spi.Arguments.instant("--from", arguments.from().get(), zone, false)) : Optional.empty();
		Optional<Instant> to = arguments.to().isPresent()
				? Optional.of(org.carelens.cli.spi.Arguments.instant("--to", arguments.to().get(), zone, true)) : Optional.empty();
		Instant at = arguments.at().isPresent() ? org.carelens.cli.spi.Arguments.instant("--at", arguments.at().get(), zone, false)
				: to.orElseGet(() -> Instant.now().truncatedTo(ChronoUnit.SECONDS));
		if (from.isPresent() && to.isPresent() && !to.get().isAfter(from.get())) {
			throw new UsageException("--to (" + to.get() + ") is not after --from (" + from.get() + ")");
		}
		List<String> known = engine.metrics().stream().map(m -> m.info().id()).toList();
		for (String id : arguments.metrics()) {
			if (!known.contains(id)) {
				throw new UsageException("unknown metric '" + id + "' (run 'carelens metrics' for the list)");
			}
		}
		FactContext factContext = config.map(FactContext::of).orElse(FactContext.EMPTY);
		FactTable table = engine.newTable(arguments.calendar(zone));
		boolean customers = arguments.metrics().isEmpty()
				|| arguments.metrics().stream().anyMatch(CUSTOMER_METRICS::contains);
		int status = OK;
		if (arguments.workspace().isPresent()) {
			if (!loadWorkspace(arguments.workspace().get(), factContext, table, customers, context.err())) {
				return FAILED;
			}
		} else {
			status = loadEvents(arguments.events(), at, table, context.err());
		}
		List<MetricTarget> targets = config.map(WorkspaceConfig::targets).orElse(List.of());
		KpiQuery query = KpiQuery.all(at, zone).withMetrics(arguments.metrics())
				.withGrouping(arguments.by(), arguments.bucket()).withRange(from, to).withTargets(targets);
		KpiResult result = engine.compute(table, query);
		ReportWriter.write(result, arguments.format(), context.out());
		return status;
	}

	private Optional<WorkspaceConfig> configuration(Path workspace) throws UsageException, IOException {
		if (!Files.isDirectory(workspace)) {
			throw new UsageException("no such workspace: " + workspace);
		}
		if (!Files.exists(workspace.resolve(WorkspaceConfigurations.FILE_NAME))) {
			return Optional.empty();
		}
		if (configurations.isEmpty()) {
			throw new IOException("the workspace has a configuration (" + WorkspaceConfigurations.FILE_NAME
					+ ") but the service that reads it is not installed");
		}
		try {
			return Optional.of(configurations.get().open(workspace));
		} catch (InvalidWorkspaceException e) {
			throw new UsageException(workspace.resolve(WorkspaceConfigurations.FILE_NAME)
					+ " breaks rules of the workspace model: " + e.getMessage());
		} catch (IOException e) {
			throw new UsageException("cannot read " + workspace.resolve(WorkspaceConfigurations.FILE_NAME) + ": "
					+ e.getMessage());
		}
	}

	private boolean loadWorkspace(Path workspace, FactContext factContext, FactTable table, boolean customers,
			PrintStream err) {
		if (stores.isEmpty()) {
			err.println("carelens kpi: no embedded event store is installed; use --events FILE...");
			return false;
		}
		try (EventStore store = stores.get().open(new StoreLocation.Workspace(workspace))) {
			FactLoading.load(store, factContext, table, customers, FactLoading.Listener.NONE);
			return true;
		} catch (StoreException e) {
			err.println("carelens kpi: " + e.getMessage());
			return false;
		}
	}

	private static int loadEvents(List<Path> files, Instant at, FactTable table, PrintStream err) throws IOException,
			UsageException {
		List<Event> events = new ArrayList<>();
		List<LineProblem> problems = new ArrayList<>();
		for (Path file : files) {
			if (!Files.isReadable(file)) {
				throw new UsageException("cannot read " + file);
			}
			JsonLinesReader.read(file, new JsonLinesReader.Handler() {
				@Override
				public void event(Event event, long line) {
					if (!event.header().at().isAfter(at)) {
						events.add(event);
					}
				}

				@Override
				public void problem(LineProblem problem) {
					problems.add(problem);
				}
			});
		}
		for (LineProblem problem : problems) {
			err.println(problem.source() + ":" + problem.line() + ": " + problem.reason());
		}
		if (!problems.isEmpty()) {
			err.println("carelens kpi: " + problems.size() + " line(s) rejected; the report covers the valid events");
		}
		EventsByConversation byConversation = new EventsByConversation();
		byConversation.addAll(events);
		FactBook book = new FactBook(FactContext.EMPTY);
		book.apply(events, byConversation::eventsOf);
		table.upsert(book.facts());
		table.addOrders(events, book::keyOf);
		return problems.isEmpty() ? OK : FAILED;
	}
}
