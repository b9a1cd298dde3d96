package org.carelens.ui.tests;

import static org.carelens.ui.tests.ReportTests.service;
import static org.carelens.ui.tests.ReportTests.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.carelens.internal.reports.ui.DashboardView;
import org.carelens.internal.reports.ui.ReportPerspective;
import org.carelens.internal.reports.ui.ValueFormat;
import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.KpiEngine;
import org.carelens.kpi.api.KpiQuery;
import org.carelens.kpi.api.KpiResult;
import org.carelens.kpi.api.MetricValue;
import org.carelens.kpi.api.TimeBucket;
import org.carelens.reports.core.DashboardRequest;
import org.carelens.reports.core.DashboardResponse;
import org.carelens.reports.core.Period;
import org.carelens.reports.core.Tile;
import org.carelens.reports.core.WorkspaceSession;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard on a small generated workspace shows what the KPI engine computes for the same period and
 * filters, a channel filter changes the tiles, and a
 * handful of conversations is marked as a low sample.
 */
class DashboardViewUiTest {

	@TempDir
	Path dir;

	/** @return per metric, the headline value the engine computes over the period with the filters */
	private static Map<String, Optional<Double>> engineValues(KpiEngine engine, WorkspaceSession session,
			DashboardRequest request) {
		Period period = request.period();
		KpiResult result = engine.compute(session.table(), KpiQuery.all(period.to(), session.zone())
				.withMetrics(request.metrics()).withRange(Optional.of(period.from()), Optional.of(period.to()))
				.withFilters(request.filters()).withTargets(session.targets()));
		Map<String, Optional<Double>> values = new LinkedHashMap<>();
		for (String metric : request.metrics()) {
			values.put(metric, result.rows().isEmpty() ? Optional.empty()
					: result.rows().get(0).metrics().get(metric).value().map(MetricValue::value));
		}
		return values;
	}

	/** @return an agent with chats in the period, fewer than 30 */
	private static String fewChatsAgent(KpiEngine engine, WorkspaceSession session, DashboardRequest chats) {
		Period period = chats.period();
		KpiResult byAgent = engine.compute(session.table(), KpiQuery.all(period.to(), session.zone())
				.withMetrics(List.of("resolution_rate")).withGrouping(List.of(Dimension.AGENT), TimeBucket.NONE)
				.withRange(Optional.of(period.from()), Optional.of(period.to())).withFilters(chats.filters()));
		for (KpiResult.Row row : byAgent.rows()) {
			Optional<MetricValue> value = row.metrics().get("resolution_rate").value();
			if (row.group().get("agent").isPresent() && value.isPresent()
					&& value.get().number("den").orElse(0.0) < 30) {
				return row.group().get("agent").get();
			}
		}
		throw new AssertionError("no agent with a few chats in " + byAgent.rows().size() + " groups");
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

	private static Map<String, Optional<Double>> shownValues(DashboardResponse response) {
		Map<String, Optional<Double>> values = new LinkedHashMap<>();
		response.tiles().forEach(tile -> values.put(tile.metric(), tile.value()));
		return values;
	}

	@Test
	void theDashboardShowsTheEnginesValuesAndFollowsTheChannelFilter() throws Exception {
		Path workspace = dir.resolve("ws");
		ReportTests.demoWorkspace(workspace, 7);
		KpiEngine engine = service(KpiEngine.class, null);

		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		PlatformUI.getWorkbench().showPerspective(ReportPerspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		DashboardView view = (DashboardView) page.showView(DashboardView.ID);
		view.open(workspace);
		waitFor(() -> view.shown().isPresent());
		DashboardResponse all = view.shown().orElseThrow();
		assertEquals(DashboardResponse.Status.COMPLETED, all.status(), all.reason().orElse(""));
		WorkspaceSession session = view.session().orElseThrow();
		assertEquals(engineValues(engine, session, all.request()), shownValues(all));
		assertEquals(DashboardRequest.DEFAULT_METRICS, all.tiles().stream().map(t -> t.metric()).toList());
		ValueFormat format = new ValueFormat(Locale.getDefault());
		all.tiles().forEach(tile -> assertEquals(
				tile.value().map(v -> format.value(tile.unit(), v)).orElse("\u2013"),
				view.valueTexts().get(tile.metric()), tile.metric()));
		assertTrue(all.tiles().get(0).value().isPresent(), "the demo's last 30 days have first responses");

		Combo channel = view.filter(Dimension.CHANNEL);
		int chat = List.of(channel.getItems()).indexOf("Chat");
		assertTrue(chat > 0, List.of(channel.getItems()).toString());
		channel.select(chat);
		channel.notifyListeners(SWT.Selection, null);
		waitFor(() -> view.shown().map(r -> !r.request().filters().isEmpty()).orElse(false));
		DashboardResponse chats = view.shown().orElseThrow();
		assertEquals(Map.of(Dimension.CHANNEL, Set.of("CHAT")), chats.request().filters());
		assertEquals(engineValues(engine, session, chats.request()), shownValues(chats));
		assertNotEquals(shownValues(all), shownValues(chats), "the tiles changed with the filter");

		// one agent's chats of a month are a handful: the tiles say so
		String few = fewChatsAgent(engine, session, chats.request());
		Combo agent = view.filter(Dimension.AGENT);
		agent.select(1 + session.choices().get(Dimension.AGENT).stream().map(c -> c.value()).toList().indexOf(few));
		agent.notifyListeners(SWT.Selection, null);
		waitFor(() -> view.shown().map(r -> r.request().filters().containsKey(Dimension.AGENT)).orElse(false));
		DashboardResponse agents = view.shown().orElseThrow();
		assertEquals(engineValues(engine, session, agents.request()), shownValues(agents));
		Tile resolution = agents.tiles().get(1);
		assertTrue(resolution.lowSample(), "resolution rate over " + resolution.sampleSize() + " conversations");
		Label mark = (Label) find(view.getSite().getShell(), "lowSample.resolution_rate");
		assertTrue(mark.isVisible(), "the low-sample mark is shown");
		page.hideView(view);
	}
}
