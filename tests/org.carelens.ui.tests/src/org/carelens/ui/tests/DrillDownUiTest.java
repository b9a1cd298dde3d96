package org.carelens.ui.tests;

import static org.carelens.ui.tests.ReportTests.service;
import static org.carelens.ui.tests.ReportTests.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.carelens.core.api.Event;
import org.carelens.internal.reports.ui.ConversationsView;
import org.carelens.internal.reports.ui.DashboardView;
import org.carelens.internal.reports.ui.ReportPerspective;
import org.carelens.internal.reports.ui.TimelineView;
import org.carelens.kpi.api.KpiEngine;
import org.carelens.kpi.api.KpiQuery;
import org.carelens.kpi.api.Member;
import org.carelens.kpi.api.MetricValue;
import org.carelens.reports.core.DashboardResponse;
import org.carelens.reports.core.DrillDownResponse;
import org.carelens.reports.core.DrilledConversation;
import org.carelens.reports.core.Period;
import org.carelens.reports.core.Tile;
import org.carelens.reports.core.TimelineEntry;
import org.carelens.reports.core.TimelineResponse;
import org.carelens.reports.core.WorkspaceSession;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.EventStoreProvider;
import org.carelens.store.api.StoreLocation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drilling down from dashboard tiles on a small generated workspace lists exactly the tile's sample, the list
 * exports one CSV row per conversation, and a listed conversation's timeline shows its stored events in order.
 */
class DrillDownUiTest {

	@TempDir
	Path dir;

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

	private static Tile tile(DashboardResponse response, String metric) {
		return response.tiles().stream().filter(t -> t.metric().equals(metric)).findFirst().orElseThrow();
	}

	private static boolean listed(IWorkbenchPage page, String metric) {
		ConversationsView view = (ConversationsView) page.findView(ReportPerspective.CONVERSATIONS_VIEW);
		return view != null && view.shown().map(r -> r.request().metric().equals(metric)
				&& r.status() != DrillDownResponse.Status.CANCELLED).orElse(false);
	}

	@Test
	void drillingDownFromTilesListsTheirSampleAndTheTimelineShowsTheEventsInOrder() throws Exception {
		Path workspace = dir.resolve("ws");
		ReportTests.demoWorkspace(workspace, 11);
		EventStoreProvider stores = service(EventStoreProvider.class,
				"(" + EventStoreProvider.KIND + "=" + EventStoreProvider.EMBEDDED + ")");
		KpiEngine engine = service(KpiEngine.class, null);
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		PlatformUI.getWorkbench().showPerspective(ReportPerspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		DashboardView dashboard = (DashboardView) page.showView(DashboardView.ID);
		dashboard.open(workspace);
		waitFor(() -> dashboard.shown().isPresent());
		DashboardResponse tiles = dashboard.shown().orElseThrow();
		assertEquals(DashboardResponse.Status.COMPLETED, tiles.status(), tiles.reason().orElse(""));
		WorkspaceSession session = dashboard.session().orElseThrow();

		// a rate, by double click on its tile: the list is its denominator, the numerator marked
		Control rateTile = find(dashboard.getSite().getShell(), "tile.resolution_rate");
		rateTile.notifyListeners(SWT.MouseDoubleClick, new org.eclipse.swt.widgets.Event());
		waitFor(() -> listed(page, "resolution_rate"));
		ConversationsView list = (ConversationsView) page.findView(ReportPerspective.CONVERSATIONS_VIEW);
		DrillDownResponse rate = list.shown().orElseThrow();
		assertEquals(DrillDownResponse.Status.COMPLETED, rate.status(), rate.reason().orElse(""));
		long denominator = tile(tiles, "resolution_rate").sampleSize().orElseThrow();
		assertTrue(denominator > 100, "a month of the demo has conversations: " + denominator);
		assertEquals(denominator, rate.conversations().size());
		assertEquals(denominator, list.visible().size());
		assertEquals(denominator, list.table().getItemCount());
		assertEquals(0, rate.missing());
		assertEquals(numerator(engine, session, tiles, "resolution_rate"), rate.numeratorCount());
		assertEquals(denominator, rate.conversations().stream().map(DrilledConversation::id).distinct().count());
		NumberFormat counts = NumberFormat.getIntegerInstance(Locale.getDefault());
		assertTrue(list.headerText().startsWith(counts.format(rate.numeratorCount()) + " "), list.headerText());
		assertTrue(list.headerText().contains(" " + counts.format(denominator) + " "), list.headerText());

		// the role filter keeps the numerator only
		Combo role = (Combo) find(list.table().getParent(), "drill.role");
		role.select(1);
		role.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		assertEquals(rate.numeratorCount(), list.visible().size());
		assertTrue(list.visible().stream().allMatch(c -> c.role() == Member.Role.NUMERATOR));

		// the export writes one row per listed conversation, under a header
		Path csv = dir.resolve("resolved.csv");
		list.export(csv);
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertEquals(list.visible().size() + 1, lines.size());
		assertTrue(lines.get(0).startsWith("conversation,channel,"), lines.get(0));
		assertEquals(list.visible().stream().map(DrilledConversation::id).toList(),
				lines.subList(1, lines.size()).stream().map(l -> l.substring(0, l.indexOf(','))).toList());

		// a duration, by the tile's menu item Show Conversations: the list is its sample n
		Control durationTile = find(dashboard.getSite().getShell(), "tile.first_response_time");
		assertEquals(1, durationTile.getMenu().getItemCount());
		durationTile.getMenu().getItem(0).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		waitFor(() -> listed(page, "first_response_time"));
		DrillDownResponse durations = list.shown().orElseThrow();
		assertEquals(DrillDownResponse.Status.COMPLETED, durations.status(), durations.reason().orElse(""));
		assertEquals(tile(tiles, "first_response_time").sampleSize().orElseThrow(),
				(long) durations.conversations().size());
		assertTrue(durations.conversations().stream().allMatch(c -> c.value(
				org.carelens.reports.core.DrillColumn.FIRST_RESPONSE).isPresent()), "each has its first response");

		// double click on a listed conversation: its timeline, in the order of the stored events
		role.select(0);
		role.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		Table table = list.table();
		table.setSelection(0);
		String id = list.visible().get(0).id();
		table.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
		waitFor(() -> {
			TimelineView view = (TimelineView) page.findView(ReportPerspective.TIMELINE_VIEW);
			return view != null && view.shown().map(t -> t.conversation().equals(id)).orElse(false);
		});
		TimelineView timeline = (TimelineView) page.findView(ReportPerspective.TIMELINE_VIEW);
		TimelineResponse events = timeline.shown().orElseThrow();
		assertEquals(TimelineResponse.Status.COMPLETED, events.status(), events.reason().orElse(""));
		List<Event> stored;
		try (EventStore store = stores.open(new StoreLocation.Workspace(workspace))) {
			stored = store.eventsOfConversation(id);
		}
		assertFalse(stored.isEmpty());
		assertEquals(stored.stream().map(Event::type).toList(),
				events.entries().stream().map(TimelineEntry::type).toList());
		assertEquals(stored.stream().map(Event::at).toList(), events.entries().stream().map(TimelineEntry::at).toList());
		for (int i = 1; i < events.entries().size(); i++) {
			assertFalse(events.entries().get(i).at().isBefore(events.entries().get(i - 1).at()), "in order at " + i);
		}
		assertEquals(events.entries().size(), timeline.rows().size());
		page.hideView(timeline);
		page.hideView(list);
		page.hideView(dashboard);
	}

	/** @return the metric's numerator over the dashboard's period and filters, as the engine computes it */
	private static long numerator(KpiEngine engine, WorkspaceSession session, DashboardResponse tiles, String metric) {
		Period period = tiles.request().period();
		MetricValue value = engine.compute(session.table(), KpiQuery.all(period.to(), session.zone())
				.withMetrics(List.of(metric)).withRange(Optional.of(period.from()), Optional.of(period.to()))
				.withFilters(tiles.request().filters())).rows().get(0).metrics().get(metric).value().orElseThrow();
		return value.number("num").orElseThrow().longValue();
	}
}
