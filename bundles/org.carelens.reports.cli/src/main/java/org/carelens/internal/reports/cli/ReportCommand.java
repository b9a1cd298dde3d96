package org.carelens.internal.reports.cli;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.carelens.cli.spi.Arguments;
import org.carelens.cli.spi.Command;
import org.carelens.cli.spi.CommandContext;
import org.carelens.cli.spi.CommandProperties;
import org.carelens.core.api.workspace.WorkspaceConfig;
import org.carelens.core.api.workspace.WorkspaceConfigurations;
import org.carelens.kpi.api.KpiEngine;
import org.carelens.kpi.api.MetricInfo;
import org.carelens.reports.core.BenchmarkCsvException;
import org.carelens.reports.core.BenchmarkFile;
import org.carelens.reports.core.Benchmarks;
import org.carelens.reports.core.FactLoading;
import org.carelens.reports.core.WorkspaceSession;
import org.carelens.reports.export.InvalidReportException;
import org.carelens.reports.export.MetricNames;
import org.carelens.reports.export.ReportDefinition;
import org.carelens.reports.export.ReportDocument;
import org.carelens.reports.export.ReportRunner;
import org.carelens.reports.export.SavedReports;
import org.carelens.store.api.EventStoreProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;

/**
 * {@code carelens report}: runs a report saved in a workspace and writes it as PDF, HTML, XLSX or CSV, the same
 * document the workbench exports.
 */
@Component(service = Command.class)
@CommandProperties(name = "report", summary = "Run a saved report of a workspace into a PDF, HTML, XLSX or CSV file")
public final class ReportCommand implements Command {

	private final KpiEngine engine;
	private final EventStoreProvider stores;
	private final Optional<WorkspaceConfigurations> configurations;

	@Activate
	public ReportCommand(@Reference KpiEngine engine,
			@Reference(target = "(" + EventStoreProvider.KIND + "=" + EventStoreProvider.EMBEDDED
					+ ")") EventStoreProvider stores,
			@Reference(cardinality = ReferenceCardinality.OPTIONAL) WorkspaceConfigurations configurations) {
		this.engine = engine;
		this.stores = stores;
		this.configurations = Optional.ofNullable(configurations);
	}

	@Override
	public String usage() {
		return """
				Usage: carelens report --workspace DIR --report NAME --out FILE.(pdf|html|xlsx|csv) [--at T]
				       carelens report --workspace DIR --list

				Runs a report saved in the workspace (reports/NAME.properties, saved from the workbench with
				File > Save Report... or written by hand) and writes it; the file's extension says the format.

				  --workspace DIR   the workspace
				  --report NAME     the saved report
				  --out FILE        .pdf (A4 landscape with charts), .html (one self-contained page), .xlsx (a sheet
				                    per section, number cells) or .csv (every table, raw numbers); replaced whole
				  --at T            the report instant (default now): a preset period (this week, the last 30 days)
				                    ends there; T is 2026-03-01, 2026-03-01T08:00 (in the workspace zone) or an
				                    instant such as 2026-03-01T01:00:00Z
				  --list            list the saved reports, each checked

				A saved report file has one field a line:
				  title = Weekly quality review
				  sections = dashboard, charts, comparison, surveys
				  period = last_7_days     (today, this_week, last_7_days, last_30_days, this_month,
				                            this_quarter, or days: 2026-03-01..2026-03-31)
				  filter.team = T1, T2     (filter.DIMENSION: channel, site, manager, team, agent, ...)
				  by = team                (the comparison's segments)
				  metrics = csat, nps      (empty: the dashboard's default tiles)
				  locale = vi              (en or vi)

				Exit codes: 0 written (or every saved report is valid), 1 the report or workspace cannot be read or
				a section cannot be computed (the file is not written), 2 wrong usage.""";
	}

	@Override
	public int run(CommandContext context) throws Exception {
		ReportArguments arguments = ReportArguments.parse(context);
		SavedReports saved = new SavedReports(arguments.workspace());
		if (arguments.list()) {
			return list(saved, context);
		}
		Optional<WorkspaceConfig> config = WorkspaceSession.configuration(arguments.workspace(), configurations);
		ReportDefinition report;
		try {
			report = saved.read(arguments.report().orElseThrow());
		} catch (InvalidReportException e) {
			context.err().println("carelens report: " + e.getMessage());
			return FAILED;
		}
		Instant at = arguments.at().isPresent()
				? Arguments.instant("--at", arguments.at().get(),
						config.map(WorkspaceConfig::zone).orElse(WorkspaceSession.DEFAULT_ZONE), false)
				: Instant.now().truncatedTo(ChronoUnit.SECONDS);
		WorkspaceSession session = WorkspaceSession.open(arguments.workspace(), engine, stores, configurations,
				FactLoading.Listener.NONE);
		Map<String, MetricInfo> known = engine.metrics().stream().map(m -> m.info())
				.collect(Collectors.toMap(MetricInfo::id, Function.identity(), (a, b) -> a));
		for (String metric : report.metrics()) {
			if (!known.containsKey(metric)) {
				context.err().println("carelens report: " + saved.file(report.name()) + ": metrics: unknown metric '"
						+ metric + "' (run 'carelens metrics' for the list)");
				return FAILED;
			}
		}
		Benchmarks benchmarks;
		try {
			benchmarks = BenchmarkFile.load(arguments.workspace(), known);
		} catch (BenchmarkCsvException e) {
			context.err().println("carelens report: " + e.getMessage());
			return FAILED;
		}
		ReportDocument document;
		try {
			document = new ReportRunner(engine).run(session, report, at, benchmarks,
					new MetricNames(engine.metrics(), report.locale()), () -> false);
		} catch (ReportRunner.ReportFailedException e) {
			context.err().println("carelens report: " + e.getMessage());
			return FAILED;
		}
		arguments.format().orElseThrow().write(document, arguments.out().orElseThrow());
		context.err().println("carelens report: " + report.name() + " written to " + arguments.out().get());
		return OK;
	}

	private static int list(SavedReports saved, CommandContext context) throws IOException {
		List<String> names = saved.names();
		if (names.isEmpty()) {
			context.err().println("carelens report: no saved report in " + saved.folder());
			return OK;
		}
		int status = OK;
		for (String name : names) {
			try {
				ReportDefinition report = saved.read(name);
				context.out().println(name + "\t" + report.period().key() + "\t"
						+ report.sections().stream().map(ReportDefinition.SectionKind::key)
								.collect(Collectors.joining(","))
						+ "\t" + report.locale().getLanguage() + "\t" + report.title());
			} catch (InvalidReportException e) {
				context.out().println(name + "\tINVALID\t" + e.getMessage());
				status = FAILED;
			}
		}
		return status;
	}
}
