package org.carelens.internal.ui.events;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Opens files in the Event Files view of the window a command runs in.
 */
final class EventFilesViews {

	private EventFilesViews() {
	}

	static void open(ExecutionEvent event, List<Path> files) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		try {
			EventFilesView view = (EventFilesView) window.getActivePage().showView(EventFilesView.ID);
			view.open(files);
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot open the Event Files view", e);
		}
	}
}
