package org.carelens.internal.reports.ui;

import java.time.Instant;
import java.util.List;

import org.carelens.core.api.Event;
import org.carelens.reports.core.WorkspaceSession;
import org.carelens.store.api.AppendResult;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.StoreLocation;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Stores the events of a counter visit in the workspace's event store, off the UI thread, then has the dashboard
 * open the workspace again: its facts are brought up to date and every report view follows the new session.
 */
public final class StoreCounterVisitJob extends Job {

	/** The source the store keeps with what it quarantines from this form. */
	static final String SOURCE = "counter-visit-form";

	private final WorkspaceSession session;
	private final List<Event> events;
	private final Services services = new Services();
	private volatile AppendResult result;

	/** One store job at a time: the embedded store has one writer, and a second save of a visit must see the first. */
	private static final ISchedulingRule ONE_AT_A_TIME = new ISchedulingRule() {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}
	};

	private StoreCounterVisitJob(WorkspaceSession session, List<Event> events) {
		super(Messages.Visit_job);
		this.session = session;
		this.events = events;
		setRule(ONE_AT_A_TIME);
	}

	/** Stores {@code visit} in the workspace of {@code session}, then refreshes the reports of {@code window}. */
	public static StoreCounterVisitJob store(IWorkbenchWindow window, WorkspaceSession session, CounterVisit visit) {
		StoreCounterVisitJob job = new StoreCounterVisitJob(session,
				CounterVisitEvents.events(visit, session.config().orElseThrow(), Instant.now()));
		Display display = window.getShell().getDisplay();
		job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
			@Override
			public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
				job.services.close();
				display.asyncExec(() -> {
					if (window.getShell() == null || window.getShell().isDisposed()) {
						return;
					}
					if (!event.getResult().isOK()) {
						MessageDialog.openError(window.getShell(), Messages.Visit_title, event.getResult().getMessage());
						return;
					}
					if (job.result.ingested() == 0) {
						return; // a repeated save: the reports have it already
					}
					IViewPart dashboard = window.getActivePage() == null ? null
							: window.getActivePage().findView(DashboardView.ID);
					if (dashboard instanceof DashboardView view) {
						view.open(session.directory());
					}
				});
			}
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		if (services.stores().isEmpty()) {
			return Status.error(NLS.bind(Messages.Visit_storeFailed, session.directory(), Messages.Dashboard_noServices));
		}
		try (EventStore store = services.stores().get().open(new StoreLocation.Workspace(session.directory()))) {
			result = store.append(events, SOURCE);
		} catch (RuntimeException e) { // StoreException, and what the events broke
			return Status.error(NLS.bind(Messages.Visit_storeFailed, session.directory(), e.getMessage()));
		}
		if (result.conflicts() > 0) {
			return Status.error(NLS.bind(Messages.Visit_conflict, session.directory()));
		}
		return Status.OK_STATUS;
	}

	/** @return what the store did with the events; null until the job ran */
	public AppendResult result() {
		return result;
	}
}
