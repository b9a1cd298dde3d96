package org.carelens.ui.tests;

import static org.carelens.ui.tests.ReportTests.service;
import static org.carelens.ui.tests.ReportTests.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.carelens.internal.reports.ui.ComparisonsView;
import org.carelens.internal.reports.ui.DashboardView;
import org.carelens.internal.reports.ui.ReportPerspective;
import org.carelens.internal.reports.ui.ValueFormat;
import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.KpiEngine;
import org.carelens.kpi.api.KpiQuery;
import org.carelens.kpi.api.KpiResult;
import org.carelens.kpi.api.MetricInfo;
import org.carelens.kpi.api.MetricValue;
import org.carelens.kpi.api.TimeBucket;
import org.carelens.reports.core.ComparisonResponse;
import org.carelens.reports.core.ComparisonResponse.Segment;
import org.carelens.reports.core.DashboardResponse;
import org.carelens.reports.core.Period;
import org.carelens.reports.core.ReportScope;
import org.carelens.reports.core.WorkspaceSession;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Comparisons view on a small generated workspace, grouped by team, shows what the KPI engine computes grouped
 * by team for the dashboard's scope; a column header sorts the rows; the CSV export holds the same numbers.
 */
class ComparisonsViewUiTest {

	private static final String FRT = "first_response_time";

	@TempDir
	Path dir;

	/** @return per team id, per metric, the value the engine computes over the scope grouped by team */
	private static Map<String, Map<String, Optional<Double>>> engineByTeam(KpiEngine engine, WorkspaceSession session,
			ReportScope scope, List<String> metrics) {
		Period period = scope.period();
		KpiResult result = engine.compute(session.table(), KpiQuery.all(period.to(), session.zone())
				.withMetrics(metrics).withGrouping(List.of(Dimension.TEAM), TimeBucket.NONE)
				.withRange(Optional.of(period.from()), Optional.of(period.to())).withFilters(scope.filters())
				.withTargets(session.targets()));
		Map<String, Map<String, Optional<Double>>> byTeam = new HashMap<>();
		for (KpiResult.Row row : result.rows()) {
			Map<String, Optional<Double>> values = new HashMap<>();
			metrics.forEach(m -> values.put(m, row.metrics().get(m).value().map(MetricValue::value)));
			byTeam.put(row.group().get("team").orElse(""), values);
		}
		return byTeam;
	}

	private static Map<String, Optional<Double>> shownValues(Segment segment) {
		Map<String, Optional<Double>> values = new HashMap<>();
		segment.cells().forEach((metric, cell) -> values.put(metric, cell.value()));
		return values;
	}

	private static int column(Table table, String metric) {
		for (int i = 0; i < table.getColumnCount(); i++) {
			if (metric.equals(table.getColumn(i).getData())) {
				return i;
			}
		}
		throw new AssertionError("no column for " + metric);
	}

	/** @return the first-response values of the rows in table order, the total row left out */
	private static List<Optional<Double>> frtInTableOrder(Table table) {
		List<Optional<Double>> values = new ArrayList<>();
		TableItem[] items = table.getItems();
		for (int i = 0; i < items.length - 1; i++) {
			values.add(((Segment) items[i].getData()).cell(FRT).value());
		}
		return values;
	}

	private static void assertSorted(List<Optional<Double>> values, boolean ascending) {
		boolean emptySeen = false;
		for (int i = 0; i < values.size(); i++) {
			if (values.get(i).isEmpty()) {
				emptySeen = true;
				continue;
			}
			assertTrue(!emptySeen, "empty values come last: " + values);
			if (i > 0 && values.get(i - 1).isPresent()) {
				double before = values.get(i - 1).get();
				double now = values.get(i).get();
				assertTrue(ascending ? before <= now : before >= now, values.toString());
			}
		}
	}

	@Test
	void theTeamComparisonShowsTheEnginesValuesSortsByAColumnAndExportsTheSameNumbers() throws Exception {
		Path workspace = dir.resolve("ws");
		ReportTests.demoWorkspace(workspace, 7);
		KpiEngine engine = service(KpiEngine.class, null);

		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		PlatformUI.getWorkbench().showPerspective(ReportPerspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		DashboardView dashboard = (DashboardView) page.showView(DashboardView.ID);
		dashboard.open(workspace);
		waitFor(() -> dashboard.shown().isPresent());
		DashboardResponse tiles = dashboard.shown().orElseThrow();
		ReportScope scope = tiles.request().scope();
		WorkspaceSession session = dashboard.session().orElseThrow();

		ComparisonsView view = (ComparisonsView) page.showView(ComparisonsView.ID);
		view.compareBy(Dimension.TEAM);
		waitFor(() -> view.shown().map(r -> r.request().by() == Dimension.TEAM).orElse(false));
		ComparisonResponse response = view.shown().orElseThrow();
		assertEquals(DashboardResponse.Status.COMPLETED, response.status(), response.reason().orElse(""));
		assertEquals(scope, response.request().scope(), "the comparison follows the dashboard's scope");
		List<String> metrics = response.metrics().stream().map(MetricInfo::id).toList();
		assertEquals(engine.metrics().size(), metrics.size(), "every installed metric");

		Map<String, Map<String, Optional<Double>>> expected = engineByTeam(engine, session, scope, metrics);
		assertTrue(expected.size() >= 2, "the demo has several teams: " + expected.keySet());
		for (Segment segment : response.segments()) {
			Map<String, Optional<Double>> engineValues = expected.get(segment.id().orElse(""));
			if (engineValues != null) {
				assertEquals(engineValues, shownValues(segment), "team " + segment.label());
			} else {
				// a team with conversations in the previous period only
				assertTrue(shownValues(segment).values().stream().allMatch(Optional::isEmpty), segment.label());
			}
		}
		assertTrue(response.segments().stream().map(s -> s.id().orElse("")).toList().containsAll(expected.keySet()));

		// the table shows the same values, formatted as the tiles are, and names the teams
		Table table = view.table();
		ValueFormat format = new ValueFormat(Locale.getDefault());
		int frtColumn = column(table, FRT);
		MetricInfo frt = response.metrics().get(metrics.indexOf(FRT));
		assertEquals(response.segments().size() + 1, table.getItemCount(), "one row per team and the total");
		for (TableItem item : table.getItems()) {
			Segment segment = (Segment) item.getData();
			String valueText = segment.cell(FRT).value().map(v -> format.value(frt.unit(), v)).orElse("\u2013");
			assertTrue(item.getText(frtColumn).startsWith(valueText), item.getText(frtColumn) + " / " + valueText);
			segment.id().flatMap(id -> session.choices().get(Dimension.TEAM).stream()
					.filter(c -> c.value().equals(id)).findFirst())
					.ifPresent(choice -> assertEquals(choice.label(), item.getText(0)));
		}
		assertEquals("All conversations", table.getItem(table.getItemCount() - 1).getText(0));

		// first response: lower is better, so the first click sorts it best first (ascending), the second reverses
		TableColumn header = table.getColumn(frtColumn);
		header.notifyListeners(SWT.Selection, new Event());
		assertSorted(frtInTableOrder(table), true);
		assertEquals(SWT.UP, table.getSortDirection());
		header.notifyListeners(SWT.Selection, new Event());
		assertSorted(frtInTableOrder(table), false);
		assertEquals("All conversations", table.getItem(table.getItemCount() - 1).getText(0), "the total stays last");

		Path csv = dir.resolve("teams.csv");
		Job export = view.exportCsv(csv).orElseThrow();
		waitFor(() -> export.getResult() != null);
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertEquals(response.segments().size() + 2, lines.size(), "header, one line per team, the total");
		List<String> names = ReportTests.csvFields(lines.get(0));
		int frtField = names.indexOf("first_response_time [s]");
		int resolutionField = names.indexOf("resolution_rate [ratio 0..1]");
		assertTrue(frtField > 0 && resolutionField > 0, names.toString());
		for (String line : lines.subList(1, lines.size() - 1)) {
			List<String> row = ReportTests.csvFields(line);
			Map<String, Optional<Double>> engineValues = expected.get(row.get(0));
			if (engineValues == null) {
				continue;
			}
			assertEquals(engineValues.get(FRT), Optional.of(row.get(frtField)).filter(s -> !s.isEmpty())
					.map(Double::parseDouble), line);
			assertEquals(engineValues.get("resolution_rate"), Optional.of(row.get(resolutionField))
					.filter(s -> !s.isEmpty()).map(Double::parseDouble), line);
		}
		List<String> total = ReportTests.csvFields(lines.get(lines.size() - 1));
		assertEquals(List.of("*", "All conversations"), total.subList(0, 2));
		assertEquals(tiles.tiles().get(0).value(), Optional.of(total.get(frtField)).filter(s -> !s.isEmpty())
				.map(Double::parseDouble), "the total is the dashboard's first-response tile");
		page.hideView(view);
		page.hideView(dashboard);
	}
}
