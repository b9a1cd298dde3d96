package org.carelens.internal.kpi.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.FactCursor;
import org.carelens.kpi.api.FactRow;
import org.carelens.kpi.api.Histogram;
import org.carelens.kpi.api.KpiQuery;
import org.carelens.kpi.api.Measure;
import org.carelens.kpi.api.TimeBucket;

/**
 * Counts one measure of the rows a query keeps into bins, with the same filters, range and report instant as
 * {@link QueryRunner} applies to the metrics, so that a histogram and a metric over the same query see the same
 * conversations.
 */
final class HistogramRunner {

	private final ColumnTable table;
	private final KpiQuery query;
	private final Measure measure;
	private final long[] edges;

	HistogramRunner(ColumnTable table, KpiQuery query, Measure measure, List<Long> bounds) {
		if (!query.by().isEmpty() || query.bucket() != TimeBucket.NONE) {
			throw new IllegalArgumentException("a histogram is over one group: the query groups by " + query.by()
					+ " and " + query.bucket().key());
		}
		Histogram.checkBounds(bounds);
		this.table = table;
		this.query = query;
		this.measure = measure;
		this.edges = bounds.stream().mapToLong(Long::longValue).toArray();
	}

	Histogram run() {
		boolean[][] kept = QueryRunner.filters(table, query);
		List<Dimension> filtered = new ArrayList<>();
		for (Dimension dimension : Dimension.values()) {
			if (kept[dimension.ordinal()] != null) {
				filtered.add(dimension);
			}
		}
		long from = query.from().map(Instant::getEpochSecond).orElse(Long.MIN_VALUE);
		// as for the metrics: nothing after the report instant is counted
		long end = query.at().getEpochSecond() + 1;
		long to = query.to().map(t -> Math.min(t.getEpochSecond(), end)).orElse(end);
		// counts[0] is below the first edge, counts[edges.length] at or over the last
		long[] counts = new long[edges.length + 1];
		long missing = 0;
		FactCursor row = table.cursor(0, table.size);
		rows: while (row.next()) {
			for (Dimension dimension : filtered) {
				boolean[] ids = kept[dimension.ordinal()];
				int id = row.dimension(dimension);
				if (id >= ids.length || !ids[id]) {
					continue rows;
				}
			}
			long instant = row.instant(measure.attribution());
			if (instant == FactRow.NONE || instant < from || instant >= to) {
				continue;
			}
			long value = measure.of(row);
			if (value == FactRow.NONE) {
				missing++;
				continue;
			}
			int at = Arrays.binarySearch(edges, value);
			// an exact edge starts its bin; otherwise the insertion point is the number of edges at or below
			counts[at >= 0 ? at + 1 : -at - 1]++;
		}
		List<Long> bins = new ArrayList<>();
		for (int i = 1; i < edges.length; i++) {
			bins.add(counts[i]);
		}
		return new Histogram(measure, Arrays.stream(edges).boxed().toList(), counts[0], bins, counts[edges.length],
				missing);
	}
}
