package org.carelens.reports.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.carelens.kpi.api.MetricInfo;
import org.carelens.kpi.api.Status;

/**
 * What a {@link ComparisonProvider} answers: when {@link DashboardResponse.Status#COMPLETED}, one row per segment
 * and a total row, otherwise why there are none.
 *
 * @param status   how the computation ended
 * @param reason   why it failed; empty unless failed
 * @param request  the request answered
 * @param metrics  the metrics of the columns, in order
 * @param segments the segments that have conversations in the period or the previous one, ordered by label
 * @param total    every conversation of the scope together ("all"); empty unless completed
 */
public record ComparisonResponse(DashboardResponse.Status status, Optional<String> reason, ComparisonRequest request,
		List<MetricInfo> metrics, List<Segment> segments, Optional<Segment> total) {

	public ComparisonResponse {
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(request, "request");
		metrics = List.copyOf(metrics);
		segments = List.copyOf(segments);
		Objects.requireNonNull(total, "total");
	}

	public static ComparisonResponse completed(ComparisonRequest request, List<MetricInfo> metrics,
			List<Segment> segments, Segment total) {
		return new ComparisonResponse(DashboardResponse.Status.COMPLETED, Optional.empty(), request, metrics,
				segments, Optional.of(total));
	}

	public static ComparisonResponse failed(ComparisonRequest request, String reason) {
		return new ComparisonResponse(DashboardResponse.Status.FAILED, Optional.of(reason), request, List.of(),
				List.of(), Optional.empty());
	}

	public static ComparisonResponse cancelled(ComparisonRequest request) {
		return new ComparisonResponse(DashboardResponse.Status.CANCELLED, Optional.empty(), request, List.of(),
				List.of(), Optional.empty());
	}

	/**
	 * One row of the comparison.
	 *
	 * @param id    the segment's value of the dimension (an agent id, a channel kind); empty for conversations
	 *              without one (not yet assigned) and for the total row
	 * @param label the name from the workspace organisation, else the id; empty when the id is
	 * @param cells per metric id, in column order
	 */
	public record Segment(Optional<String> id, String label, Map<String, Cell> cells) {

		public Segment {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(label, "label");
			cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
		}

		public Cell cell(String metric) {
			Cell cell = cells.get(metric);
			if (cell == null) {
				throw new IllegalArgumentException("no column for metric '" + metric + "' in " + cells.keySet());
			}
			return cell;
		}
	}

	/**
	 * One metric of one segment.
	 *
	 * @param value      empty when there is none (no conversation the metric counts)
	 * @param sampleSize what the value is computed over, when the metric says
	 * @param target     the target that applies, if any
	 * @param status     the value against the target; empty without value or target
	 * @param lowSample  whether the sample is too small to trust the value
	 * @param rank       1 for the best of the segments by the metric's direction; ties share a rank; empty without
	 *                   value, for the total and for conversations without a segment
	 * @param previous   the value over the previous period of the same length, if any
	 * @param benchmark  the imported benchmark for the segment (or for every segment), if any
	 */
	public record Cell(Optional<Double> value, Optional<Long> sampleSize, Optional<Double> target,
			Optional<Status> status, boolean lowSample, Optional<Integer> rank, Optional<Double> previous,
			Optional<Benchmark> benchmark) {

		public Cell {
			Objects.requireNonNull(value, "value");
			Objects.requireNonNull(sampleSize, "sampleSize");
			Objects.requireNonNull(target, "target");
			Objects.requireNonNull(status, "status");
			Objects.requireNonNull(rank, "rank");
			Objects.requireNonNull(previous, "previous");
			Objects.requireNonNull(benchmark, "benchmark");
		}

		/** @return value minus previous value, in the metric's unit; empty unless both exist */
		public Optional<Double> change() {
			return value.flatMap(v -> previous.map(p -> v - p));
		}

		Cell withRank(Optional<Integer> newRank) {
			return new Cell(value, sampleSize, target, status, lowSample, newRank, previous, benchmark);
		}
	}
}
