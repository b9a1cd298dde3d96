package org.carelens.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.carelens.ui.tests.ReportTests.service;
import static org.carelens.ui.tests.ReportTests.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.carelens.internal.reports.ui.DashboardView;
import org.carelens.internal.reports.ui.ReportPerspective;
import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.KpiEngine;
import org.carelens.kpi.api.KpiQuery;
import org.carelens.kpi.api.KpiResult;
import org.carelens.kpi.api.MetricValue;
import org.carelens.reports.core.ChartsResponse;
import org.carelens.reports.core.DashboardRequest;
import org.carelens.reports.core.Period;
import org.carelens.reports.core.ReportScope;
import org.carelens.reports.core.TrendResponse;
import org.carelens.reports.core.WorkspaceSession;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's charts on a small generated workspace draw the engine's counts for the dashboard's scope and follow
 * its filters; a click on a tile shows its trend; the chosen tiles come back when the workspace is opened again.
 */
class DashboardChartsUiTest {

	@TempDir
	Path dir;

	private Path workspace() throws Exception {
		Path workspace = dir.resolve("ws");
		ReportTests.demoWorkspace(workspace, 7);
		return workspace;
	}

	/** @return the engine's value of one metric over the scope, in one group */
	private static MetricValue engineValue(KpiEngine engine, WorkspaceSession session, ReportScope scope,
			String metric) {
		Period period = scope.period();
		KpiResult result = engine.compute(session.table(), KpiQuery.all(period.to(), session.zone())
				.withMetrics(List.of(metric)).withRange(Optional.of(period.from()), Optional.of(period.to()))
				.withFilters(scope.filters()).withTargets(session.targets()));
		return result.rows().get(0).metrics().get(metric).value().orElseThrow();
	}

	private static long field(MetricValue value, String name) {
		return value.number(name).orElseThrow().longValue();
	}

	private static double sum(Optional<double[]> values) {
		double total = 0;
		for (double v : values.orElseThrow()) {
			total += v;
		}
		return total;
	}

	/** Waits until the tiles and the charts both show the dashboard's latest scope; returns it. */
	private static ReportScope settled(DashboardView view, BooleanSupplier scopeReady) {
		waitFor(() -> scopeReady.getAsBoolean() && view.shownCharts().isPresent()
				&& view.shownCharts().get().scope().equals(view.shown().get().request().scope()));
		ChartsResponse charts = view.shownCharts().orElseThrow();
		assertEquals(org.carelens.reports.core.DashboardResponse.Status.COMPLETED, charts.status(),
				charts.reason().orElse(""));
		return charts.scope();
	}

	private static Control find(Control root, String key) {
		if (key.equals(root.getData(DashboardView.WIDGET_KEY))) {
			return root;
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Control found = find(child, key);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Test
	void theChartsDrawTheEnginesCountsAndFollowTheChannelFilter() throws Exception {
		Path workspace = workspace();
		KpiEngine engine = service(KpiEngine.class, null);
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		PlatformUI.getWorkbench().showPerspective(ReportPerspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		DashboardView view = (DashboardView) page.showView(DashboardView.ID);
		view.open(workspace);
		ReportScope all = settled(view, () -> view.shown().isPresent());
		WorkspaceSession session = view.session().orElseThrow();

		MetricValue flow = engineValue(engine, session, all, "created_vs_resolved");
		long created = field(flow, "created");
		assertTrue(created > 0, "the demo's last 30 days have conversations");
		assertEquals(created, sum(Optional.of(view.channelMixValues())), 0.0, "the doughnut's slices");
		assertEquals(created, sum(view.chartSeries("flow", "created")), 0.0, "the created bars");
		MetricValue frt = engineValue(engine, session, all, "first_response_time");
		assertEquals(field(frt, "n"), sum(view.chartSeries("responseTimes", "answered")), 0.0);
		assertEquals(field(frt, "unanswered"), sum(view.chartSeries("responseTimes", "unanswered")), 0.0);

		Combo channel = view.filter(Dimension.CHANNEL);
		channel.select(List.of(channel.getItems()).indexOf("Chat"));
		channel.notifyListeners(SWT.Selection, null);
		ReportScope chats = settled(view, () -> view.shown().get().request().filters().containsKey(Dimension.CHANNEL));
		long chatsCreated = field(engineValue(engine, session, chats, "created_vs_resolved"), "created");
		assertTrue(chatsCreated < created, chatsCreated + " chats of " + created);
		assertArrayEquals(new double[] { chatsCreated }, view.channelMixValues(), "one slice: chat");
		assertEquals(List.of(org.carelens.core.api.ChannelKind.CHAT), view.shownCharts().get().channels().stream()
				.map(ChartsResponse.Slice::channel).toList());
		assertEquals(chatsCreated, sum(view.chartSeries("flow", "created")), 0.0);
		assertEquals(Optional.of(120.0), view.shownCharts().get().responses().orElseThrow().targets().values().stream()
				.findFirst(), "the chat target is marked: 2 min");
		page.hideView(view);
	}

	@Test
	void aClickOnATileShowsItsTrendAndMarksItSelected() throws Exception {
		Path workspace = workspace();
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		PlatformUI.getWorkbench().showPerspective(ReportPerspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		DashboardView view = (DashboardView) page.showView(DashboardView.ID);
		view.open(workspace);
		settled(view, () -> view.shown().isPresent());

		Control value = find(view.getSite().getShell(), "value.resolution_rate");
		Event click = new Event();
		click.button = 1;
		value.notifyListeners(SWT.MouseUp, click);
		waitFor(() -> view.shownTrend().isPresent());
		TrendResponse trend = view.shownTrend().orElseThrow();
		assertEquals("resolution_rate", trend.request().metric());
		assertEquals(Optional.of("resolution_rate"), view.selectedTile());
		assertEquals(30, trend.points().size(), "the last 30 days, one point a day");
		long withValue = trend.points().stream().filter(p -> p.value().isPresent()).count();
		assertEquals(withValue, view.chartSeries("trend", "current").orElseThrow().length,
				"a point per day with a value");
		assertEquals(view.shown().get().tiles().stream().filter(t -> t.metric().equals("resolution_rate")).findFirst()
				.orElseThrow().target(), trend.target(), "the trend's target line is the tile's target");
		assertTrue(trend.target().isPresent());
		page.hideView(view);
	}

	@Test
	void theChosenTilesComeBackWhenTheWorkspaceIsOpenedAgain() throws Exception {
		Path workspace = workspace();
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		PlatformUI.getWorkbench().showPerspective(ReportPerspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		DashboardView view = (DashboardView) page.showView(DashboardView.ID);
		view.open(workspace);
		waitFor(() -> view.shown().isPresent());
		assertEquals(DashboardRequest.DEFAULT_METRICS, view.tiles());
		view.setTiles(List.of("csat", "first_response_time", "overdue"));
		waitFor(() -> view.shown().get().request().metrics().size() == 3);
		page.hideView(view);

		DashboardView again = (DashboardView) page.showView(DashboardView.ID);
		assertTrue(again != view, "a new view");
		again.open(workspace);
		waitFor(() -> again.shown().isPresent());
		assertEquals(List.of("csat", "first_response_time", "overdue"), again.tiles());
		assertEquals(List.of("csat", "first_response_time", "overdue"),
				again.shown().get().tiles().stream().map(t -> t.metric()).toList());
		assertTrue(find(again.getSite().getShell(), "tile.overdue") != null, "the overdue tile is there");
		assertTrue(find(again.getSite().getShell(), "tile.nps") == null, "a tile not chosen is not");
		page.hideView(again);
	}
}
