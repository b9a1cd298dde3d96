package org.carelens.internal.reports.ui;

import java.util.Arrays;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * {@code carelens-workbench --demo}: once the window is up, shows the Report perspective on the demo workspace
 * (created first when it does not exist yet).
 */
public final class DemoStartup implements IStartup {

	@Override
	public void earlyStartup() {
		if (!Arrays.asList(Platform.getApplicationArgs()).contains("--demo")) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> {
			IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
			if (window == null && workbench.getWorkbenchWindowCount() > 0) {
				window = workbench.getWorkbenchWindows()[0];
			}
			if (window == null) {
				return;
			}
			try {
				workbench.showPerspective(ReportPerspective.ID, window);
				DashboardView view = (DashboardView) window.getActivePage().showView(DashboardView.ID);
				view.openDemo();
			} catch (WorkbenchException e) {
				StatusManager.getManager().handle(org.eclipse.core.runtime.Status.error(
						"Cannot open the Report perspective", e), StatusManager.LOG | StatusManager.SHOW);
			}
		});
	}
}
