package org.carelens.reports.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.carelens.kpi.api.KpiEngine;
import org.carelens.kpi.api.KpiQuery;
import org.carelens.kpi.api.KpiResult;
import org.carelens.kpi.api.Metric;
import org.carelens.kpi.api.MetricValue;

/**
 * Computes one metric over a scope's period by time bucket ({@link TrendBuckets}: days, weeks or months in the
 * workspace zone), with the previous period's series of the same length for comparison and the scope's target.
 * UI-free.
 */
public final class TrendProvider {

	private final KpiEngine engine;

	public TrendProvider(KpiEngine engine) {
		this.engine = Objects.requireNonNull(engine, "engine");
	}

	/**
	 * @param cancelled asked between the steps; when it says so, the answer is {@code CANCELLED}
	 * @return the points, or why there are none; never throws for a bad request
	 */
	public TrendResponse compute(WorkspaceSession session, TrendRequest request, BooleanSupplier cancelled) {
		Optional<Metric> metric = engine.metrics().stream().filter(m -> m.info().id().equals(request.metric()))
				.findFirst();
		if (metric.isEmpty()) {
			return TrendResponse.failed(request, "unknown metric '" + request.metric() + "'");
		}
		try {
			Period period = request.scope().period();
			TrendBuckets current = TrendBuckets.of(period, session.zone());
			TrendBuckets before = TrendBuckets.of(period.previous(), session.zone());
			if (cancelled.getAsBoolean()) {
				return TrendResponse.cancelled(request);
			}
			List<Optional<Double>> values = series(session, request, current);
			if (cancelled.getAsBoolean()) {
				return TrendResponse.cancelled(request);
			}
			List<Optional<Double>> previous = series(session, request, before);
			if (cancelled.getAsBoolean()) {
				return TrendResponse.cancelled(request);
			}
			List<TrendResponse.Point> points = new ArrayList<>();
			for (int i = 0; i < current.size(); i++) {
				// the previous period has the same length but may start mid-week: its buckets are matched by place
				points.add(new TrendResponse.Point(current.labels().get(i), current.edges().get(i), values.get(i),
						i < previous.size() ? previous.get(i) : Optional.empty()));
			}
			return new TrendResponse(DashboardResponse.Status.COMPLETED, Optional.empty(), request,
					Optional.of(metric.get().info()), current.bucket(), points,
					ScopeTargets.targetOf(metric.get(), session, request.scope()));
		} catch (RuntimeException e) {
			return TrendResponse.failed(request, e.getClass().getSimpleName() + ": " + e.getMessage());
		}
	}

	/** @return the metric's value per bucket, in order */
	private List<Optional<Double>> series(WorkspaceSession session, TrendRequest request, TrendBuckets buckets) {
		List<Instant> edges = buckets.edges();
		Instant from = edges.get(0);
		Instant to = edges.get(edges.size() - 1);
		KpiQuery query = KpiQuery.all(to, session.zone()).withMetrics(List.of(request.metric()))
				.withGrouping(List.of(), buckets.bucket()).withRange(Optional.of(from), Optional.of(to))
				.withFilters(request.scope().filters()).withTargets(session.targets());
		KpiResult result = engine.compute(session.table(), query);
		String key = buckets.bucket().key();
		Map<String, Optional<Double>> byLabel = new HashMap<>();
		for (KpiResult.Row row : result.rows()) {
			row.group().get(key).ifPresent(label -> byLabel.put(label,
					row.metrics().get(request.metric()).value().map(MetricValue::value)));
		}
		return buckets.labels().stream().map(label -> byLabel.getOrDefault(label, Optional.empty())).toList();
	}
}
