package org.carelens.internal.reports.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.carelens.reports.core.FactLoading;
import org.carelens.reports.core.WorkspaceSession;
import org.carelens.store.api.StoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * Opens a workspace off the UI thread: its facts brought up to date and loaded once.
 */
final class OpenWorkspaceJob extends Job {

	private final Path directory;
	private final Services services;
	private final Consumer<WorkspaceSession> opened;
	private final Consumer<String> failed;

	OpenWorkspaceJob(Path directory, Services services, Consumer<WorkspaceSession> opened, Consumer<String> failed) {
		super(NLS.bind(Messages.Job_open, directory));
		this.directory = directory;
		this.services = services;
		this.opened = opened;
		this.failed = failed;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		if (services.engine().isEmpty() || services.stores().isEmpty()) {
			failed.accept(NLS.bind(Messages.Dashboard_openFailed, directory, Messages.Dashboard_noServices));
			return Status.OK_STATUS;
		}
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		try {
			WorkspaceSession session = WorkspaceSession.open(directory, services.engine().get(),
					services.stores().get(), services.configurations(), new FactLoading.Listener() {
						@Override
						public void refreshing(long folded, long total) {
							monitor.subTask(NLS.bind(Messages.Job_refreshing, folded, total));
						}

						@Override
						public void loaded(long loaded) {
							monitor.subTask(NLS.bind(Messages.Job_loading, loaded));
						}
					});
			opened.accept(session);
		} catch (IOException | StoreException e) {
			failed.accept(NLS.bind(Messages.Dashboard_openFailed, directory, e.getMessage()));
		} finally {
			monitor.done();
		}
		return Status.OK_STATUS;
	}
}
