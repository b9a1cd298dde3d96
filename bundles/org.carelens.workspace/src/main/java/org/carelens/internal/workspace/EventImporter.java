package org.carelens.internal.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;

import org.carelens.core.api.Event;
import org.carelens.core.api.io.JsonLinesReader;
import org.carelens.core.api.io.LineProblem;
import org.carelens.core.api.io.ReadProgress;
import org.carelens.core.api.io.ReadSummary;
import org.carelens.store.api.AppendResult;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.QuarantineEntry;
import org.carelens.store.api.RecentEvents;

/**
 * Imports JSON Lines event files into an event store: valid events in batches (each one transaction, so that an
 * import killed at any point and run again stores every event exactly once), rejected lines into the quarantine
 * with their file, line number, reason and text.
 * <p>
 * The lines are decoded in blocks on a pool of one thread per core, and delivered in file order on the caller's
 * thread, while one writer thread hands the previous batches to the store, strictly in order and never more than
 * {@link #IN_FLIGHT} ahead: the store is only ever used from the writer.
 */
public final class EventImporter {

	/** Events per transaction: {@link EventStore#BULK_BATCH}. */
	public static final int BATCH = EventStore.BULK_BATCH;
	/** Batches decoded ahead of the store: enough to keep both busy, few enough to bound memory. */
	static final int IN_FLIGHT = 2;
	private static final int KEPT_PROBLEMS = 1_000;

	private final EventStore store;
	private final int batchSize;
	private final AtomicLong stored = new AtomicLong();
	private RecentEvents recent = RecentEvents.none();

	public EventImporter(EventStore store) {
		this(store, BATCH);
	}

	EventImporter(EventStore store, int batchSize) {
		this.store = store;
		this.batchSize = batchSize;
	}

	/** @return events stored so far by this importer (new ones, committed); safe to read from any thread */
	public long storedSoFar() {
		return stored.get();
	}

	/**
	 * @return the events the last {@link #importFiles} appended, for folding their facts without reading them back
	 *         (as far as they fit in memory)
	 */
	public RecentEvents recent() {
		return recent;
	}

	/**
	 * @param progress told of bytes read in the current file, asked whether to stop
	 * @throws IOException when a file cannot be read at all; what was committed before stays committed
	 */
	public ImportSummary importFiles(List<Path> files, ReadProgress progress) throws IOException {
		ExecutorService writer = Executors.newSingleThreadExecutor(daemon("carelens-import-writer"));
		ExecutorService decoders = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
				daemon("carelens-import-decoder"));
		Writes writes = new Writes(writer);
		recent = new RecentEvents(store.lastPosition(), RecentEvents.defaultBudget());
		try {
			long rejected = 0;
			long lines = 0;
			List<LineProblem> problems = new ArrayList<>();
			for (Path file : files) {
				Batches batches = new Batches(file.toString(), problems, writes);
				ReadSummary read;
				try {
					read = JsonLinesReader.read(file, batches, progress, decoders);
				} finally {
					batches.flush();
				}
				rejected += read.rejected();
				lines += read.lines();
				if (read.cancelled()) {
					return new ImportSummary(writes.drain(), rejected, problems, lines, true);
				}
			}
			return new ImportSummary(writes.drain(), rejected, problems, lines, false);
		} finally {
			writes.drainQuietly();
			writer.shutdown();
			decoders.shutdownNow();
		}
	}

	private static ThreadFactory daemon(String name) {
		return task -> {
			Thread thread = new Thread(task, name);
			thread.setDaemon(true);
			return thread;
		};
	}

	/** The store work handed to the writer thread, in order, with its results. */
	private static final class Writes {
		private final ExecutorService writer;
		private final Deque<Future<AppendResult>> pending = new ArrayDeque<>();
		private AppendResult appended = AppendResult.NONE;
		/** Set by the writer when a write fails: batches behind it are not written, so no gap follows a failure. */
		private volatile boolean failed;

		Writes(ExecutorService writer) {
			this.writer = writer;
		}

		void submit(Callable<AppendResult> write) {
			while (pending.size() >= IN_FLIGHT) {
				appended = appended.plus(await(pending.removeFirst()));
			}
			pending.addLast(writer.submit(() -> {
				if (failed) {
					return AppendResult.NONE;
				}
				try {
					return write.call();
				} catch (Exception | Error e) {
					failed = true;
					throw e;
				}
			}));
		}

		AppendResult drain() {
			while (!pending.isEmpty()) {
				appended = appended.plus(await(pending.removeFirst()));
			}
			return appended;
		}

		/** After a failure: lets committed work finish before the failure is reported, without hiding it. */
		void drainQuietly() {
			while (!pending.isEmpty()) {
				try {
					pending.removeFirst().get();
				} catch (ExecutionException e) {
					// the first failure is the one being reported
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}

		private static AppendResult await(Future<AppendResult> write) {
			try {
				return write.get();
			} catch (ExecutionException e) {
				if (e.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				if (e.getCause() instanceof Error error) {
					throw error;
				}
				throw new IllegalStateException(e.getCause());
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("the import was interrupted", e);
			}
		}
	}

	/** Collects events and rejected lines of one file and hands them to the writer in batches. */
	private final class Batches implements JsonLinesReader.Handler {
		private final String source;
		private final List<LineProblem> problems;
		private final Writes writes;
		private List<Event> events = new ArrayList<>(batchSize);
		private List<QuarantineEntry> quarantine = new ArrayList<>();

		Batches(String source, List<LineProblem> problems, Writes writes) {
			this.source = source;
			this.problems = problems;
			this.writes = writes;
		}

		@Override
		public void event(Event event, long line) {
			events.add(event);
			if (events.size() >= batchSize) {
				flush();
			}
		}

		@Override
		public void problem(LineProblem problem) {
			problem(problem, "");
		}

		@Override
		public void problem(LineProblem problem, String text) {
			quarantine.add(QuarantineEntry.of(problem, text));
			if (problems.size() < KEPT_PROBLEMS) {
				problems.add(problem);
			}
			if (quarantine.size() >= batchSize) {
				flush();
			}
		}

		void flush() {
			if (events.isEmpty() && quarantine.isEmpty()) {
				return;
			}
			List<Event> batch = events;
			List<QuarantineEntry> rejected = quarantine;
			events = new ArrayList<>(batchSize);
			quarantine = new ArrayList<>();
			writes.submit(() -> {
				// rejected lines first: a crash between the two leaves them quarantined, and the quarantine is
				// idempotent
				if (!rejected.isEmpty()) {
					store.quarantine(rejected);
				}
				AppendResult result = batch.isEmpty() ? AppendResult.NONE : store.append(batch, source);
				recent.add(batch);
				stored.addAndGet(result.ingested());
				return result;
			});
		}
	}
}
