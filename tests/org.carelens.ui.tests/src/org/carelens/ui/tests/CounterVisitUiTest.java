package org.carelens.ui.tests;

import static org.carelens.ui.tests.ReportTests.service;
import static org.carelens.ui.tests.ReportTests.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.carelens.core.api.Event;
import org.carelens.core.api.EventType;
import org.carelens.core.api.org.Agent;
import org.carelens.internal.reports.ui.CounterVisit;
import org.carelens.internal.reports.ui.CounterVisitDialog;
import org.carelens.internal.reports.ui.DashboardView;
import org.carelens.internal.reports.ui.StoreCounterVisitJob;
import org.carelens.reports.core.WorkspaceSession;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.EventStoreProvider;
import org.carelens.store.api.StoreLocation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counter visit form on a generated workspace refuses an end before the start, and a visit saved (twice, as a
 * double click would) is stored once in the workspace's event store and is a conversation of the reports' facts.
 */
class CounterVisitUiTest {

	@TempDir
	Path dir;

	/** Closed after the test, so that the next test opens its own dashboard rather than finding this one. */
	@AfterEach
	void hideDashboard() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IViewPart dashboard = page.findView(DashboardView.ID);
		if (dashboard != null) {
			page.hideView(dashboard);
		}
	}

	private static void click(CounterVisitDialog dialog, String key) {
		dialog.widgets().get(key).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	@Test
	void aVisitIsRefusedWhileItEndsBeforeItStartsThenStoredOnceAndCounted() throws Exception {
		Path workspace = dir.resolve("ws");
		ReportTests.demoWorkspace(workspace, 7);
		DashboardView dashboard = ReportTests.dashboardOn(workspace);
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		WorkspaceSession before = dashboard.session().orElseThrow();

		CounterVisitDialog dialog = new CounterVisitDialog(window.getShell(), before.config().orElseThrow(),
				before.zone());
		dialog.setBlockOnOpen(false);
		dialog.open();
		Combo counter = (Combo) dialog.widgets().get("counter");
		assertTrue(counter.getItemCount() >= 2, "the demo has two store counters");
		counter.select(0);
		counter.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		((Text) dialog.widgets().get("customer")).setText("0912345678");
		((Text) dialog.widgets().get("customerName")).setText("Trần Thị Bích");
		((Text) dialog.widgets().get("phone")).setText("0912345678");
		((Combo) dialog.widgets().get("topic")).setText("warranty");
		Combo agent = (Combo) dialog.widgets().get("agent");
		agent.select(0);
		agent.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		((Spinner) dialog.widgets().get("minutesAgo")).setSelection(20);
		click(dialog, "startedAgo");
		assertEquals(List.of(), dialog.problem().stream().toList());

		DateTime endTime = (DateTime) dialog.widgets().get("endTime");
		DateTime startTime = (DateTime) dialog.widgets().get("startTime");
		DateTime endDate = (DateTime) dialog.widgets().get("endDate");
		DateTime startDate = (DateTime) dialog.widgets().get("startDate");
		endDate.setDate(startDate.getYear() - 1, startDate.getMonth(), startDate.getDay());
		endTime.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		assertEquals("The end is before the start.", dialog.problem().orElseThrow());
		Button save = (Button) dialog.widgets().get("save");
		assertFalse(save.isEnabled());

		click(dialog, "startedAgo");
		((Button) dialog.widgets().get("outcome.RESOLVED")).setSelection(true);
		assertTrue(save.isEnabled());
		click(dialog, "save");
		CounterVisit visit = dialog.visit().orElseThrow();
		assertEquals(20 * 60, visit.end().getEpochSecond() - visit.start().getEpochSecond());
		Agent served = before.config().orElseThrow().organization().agents().stream()
				.filter(a -> a.id().equals(visit.agent())).findFirst().orElseThrow();

		StoreCounterVisitJob first = StoreCounterVisitJob.store(window, before, visit);
		StoreCounterVisitJob second = StoreCounterVisitJob.store(window, before, visit);
		first.join();
		second.join();
		assertEquals(5, first.result().total());
		assertEquals(5, first.result().ingested() + second.result().ingested(), "stored once");
		assertEquals(5, first.result().duplicates() + second.result().duplicates());

		waitFor(() -> dashboard.session().filter(s -> s != before).isPresent() && dashboard.shown().isPresent());
		WorkspaceSession after = dashboard.session().orElseThrow();
		assertNotSame(before, after);
		String conversation = "visit-" + visit.id();
		assertTrue(after.table().rowOf(conversation).isPresent(), "the reports' facts have the visit");
		assertEquals(before.table().size() + 1, after.table().size());

		EventStoreProvider stores = service(EventStoreProvider.class,
				"(" + EventStoreProvider.KIND + "=" + EventStoreProvider.EMBEDDED + ")");
		try (EventStore store = stores.open(new StoreLocation.Workspace(workspace))) {
			List<Event> events = store.eventsOfConversation(conversation);
			// the customer.identity of the phone belongs to the customer, not to the conversation
			assertEquals(List.of(EventType.CONVERSATION_OPENED, EventType.ASSIGNED, EventType.HANDLE,
					EventType.RESOLVED), events.stream().map(Event::type).toList());
			assertEquals(served.id(), events.get(1).header().agent().orElseThrow());
			assertEquals("\"Trần Thị Bích\"", events.get(0).header().extensions().get("customer_name"));
		}
	}
}
