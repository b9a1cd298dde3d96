package org.carelens.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.carelens.internal.reports.ui.DashboardView;
import org.carelens.internal.reports.ui.ReportPerspective;
import org.carelens.internal.workspace.DemoWorkspaces;
import org.carelens.store.api.EventStoreProvider;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * What the Report perspective's UI tests share: the OSGi services they compute with, waiting for the UI while its
 * jobs run, and a small generated workspace.
 */
final class ReportTests {

	private ReportTests() {
	}

	/** @return the service of {@code type} matching {@code filter} (any, when null) */
	static <T> T service(Class<T> type, String filter) throws Exception {
		BundleContext context = FrameworkUtil.getBundle(ReportTests.class).getBundleContext();
		return context.getService(context.getServiceReferences(type, filter).iterator().next());
	}

	/** @return the embedded event store's provider */
	static EventStoreProvider embeddedStores() throws Exception {
		return service(EventStoreProvider.class, "(" + EventStoreProvider.KIND + "=" + EventStoreProvider.EMBEDDED + ")");
	}

	/** Shows the Report perspective in the active window and opens {@code workspace} on its dashboard, computed. */
	static DashboardView openDashboard(Path workspace) throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		PlatformUI.getWorkbench().showPerspective(ReportPerspective.ID, window);
		DashboardView dashboard = (DashboardView) window.getActivePage().showView(DashboardView.ID);
		dashboard.open(workspace);
		waitFor(() -> dashboard.shown().isPresent());
		return dashboard;
	}

	/** Runs the UI's event loop until {@code condition} holds; fails after a minute. */
	static void waitFor(BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 60_000;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> {
				});
				display.sleep();
			}
		}
		assertTrue(condition.getAsBoolean(), "timed out");
	}

	/**
	 * Shows the Report perspective with its dashboard on {@code workspace}, once the workspace is open and the
	 * dashboard filled.
	 */
	static DashboardView dashboardOn(Path workspace) throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		PlatformUI.getWorkbench().showPerspective(ReportPerspective.ID, window);
		DashboardView dashboard = (DashboardView) window.getActivePage().showView(DashboardView.ID);
		dashboard.open(workspace);
		waitFor(() -> dashboard.session().map(s -> s.directory().equals(workspace)).orElse(false)
				&& dashboard.shown().isPresent());
		return dashboard;
	}

	/**
	 * Creates a demo workspace of 2,000 conversations in {@code workspace}, its year ending today, so that the
	 * dashboard's "last 30 days" has data.
	 */
	static void demoWorkspace(Path workspace, long seed) throws Exception {
		DemoWorkspaces.create(workspace, 2_000, seed, LocalDate.now().minusDays(DemoWorkspaces.DAYS), embeddedStores(),
				new DemoWorkspaces.Listener() {
					@Override
					public void generated(long opened, long conversations, long events) {
					}

					@Override
					public void folded(long folded, long total) {
					}
				});
	}

	/** Splits one CSV line of an export (RFC 4180 quoting, no line breaks inside fields). */
	static List<String> csvFields(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
				field.append('"');
				i++;
			} else if (c == '"') {
				quoted = !quoted;
			} else if (c == ',' && !quoted) {
				fields.add(field.toString());
				field.setLength(0);
			} else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}
}
