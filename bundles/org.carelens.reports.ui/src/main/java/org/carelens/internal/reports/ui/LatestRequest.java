package org.carelens.internal.reports.ui;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

/**
 * Runs a view's computations in jobs where the latest request wins: submitting cancels the one running, and only
 * the answer of the latest request is rendered, on the UI thread, while the view's control is still there. The UI
 * thread never computes.
 *
 * @param <R> the answer of a computation
 */
final class LatestRequest<R> {

	private final Control owner;
	private final String jobName;
	private final AtomicLong generation = new AtomicLong();
	private Job running;

	/**
	 * @param owner   renders happen only while it is not disposed
	 * @param jobName the job's name, shown in the Progress view
	 */
	LatestRequest(Control owner, String jobName) {
		this.owner = Objects.requireNonNull(owner, "owner");
		this.jobName = Objects.requireNonNull(jobName, "jobName");
	}

	/**
	 * Cancels the computation running, if any, and starts {@code compute} in a job.
	 *
	 * @param compute asked off the UI thread, with a supplier that says when this request is no longer wanted
	 * @param render  given the answer on the UI thread, if this is still the latest request
	 * @return the job, scheduled
	 */
	Job submit(Function<BooleanSupplier, R> compute, Consumer<R> render) {
		long mine = generation.incrementAndGet();
		if (running != null) {
			running.cancel();
		}
		Job job = new Job(jobName) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				BooleanSupplier cancelled = () -> monitor.isCanceled() || generation.get() != mine;
				R answer = compute.apply(cancelled);
				if (cancelled.getAsBoolean()) {
					return Status.CANCEL_STATUS;
				}
				asyncRender(owner, () -> {
					if (generation.get() == mine) {
						render.accept(answer);
					}
				});
				return Status.OK_STATUS;
			}
		};
		job.setSystem(true);
		running = job;
		job.schedule();
		return job;
	}

	/** Cancels what runs; nothing submitted so far renders. */
	void cancel() {
		generation.incrementAndGet();
		if (running != null) {
			running.cancel();
		}
	}

	/** Runs {@code render} on the UI thread later, if {@code owner} is still there then. */
	static void asyncRender(Control owner, Runnable render) {
		if (owner.isDisposed()) {
			return;
		}
		owner.getDisplay().asyncExec(() -> {
			if (!owner.isDisposed()) {
				render.run();
			}
		});
	}
}
