package org.carelens.internal.reports.ui;

import java.util.Optional;

import org.carelens.reports.core.WorkspaceSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; New Counter Visit... (and the dashboard's toolbar): enters a visit at a counter of the workspace the
 * Report perspective shows, stores its events, and opens the workspace again so that the reports count it.
 */
public final class NewCounterVisitHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Optional<WorkspaceSession> session = ReportContext.of(window).session();
		if (session.isEmpty() || session.get().config().isEmpty()) {
			MessageDialog.openInformation(window.getShell(), Messages.Visit_title, Messages.Visit_noWorkspace);
			return null;
		}
		CounterVisitDialog dialog = new CounterVisitDialog(window.getShell(), session.get().config().get(),
				session.get().zone());
		if (dialog.open() == Window.OK) {
			dialog.visit().ifPresent(visit -> StoreCounterVisitJob.store(window, session.get(), visit));
		}
		return null;
	}
}
