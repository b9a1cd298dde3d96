package org.carelens.internal.surveys.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.carelens.cli.spi.Arguments;
import org.carelens.cli.spi.Command;
import org.carelens.cli.spi.CommandContext;
import org.carelens.cli.spi.CommandProperties;
import org.carelens.cli.spi.UsageException;
import org.carelens.core.api.workspace.WorkspaceConfig;
import org.carelens.core.api.workspace.WorkspaceConfigurations;
import org.carelens.facts.FactContext;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.EventStoreProvider;
import org.carelens.store.api.FactRefresh;
import org.carelens.store.api.StoreException;
import org.carelens.store.api.StoreLocation;
import org.carelens.surveys.dispatch.DecisionLog;
import org.carelens.surveys.dispatch.SkipReason;
import org.carelens.surveys.dispatch.SurveyDispatcher;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code carelens surveys dispatch --workspace DIR [--at T]}: applies the dispatch policies of the workspace's
 * surveys to its resolved conversations and records every decision.
 */
@Component(service = Command.class)
@CommandProperties(name = "surveys", summary = "Decide which customers are surveyed, by each survey's dispatch policy")
public final class SurveysCommand implements Command {

	private static final String WORKSPACE = "--workspace";
	private static final String AT = "--at";

	private final EventStoreProvider stores;
	private final WorkspaceConfigurations configurations;

	@Activate
	public SurveysCommand(
			@Reference(target = "(" + EventStoreProvider.KIND + "=" + EventStoreProvider.EMBEDDED + ")") EventStoreProvider stores,
			@Reference WorkspaceConfigurations configurations) {
		this.stores = stores;
		this.configurations = configurations;
	}

	@Override
	public String usage() {
		return """
				Usage: carelens surveys dispatch --workspace DIR [--at T]

				dispatch decides, for every resolved conversation of the workspace not decided before, whether its
				customer is asked each survey of the workspace and when, by the survey's dispatch policy (trigger,
				delay per channel, sampling rate, rest period and 30-day cap per customer, excluded topics and
				staff accounts, quiet hours). Every decision, to send or to skip and why, is appended to
				DIR/surveys/decisions.jsonl; the counts per survey and reason are printed.

				  --workspace DIR   the workspace; its configuration defines the surveys
				  --at T            decide as of T (2026-03-01T08:00 in the workspace zone, or with an offset);
				                    default now. Surveys due more than a day before T are skipped as too late.

				Exit codes: 0 done, 1 the workspace or its decision log cannot be used, 2 wrong usage.""";
	}

	@Override
	public int run(CommandContext context) throws Exception {
		List<String> args = context.arguments();
		if (args.isEmpty() || !args.get(0).equals("dispatch")) {
			throw new UsageException(args.isEmpty() ? "missing sub-command: dispatch"
					: "unknown sub-command '" + args.get(0) + "' (known: dispatch)");
		}
		Arguments arguments = Arguments.parse(args.subList(1, args.size()), Set.of(), Set.of(WORKSPACE, AT));
		if (!arguments.operands().isEmpty()) {
			throw new UsageException("unexpected argument " + arguments.operands().get(0));
		}
		Path workspace = context.resolve(arguments.value(WORKSPACE)
				.orElseThrow(() -> new UsageException("missing " + WORKSPACE + " DIR: the workspace to use")));
		PrintStream err = context.err();
		if (!Files.exists(workspace.resolve(WorkspaceConfigurations.FILE_NAME))) {
			err.println("carelens surveys: " + workspace + " has no " + WorkspaceConfigurations.FILE_NAME
					+ ": surveys are defined in the workspace configuration");
			return FAILED;
		}
		WorkspaceConfig config;
		try {
			config = configurations.open(workspace);
		} catch (IOException e) { // an InvalidWorkspaceException too: it says which rule the file breaks
			err.println("carelens surveys: " + workspace.resolve(WorkspaceConfigurations.FILE_NAME) + ": "
					+ e.getMessage());
			return FAILED;
		}
		Instant at = arguments.value(AT).isPresent()
				? Arguments.instant(AT, arguments.value(AT).get(), config.zone(), false) : Instant.now();
		PrintStream out = context.out();
		if (config.surveys().isEmpty()) {
			out.println("The workspace defines no survey: nothing to decide.");
			return OK;
		}
		Path file = workspace.resolve(SurveyDispatcher.DECISIONS_FILE);
		try (EventStore store = stores.open(new StoreLocation.Workspace(workspace));
				DecisionLog log = DecisionLog.open(file)) {
			// decisions are taken on facts as the events say now
			new FactRefresh(store, FactContext.of(config)).run((folded, total) -> {
			});
			List<SurveyDispatcher.Tally> tallies = SurveyDispatcher.of(config)
					.dispatch(sink -> store.facts().facts(sink::accept), log, at);
			print(tallies, out);
			out.println("Decisions recorded in " + file);
		} catch (StoreException | IOException e) {
			err.println("carelens surveys: " + e.getMessage());
			return FAILED;
		}
		return OK;
	}

	private static void print(List<SurveyDispatcher.Tally> tallies, PrintStream out) {
		out.printf("%-20s %9s %9s  %s%n", "survey", "decided", "to send", "skipped (reason: count)");
		for (SurveyDispatcher.Tally tally : tallies) {
			out.printf("%-20s %,9d %,9d  %s%n", tally.survey(), tally.decided(), tally.sends(), reasons(tally.skips()));
		}
	}

	private static String reasons(Map<SkipReason, Long> skips) {
		if (skips.isEmpty()) {
			return "-";
		}
		StringBuilder text = new StringBuilder();
		for (SkipReason reason : SkipReason.values()) {
			Optional.ofNullable(skips.get(reason)).ifPresent(count -> {
				if (!text.isEmpty()) {
					text.append(", ");
				}
				text.append(reason.name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(": ")
						.append(String.format(Locale.ROOT, "%,d", count));
			});
		}
		return text.toString();
	}
}
