package org.carelens.internal.core.inspect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.carelens.core.api.io.ReadSummary;
import org.carelens.core.inspect.EventCounts;
import org.carelens.core.inspect.FileReport;
import org.carelens.core.inspect.InspectionReport;

/**
 * Turns the tallies of an inspection into its report.
 */
final class Reports {

	/** The source name of the report that sums up all files. */
	static final String TOTAL = "total";

	private Reports() {
	}

	/** @param tallies tallies of files read to their end, or to the line where the read was cancelled */
	static InspectionReport of(List<FileTally> tallies, ProblemLog log, boolean cancelled) {
		List<FileReport> files = new ArrayList<>(tallies.size());
		EventCounts.Builder all = new EventCounts.Builder();
		long lines = 0;
		long bytes = 0;
		long rejected = 0;
		Instant first = null;
		Instant last = null;
		for (FileTally tally : tallies) {
			tally.resolvePending();
			EventCounts counts = tally.counts.build();
			all.addAll(counts);
			ReadSummary read = tally.summary;
			files.add(new FileReport(read.source(), read.lines(), read.bytes(), read.rejected(), counts,
					Optional.ofNullable(tally.first), Optional.ofNullable(tally.last)));
			lines += read.lines();
			bytes += read.bytes();
			rejected += read.rejected();
			if (tally.first != null && (first == null || tally.first.isBefore(first))) {
				first = tally.first;
			}
			if (tally.last != null && (last == null || tally.last.isAfter(last))) {
				last = tally.last;
			}
		}
		FileReport total = new FileReport(TOTAL, lines, bytes, rejected, all.build(), Optional.ofNullable(first),
				Optional.ofNullable(last));
		return new InspectionReport(files, total, log.kept, log.truncated, cancelled);
	}
}
