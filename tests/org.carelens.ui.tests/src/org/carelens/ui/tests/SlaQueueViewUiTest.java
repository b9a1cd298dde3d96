package org.carelens.ui.tests;

import static org.carelens.ui.tests.ReportTests.service;
import static org.carelens.ui.tests.ReportTests.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.carelens.internal.reports.ui.DashboardView;
import org.carelens.internal.reports.ui.SlaQueueView;
import org.carelens.internal.reports.ui.ValueFormat;
import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.KpiEngine;
import org.carelens.kpi.api.MetricUnit;
import org.carelens.reports.core.ConversationSource;
import org.carelens.reports.core.DashboardResponse;
import org.carelens.reports.core.ReportScope;
import org.carelens.reports.core.SlaQueueProvider;
import org.carelens.reports.core.SlaQueueRequest;
import org.carelens.reports.core.SlaQueueResponse;
import org.carelens.reports.core.SlaQueueResponse.Group;
import org.carelens.reports.core.SlaQueueResponse.SlaState;
import org.carelens.reports.core.WorkspaceSession;
import org.carelens.store.api.EventStoreProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SLA and Queues view on a small generated workspace shows the provider's counts for the dashboard's scope, as
 * of the view's report instant, and narrows them with the dashboard's team filter.
 */
class SlaQueueViewUiTest {

	@TempDir
	Path dir;

	/** Closed after the test, so that the next test opens its own dashboard rather than finding this filtered one. */
	@AfterEach
	void hideViews() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		for (String id : List.of(SlaQueueView.ID, DashboardView.ID)) {
			IViewPart part = page.findView(id);
			if (part != null) {
				page.hideView(part);
			}
		}
	}

	private static SlaQueueResponse provider(KpiEngine engine, WorkspaceSession session, Path workspace,
			SlaQueueRequest request) throws Exception {
		EventStoreProvider stores = service(EventStoreProvider.class,
				"(" + EventStoreProvider.KIND + "=" + EventStoreProvider.EMBEDDED + ")");
		return new SlaQueueProvider(engine).compute(session, ConversationSource.of(workspace, stores), request,
				() -> false);
	}

	private static List<Long> counts(SlaQueueResponse response) {
		return List.of(response.count(SlaState.OVERDUE), response.count(SlaState.AT_RISK),
				(long) response.conversations().size(), (long) response.waiting());
	}

	private static void assertShowsTheProviders(SlaQueueView view, SlaQueueResponse expected) {
		SlaQueueResponse shown = view.shown().orElseThrow();
		assertEquals(counts(expected), counts(shown));
		assertEquals(expected.byTeam(), shown.byTeam());
		assertEquals(expected.byAgent(), shown.byAgent());
		assertEquals(expected.queues(), shown.queues());
		assertEquals(expected.attention(), shown.attention());
		ValueFormat format = new ValueFormat(Locale.getDefault());
		Map<String, String> tiles = view.tileTexts();
		assertEquals(count(format, expected.count(SlaState.OVERDUE)), tiles.get("overdue"));
		assertEquals(count(format, expected.count(SlaState.AT_RISK)), tiles.get("atRisk"));
		assertEquals(count(format, expected.conversations().size()), tiles.get("open"));
		assertTrue(tiles.get("waiting").startsWith(count(format, expected.waiting()) + " / "), tiles.get("waiting"));
		List<String[]> rows = view.groupRows();
		assertEquals(expected.byTeam().size(), rows.size());
		for (int i = 0; i < rows.size(); i++) {
			Group group = expected.byTeam().get(i);
			assertEquals(List.of(count(format, group.overdue()), count(format, group.atRisk()),
					count(format, group.open())), List.of(rows.get(i)[1], rows.get(i)[2], rows.get(i)[5]));
		}
	}

	private static String count(ValueFormat format, long n) {
		return format.value(MetricUnit.COUNT, n);
	}

	@Test
	void theViewShowsTheProvidersCountsAndFollowsTheTeamFilter() throws Exception {
		Path workspace = dir.resolve("ws");
		ReportTests.demoWorkspace(workspace, 13);
		KpiEngine engine = service(KpiEngine.class, null);

		DashboardView dashboard = ReportTests.dashboardOn(workspace);
		IWorkbenchPage page = dashboard.getSite().getPage();
		ReportScope scope = dashboard.shown().orElseThrow().request().scope();
		WorkspaceSession session = dashboard.session().orElseThrow();

		SlaQueueView view = (SlaQueueView) page.showView(SlaQueueView.ID);
		view.showByAgent(false);
		waitFor(() -> view.shown().map(r -> r.request().scope().equals(scope)).orElse(false));
		SlaQueueResponse all = view.shown().orElseThrow();
		assertEquals(DashboardResponse.Status.COMPLETED, all.status(), all.reason().orElse(""));
		assertShowsTheProviders(view, provider(engine, session, workspace, all.request()));
		assertTrue(all.count(SlaState.OVERDUE) > 0 && all.waiting() > 0, counts(all).toString());
		// the demo's last day ends with a tail: at its end, conversations past their due time and others not yet,
		// and callers in the queue
		Instant end = LocalDate.now().atStartOfDay(session.zone()).toInstant();
		SlaQueueResponse atEnd = provider(engine, session, workspace,
				new SlaQueueRequest(scope, end, SlaQueueRequest.AT_RISK_SHARE));
		assertTrue(atEnd.count(SlaState.OVERDUE) > 0, "overdue: " + counts(atEnd));
		assertTrue(atEnd.count(SlaState.AT_RISK) + atEnd.count(SlaState.ON_TRACK) > 0, "not yet: " + counts(atEnd));
		assertTrue(atEnd.waiting() > 0, "waiting: " + counts(atEnd));

		// the team with most open conversations, kept by the dashboard's team filter
		String team = all.byTeam().stream().filter(g -> g.value().isPresent())
				.max(java.util.Comparator.comparingInt(Group::open)).orElseThrow().value().orElseThrow();
		Combo teams = dashboard.filter(Dimension.TEAM);
		teams.select(1 + session.choices().get(Dimension.TEAM).stream().map(c -> c.value()).toList().indexOf(team));
		teams.notifyListeners(SWT.Selection, null);
		waitFor(() -> view.shown().map(r -> r.request().scope().filters().containsKey(Dimension.TEAM)).orElse(false));
		SlaQueueResponse one = view.shown().orElseThrow();
		assertEquals(Map.of(Dimension.TEAM, Set.of(team)), one.request().scope().filters());
		assertShowsTheProviders(view, provider(engine, session, workspace, one.request()));
		assertTrue(one.conversations().size() < all.conversations().size(),
				one.conversations().size() + " of " + all.conversations().size());
		assertTrue(one.conversations().stream().allMatch(c -> c.team().equals(Optional.of(team))),
				"every open conversation listed is the team's");
		assertEquals(List.of(Optional.of(team)), one.byTeam().stream().map(Group::value).toList());
	}
}
