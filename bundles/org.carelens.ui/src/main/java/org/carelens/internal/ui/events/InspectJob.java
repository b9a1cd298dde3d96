package org.carelens.internal.ui.events;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.carelens.core.api.io.ReadProgress;
import org.carelens.core.inspect.EventFileInspector;
import org.carelens.core.inspect.InspectionReport;
import org.carelens.internal.ui.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * Reads event files off the UI thread, with progress by bytes, and hands the report or the failure on.
 */
final class InspectJob extends Job {

	/** The family of every job of the Event Files view, for tests and for cancelling them together. */
	static final Object FAMILY = InspectJob.class;

	private static final int UNITS = 1000;

	/** Receives the outcome of a read on the job's thread. */
	interface Outcome {
		/** @param warning files that could not be read, for people, or null when every file was read */
		void report(InspectionReport report, String warning);

		/** Nothing could be read. */
		void failure(String message);
	}

	private final EventFileInspector inspector;
	private final List<Path> files;
	private final Outcome outcome;

	InspectJob(EventFileInspector inspector, List<Path> files, Outcome outcome) {
		super(Messages.EventFiles_job);
		this.inspector = inspector;
		this.files = List.copyOf(files);
		this.outcome = outcome;
		setUser(false);
		setPriority(LONG);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		List<Path> readable = new ArrayList<>(files.size());
		List<String> unreadable = new ArrayList<>();
		long totalBytes = 0;
		for (Path file : files) {
			try {
				if (Files.isDirectory(file)) {
					throw new IOException(Messages.EventFiles_isDirectory);
				}
				totalBytes += Files.size(file);
				readable.add(file);
			} catch (IOException e) {
				unreadable.add(NLS.bind(Messages.EventFiles_readFailed, file, describe(e)));
			}
		}
		String warning = unreadable.isEmpty() ? null : String.join("\n", unreadable);
		if (readable.isEmpty()) {
			outcome.failure(warning);
			return Status.OK_STATUS;
		}
		String task = readable.size() == 1 ? NLS.bind(Messages.EventFiles_reading, readable.get(0).getFileName())
				: Messages.EventFiles_job;
		monitor.beginTask(task, UNITS);
		ByteProgress progress = new ByteProgress(monitor, Math.max(1, totalBytes));
		try {
			InspectionReport report = inspector.inspect(readable, progress, problem -> {
				// the report keeps the rejected lines the view shows
			});
			outcome.report(report, warning);
			return report.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
		} catch (IOException e) {
			outcome.failure(NLS.bind(Messages.EventFiles_readFailed, readable.size() == 1 ? readable.get(0) : readable,
					describe(e)));
			return Status.OK_STATUS;
		} finally {
			monitor.done();
		}
	}

	/** @return why a file could not be read, in words: the JDK's messages for these are only the path */
	static String describe(IOException e) {
		if (e instanceof NoSuchFileException) {
			return Messages.EventFiles_noSuchFile;
		}
		if (e instanceof AccessDeniedException) {
			return Messages.EventFiles_accessDenied;
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}

	/** Turns bytes read per file into work done over the whole set. */
	private static final class ByteProgress implements ReadProgress {
		private final IProgressMonitor monitor;
		private final long totalBytes;
		private long finishedFiles;
		private long currentFile;
		private int reported;

		ByteProgress(IProgressMonitor monitor, long totalBytes) {
			this.monitor = monitor;
			this.totalBytes = totalBytes;
		}

		@Override
		public void bytesRead(long total) {
			if (total < currentFile) { // the next file started
				finishedFiles += currentFile;
			}
			currentFile = total;
			int done = (int) Math.min(UNITS, UNITS * (finishedFiles + currentFile) / totalBytes);
			if (done > reported) {
				monitor.worked(done - reported);
				reported = done;
			}
		}

		@Override
		public boolean isCancelled() {
			return monitor.isCanceled();
		}
	}
}
