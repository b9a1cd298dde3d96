package org.carelens.internal.store.duckdb;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

import org.carelens.core.api.Event;
import org.carelens.core.api.io.JsonLinesReader;
import org.carelens.core.api.io.LineProblem;
import org.carelens.store.api.AppendResult;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.QuarantineEntry;

/**
 * Imports a JSON Lines file into a store the way an importer does: batch by batch, each batch one append, rejected
 * lines into the quarantine.
 */
final class BatchImport {

	private BatchImport() {
	}

	/**
	 * @param committed told the number of lines read so far after each batch is durable
	 */
	static AppendResult run(EventStore store, Path file, int batchSize, LongConsumer committed) throws IOException {
		List<Event> batch = new ArrayList<>(batchSize);
		List<QuarantineEntry> rejected = new ArrayList<>();
		AppendResult[] total = { AppendResult.NONE };
		long[] lines = { 0 };
		String source = file.getFileName().toString();
		JsonLinesReader.read(file, new JsonLinesReader.Handler() {
			@Override
			public void event(Event event, long line) {
				batch.add(event);
				lines[0] = line;
				if (batch.size() == batchSize) {
					flush();
				}
			}

			@Override
			public void problem(LineProblem problem) {
				// the reader does not hand over the rejected text; the line number leads to it
				rejected.add(QuarantineEntry.rejectedLine(source, problem.line(), problem.reason(), ""));
				lines[0] = problem.line();
			}

			private void flush() {
				store.quarantine(rejected);
				total[0] = total[0].plus(store.append(batch, source));
				batch.clear();
				rejected.clear();
				committed.accept(lines[0]);
			}
		});
		store.quarantine(rejected);
		total[0] = total[0].plus(store.append(batch, source));
		committed.accept(lines[0]);
		return total[0];
	}
}
