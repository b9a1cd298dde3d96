package org.carelens.internal.reports.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.carelens.internal.workspace.DemoWorkspaces;
import org.carelens.store.api.StoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;

/**
 * Creates the demo workspace with the demo generator of {@code carelens demo}, reporting its progress.
 */
final class DemoWorkspaceJob extends Job {

	private static final String PLUGIN = "org.carelens.reports.ui";
	private final Path directory;
	private final Services services;

	DemoWorkspaceJob(Path directory, Services services) {
		super(Messages.Job_demo);
		this.directory = directory;
		this.services = services;
	}

	/** @return {@code demo-workspace} in the workbench data folder ({@code $CARELENS_WORKBENCH_DATA}) */
	static Path directory() {
		Location instance = Platform.getInstanceLocation();
		Path data = instance != null && instance.getURL() != null && "file".equals(instance.getURL().getProtocol())
				? Path.of(instance.getURL().getPath())
				: Path.of(System.getProperty("user.home"), ".carelens", "workbench");
		return data.resolve("demo-workspace");
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		if (services.stores().isEmpty()) {
			return Status.error(Messages.Dashboard_noServices);
		}
		int total = DemoWorkspaces.DEFAULT_CONVERSATIONS;
		monitor.beginTask(Messages.Job_demo, 2 * total);
		try {
			DemoWorkspaces.create(directory, total, 1, LocalDate.now().minusDays(DemoWorkspaces.DAYS),
					services.stores().get(), new DemoWorkspaces.Listener() {
						private long worked;

						@Override
						public void generated(long opened, long conversations, long events) {
							monitor.subTask(NLS.bind(Messages.Job_demoGenerating, opened, conversations));
							advance(opened);
						}

						@Override
						public void folded(long folded, long all) {
							monitor.subTask(NLS.bind(Messages.Job_demoFolding, folded, all));
							advance(total + folded * total / Math.max(1, all));
						}

						private void advance(long to) {
							if (to > worked) {
								monitor.worked((int) (to - worked));
								worked = to;
							}
						}
					});
			return Status.OK_STATUS;
		} catch (IOException | StoreException e) {
			return Status.error(NLS.bind(Messages.Dashboard_openFailed, directory, e.getMessage()), e);
		} finally {
			monitor.done();
		}
	}
}
