package org.carelens.internal.reports.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Open Workspace...: switches to the Report perspective and asks for a workspace folder.
 */
public final class OpenWorkspaceHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		try {
			window.getWorkbench().showPerspective(ReportPerspective.ID, window);
			DashboardView view = (DashboardView) window.getActivePage().showView(DashboardView.ID);
			view.chooseWorkspace();
		} catch (WorkbenchException e) {
			throw new ExecutionException("cannot show the Report perspective", e);
		}
		return null;
	}
}
