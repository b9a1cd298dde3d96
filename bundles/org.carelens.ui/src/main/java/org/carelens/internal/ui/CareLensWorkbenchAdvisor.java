package org.carelens.internal.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.carelens.internal.ui.events.EventFilesView;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.core.runtime.Status;

/**
 * Configures the CareLens workbench: its initial perspective, saved layout, and the files asked for at start.
 */
final class CareLensWorkbenchAdvisor extends WorkbenchAdvisor {

	private final StartupRequest request;

	CareLensWorkbenchAdvisor(StartupRequest request) {
		this.request = request;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return EventFilesPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new CareLensWindowAdvisor(configurer);
	}

	@Override
	public void postStartup() {
		List<Path> files = new ArrayList<>(request.files());
		if (request.demo()) {
			DemoData.eventFile().ifPresent(files::add);
		}
		if (files.isEmpty()) {
			return;
		}
		IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
		if (window == null || window.getActivePage() == null) {
			return;
		}
		try {
			IWorkbenchPage page = window.getActivePage();
			EventFilesView view = (EventFilesView) page.showView(EventFilesView.ID);
			view.open(files);
		} catch (PartInitException e) {
			StatusManager.getManager().handle(Status.error("Cannot open the Event Files view", e),
					StatusManager.LOG | StatusManager.SHOW);
		}
	}
}
