package org.carelens.ui.tests;

import static org.carelens.ui.tests.ReportTests.service;
import static org.carelens.ui.tests.ReportTests.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.SurveyKind;
import org.carelens.internal.reports.ui.DashboardView;
import org.carelens.internal.reports.ui.SurveysView;
import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.KpiEngine;
import org.carelens.kpi.api.KpiQuery;
import org.carelens.kpi.api.KpiResult;
import org.carelens.kpi.api.MetricValue;
import org.carelens.kpi.api.TimeBucket;
import org.carelens.reports.core.DashboardResponse;
import org.carelens.reports.core.Period;
import org.carelens.reports.core.ReportScope;
import org.carelens.reports.core.SurveyResults;
import org.carelens.reports.core.Tile;
import org.carelens.reports.core.WorkspaceSession;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Surveys view on a small generated workspace shows, for the dashboard's scope, answers spread over each scale
 * that add up to the CSAT, NPS and CES samples the engine computes, and the engine's response rate per channel.
 */
class SurveysViewUiTest {

	@TempDir
	Path dir;

	/** Closed after the test, so that the next test opens its own dashboard rather than finding this one. */
	@AfterEach
	void hideViews() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		for (String id : List.of(SurveysView.ID, DashboardView.ID)) {
			IViewPart part = page.findView(id);
			if (part != null) {
				page.hideView(part);
			}
		}
	}

	private static KpiQuery query(WorkspaceSession session, ReportScope scope) {
		Period period = scope.period();
		return KpiQuery.all(period.to(), session.zone()).withRange(Optional.of(period.from()), Optional.of(period.to()))
				.withFilters(scope.filters());
	}

	@Test
	void theAnswersAndTheResponseRatesAreTheEnginesForTheDashboardsScope() throws Exception {
		Path workspace = dir.resolve("ws");
		ReportTests.demoWorkspace(workspace, 11);
		KpiEngine engine = service(KpiEngine.class, null);

		DashboardView dashboard = ReportTests.dashboardOn(workspace);
		IWorkbenchPage page = dashboard.getSite().getPage();
		ReportScope scope = dashboard.shown().orElseThrow().request().scope();
		WorkspaceSession session = dashboard.session().orElseThrow();

		SurveysView view = (SurveysView) page.showView(SurveysView.ID);
		waitFor(() -> view.shown().map(r -> r.status() == DashboardResponse.Status.COMPLETED).orElse(false));
		SurveyResults results = view.shown().orElseThrow();
		assertEquals(scope, results.scope(), "the view follows the dashboard's scope");

		KpiResult metrics = engine.compute(session.table(), query(session, scope)
				.withMetrics(List.of("csat", "nps", "ces")));
		for (SurveyResults.Distribution distribution : results.distributions()) {
			String metric = distribution.kind().wire();
			long n = metrics.rows().isEmpty() ? 0 : metrics.rows().get(0).metrics().get(metric).value()
					.map(v -> (Long) v.fields().get("n")).orElse(0L);
			assertEquals(n, distribution.answers(), metric + ": the answers spread are the metric's sample");
		}
		SurveyResults.Distribution csat = results.distributions().get(0);
		assertEquals(SurveyKind.CSAT, csat.kind());
		assertTrue(csat.answers() > 0, "the demo has CSAT answers in the last 30 days");
		Tile csatTile = results.tiles().stream().filter(t -> t.metric().equals("csat")).findFirst().orElseThrow();
		assertEquals(Optional.of(csat.answers()), csatTile.sampleSize());

		KpiResult byChannel = engine.compute(session.table(), query(session, scope)
				.withMetrics(List.of("survey_response_rate")).withGrouping(List.of(Dimension.CHANNEL), TimeBucket.NONE));
		Map<String, List<Long>> expected = new HashMap<>();
		for (KpiResult.Row row : byChannel.rows()) {
			Optional<MetricValue> value = row.metrics().get("survey_response_rate").value();
			value.ifPresent(v -> expected.put(row.group().get("channel").orElseThrow(),
					List.of((Long) v.fields().get("num"), (Long) v.fields().get("den"))));
		}
		Map<String, List<Long>> shown = new HashMap<>();
		results.channels().forEach(c -> shown.put(c.channel().wire(), List.of(c.responses(), c.delivered())));
		assertEquals(expected, shown);
		assertTrue(shown.size() >= 2, "several channels have surveys: " + shown);
	}
}
