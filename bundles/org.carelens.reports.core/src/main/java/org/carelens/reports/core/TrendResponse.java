package org.carelens.reports.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.carelens.kpi.api.MetricInfo;
import org.carelens.kpi.api.TimeBucket;

/**
 * What a {@link TrendProvider} answers: the metric's value per time bucket of the period, the value of the bucket at
 * the same place in the previous period, and the target; or why there is none.
 *
 * @param status  how the computation ended
 * @param reason  why it failed; empty unless failed
 * @param request the request answered
 * @param info    the metric, once known
 * @param bucket  the kind of the points' buckets
 * @param points  one per bucket of the period, in time order; empty unless completed
 * @param target  the target for the scope, if any
 */
public record TrendResponse(DashboardResponse.Status status, Optional<String> reason, TrendRequest request,
		Optional<MetricInfo> info, TimeBucket bucket, List<Point> points, Optional<Double> target) {

	public TrendResponse {
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(info, "info");
		Objects.requireNonNull(bucket, "bucket");
		points = List.copyOf(points);
		Objects.requireNonNull(target, "target");
	}

	/**
	 * One bucket.
	 *
	 * @param label    the bucket as {@link TimeBucket#label} writes it (2026-03-09, 2026-W11, 2026-03)
	 * @param start    where the bucket starts within the period
	 * @param value    the metric over the bucket; empty when it has none
	 * @param previous the metric over the bucket at the same place in the previous period
	 */
	public record Point(String label, Instant start, Optional<Double> value, Optional<Double> previous) {
	}

	static TrendResponse failed(TrendRequest request, String reason) {
		return new TrendResponse(DashboardResponse.Status.FAILED, Optional.of(reason), request, Optional.empty(),
				TimeBucket.NONE, List.of(), Optional.empty());
	}

	static TrendResponse cancelled(TrendRequest request) {
		return new TrendResponse(DashboardResponse.Status.CANCELLED, Optional.empty(), request, Optional.empty(),
				TimeBucket.NONE, List.of(), Optional.empty());
	}
}
