package org.carelens.internal.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.carelens.core.api.Event;
import org.carelens.core.api.io.JsonLinesReader;
import org.carelens.core.api.io.LineProblem;
import org.carelens.core.api.io.ReadProgress;
import org.carelens.core.api.io.ReadSummary;
import org.carelens.store.api.AppendResult;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.QuarantineEntry;

/**
 * Imports JSON Lines event files into an event store: valid events in batches (each one transaction, so that an
 * import killed at any point and run again stores every event exactly once), rejected lines into the quarantine
 * with their file, line number, reason and text.
 */
public final class EventImporter {

	/** Events per transaction: large enough for bulk speed, small enough to lose little work to a crash. */
	public static final int BATCH = 20_000;
	private static final int KEPT_PROBLEMS = 1_000;

	private final EventStore store;
	private final int batchSize;

	public EventImporter(EventStore store) {
		this(store, BATCH);
	}

	EventImporter(EventStore store, int batchSize) {
		this.store = store;
		this.batchSize = batchSize;
	}

	/**
	 * @param progress told of bytes read in the current file, asked whether to stop
	 * @throws IOException when a file cannot be read at all; what was committed before stays committed
	 */
	public ImportSummary importFiles(List<Path> files, ReadProgress progress) throws IOException {
		AppendResult appended = AppendResult.NONE;
		long rejected = 0;
		long lines = 0;
		List<LineProblem> problems = new ArrayList<>();
		for (Path file : files) {
			Batches batches = new Batches(file.toString(), problems);
			ReadSummary read = JsonLinesReader.read(file, batches, progress);
			batches.flush();
			appended = appended.plus(batches.appended);
			rejected += read.rejected();
			lines += read.lines();
			if (read.cancelled()) {
				return new ImportSummary(appended, rejected, problems, lines, true);
			}
		}
		return new ImportSummary(appended, rejected, problems, lines, false);
	}

	/** Collects events and rejected lines of one file and hands them to the store in batches. */
	private final class Batches implements JsonLinesReader.Handler {
		private final String source;
		private final List<LineProblem> problems;
		private final List<Event> events = new ArrayList<>(batchSize);
		private final List<QuarantineEntry> quarantine = new ArrayList<>();
		private AppendResult appended = AppendResult.NONE;

		Batches(String source, List<LineProblem> problems) {
			this.source = source;
			this.problems = problems;
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
			// rejected lines first: a crash between the two leaves them quarantined, and the quarantine is idempotent
			if (!quarantine.isEmpty()) {
				store.quarantine(List.copyOf(quarantine));
				quarantine.clear();
			}
			if (!events.isEmpty()) {
				appended = appended.plus(store.append(List.copyOf(events), source));
				events.clear();
			}
		}
	}
}
