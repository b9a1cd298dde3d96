package org.carelens.reports.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import org.carelens.kpi.api.KpiEngine;
import org.carelens.reports.core.Benchmarks;
import org.carelens.reports.core.ChartsProvider;
import org.carelens.reports.core.ChartsResponse;
import org.carelens.reports.core.ComparisonProvider;
import org.carelens.reports.core.ComparisonRequest;
import org.carelens.reports.core.ComparisonResponse;
import org.carelens.reports.core.DashboardProvider;
import org.carelens.reports.core.DashboardRequest;
import org.carelens.reports.core.DashboardResponse;
import org.carelens.reports.core.ReportScope;
import org.carelens.reports.core.SurveyResults;
import org.carelens.reports.core.SurveyResultsProvider;
import org.carelens.reports.core.WorkspaceSession;

/**
 * Runs a saved report over an open workspace: computes each of its sections with the same providers as the
 * workbench's views, over the report's period resolved at the report instant, and builds the document. UI-free: the
 * command line and the workbench run it alike.
 */
public final class ReportRunner {

	private final KpiEngine engine;

	public ReportRunner(KpiEngine engine) {
		this.engine = Objects.requireNonNull(engine, "engine");
	}

	/** Why a report has no document: a section could not be computed, or the run was cancelled. */
	public static final class ReportFailedException extends Exception {

		private static final long serialVersionUID = 1L;

		public ReportFailedException(String message) {
			super(message);
		}
	}

	/**
	 * @param at          the report instant: a preset period ends there, open conversations are judged as of it
	 * @param benchmarks  the workspace's benchmarks, for the comparison
	 * @param metricNames a metric's name in the report's language by its id
	 * @throws ReportFailedException naming the section and the reason when one cannot be computed or the run is
	 *                               cancelled
	 */
	public ReportDocument run(WorkspaceSession session, ReportDefinition report, Instant at, Benchmarks benchmarks,
			Function<String, String> metricNames, BooleanSupplier cancelled) throws ReportFailedException {
		ReportScope scope = report.scope(at, session.zone());
		ReportBuilder builder = new ReportBuilder(report.locale(), session.zone(), metricNames);
		List<String> installed = engine.metrics().stream().map(m -> m.info().id()).toList();
		List<String> metrics = report.metrics().isEmpty()
				? DashboardRequest.DEFAULT_METRICS.stream().filter(installed::contains).toList()
				: report.metrics();
		List<Section> sections = new ArrayList<>();
		for (ReportDefinition.SectionKind kind : report.sections()) {
			sections.add(switch (kind) {
			case DASHBOARD -> {
				DashboardResponse response = new DashboardProvider(engine).compute(session,
						DashboardRequest.of(scope, metrics), cancelled);
				check(kind, response.status(), response.reason());
				yield builder.dashboard(response);
			}
			case CHARTS -> {
				ChartsResponse response = new ChartsProvider(engine).compute(session, scope, cancelled);
				check(kind, response.status(), response.reason());
				yield builder.charts(response);
			}
			case COMPARISON -> {
				ComparisonResponse response = new ComparisonProvider(engine).compute(session,
						new ComparisonRequest(scope, report.by(), metrics), benchmarks, cancelled);
				check(kind, response.status(), response.reason());
				yield builder.comparison(response);
			}
			case SURVEYS -> {
				SurveyResults response = new SurveyResultsProvider(engine).compute(session, scope, cancelled);
				check(kind, response.status(), response.reason());
				yield builder.surveys(response);
			}
			});
		}
		return builder.document(report.title(), session.name(), scope, at, sections);
	}

	private static void check(ReportDefinition.SectionKind kind, DashboardResponse.Status status,
			Optional<String> reason) throws ReportFailedException {
		switch (status) {
		case COMPLETED -> {
			// computed
		}
		case CANCELLED -> throw new ReportFailedException("the report was cancelled while computing its "
				+ kind.key() + " section");
		case FAILED -> throw new ReportFailedException("the " + kind.key() + " section could not be computed: "
				+ reason.orElse("no reason given"));
		}
	}
}
