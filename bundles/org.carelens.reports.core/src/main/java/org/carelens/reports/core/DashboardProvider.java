package org.carelens.reports.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.carelens.kpi.api.KpiEngine;
import org.carelens.kpi.api.KpiQuery;
import org.carelens.kpi.api.KpiResult;
import org.carelens.kpi.api.MetricInfo;
import org.carelens.kpi.api.MetricUnit;
import org.carelens.kpi.api.MetricValue;
import org.carelens.kpi.api.Statistics;

/**
 * Computes the KPI tiles of a dashboard over a workspace's fact table: the period and the previous one of the same
 * length, with the same filters. UI-free: a view, a server or a test gets the same answer.
 */
public final class DashboardProvider {

	private final KpiEngine engine;

	public DashboardProvider(KpiEngine engine) {
		this.engine = Objects.requireNonNull(engine, "engine");
	}

	/**
	 * @param cancelled asked between the steps; when it says so, the answer is {@code CANCELLED}
	 * @return the tiles, or why there are none; never throws for a bad request
	 */
	public DashboardResponse compute(WorkspaceSession session, DashboardRequest request, BooleanSupplier cancelled) {
		Map<String, MetricInfo> known = engine.metrics().stream().map(m -> m.info())
				.collect(Collectors.toMap(MetricInfo::id, Function.identity(), (a, b) -> a));
		for (String id : request.metrics()) {
			if (!known.containsKey(id)) {
				return DashboardResponse.failed(request, "unknown metric '" + id + "'; the installed metrics are "
						+ known.keySet().stream().sorted().toList());
			}
		}
		if (cancelled.getAsBoolean()) {
			return DashboardResponse.cancelled(request);
		}
		try {
			KpiResult current = engine.compute(session.table(), query(session, request, request.period()));
			if (cancelled.getAsBoolean()) {
				return DashboardResponse.cancelled(request);
			}
			KpiResult previous = engine.compute(session.table(),
					query(session, request, request.period().previous()));
			if (cancelled.getAsBoolean()) {
				return DashboardResponse.cancelled(request);
			}
			List<Tile> tiles = new ArrayList<>();
			for (String id : request.metrics()) {
				tiles.add(tile(known.get(id), cell(current, id), cell(previous, id)));
			}
			return DashboardResponse.completed(request, tiles);
		} catch (RuntimeException e) {
			// a metric or the engine failing on these facts: say so on the dashboard rather than lose the view
			return DashboardResponse.failed(request, e.getClass().getSimpleName() + ": " + e.getMessage());
		}
	}

	private static KpiQuery query(WorkspaceSession session, DashboardRequest request, Period period) {
		return KpiQuery.all(period.to(), session.zone()).withMetrics(request.metrics())
				.withRange(Optional.of(period.from()), Optional.of(period.to())).withFilters(request.filters())
				.withTargets(session.targets());
	}

	/** @return the metric's cell of the single group; empty when no conversation is in the period */
	private static Optional<KpiResult.Cell> cell(KpiResult result, String metric) {
		return result.rows().isEmpty() ? Optional.empty() : Optional.ofNullable(result.rows().get(0).metrics().get(metric));
	}

	static Tile tile(MetricInfo info, Optional<KpiResult.Cell> cell, Optional<KpiResult.Cell> previousCell) {
		Optional<MetricValue> value = cell.flatMap(KpiResult.Cell::value);
		Optional<Long> sample = value.flatMap(DashboardProvider::sampleSize);
		Optional<Tile.Interval> ci = value.flatMap(v -> interval(info.unit(), v));
		boolean flagged = value.map(v -> Boolean.TRUE.equals(v.fields().get("low_sample"))).orElse(false);
		boolean lowSample = flagged || sample.map(n -> n < Statistics.LOW_SAMPLE).orElse(false);
		return new Tile(info.id(), info.labelKey(), info.unit(), info.direction(), value.map(MetricValue::value),
				cell.flatMap(KpiResult.Cell::target), cell.flatMap(KpiResult.Cell::status), sample, ci, lowSample,
				previousCell.flatMap(KpiResult.Cell::value).map(MetricValue::value));
	}

	/**
	 * What the value is computed over: responses or durations ({@code n}), a rate's denominator ({@code den}), the
	 * conversations created ({@code created}, for created vs resolved); empty for a metric that says none of these.
	 */
	static Optional<Long> sampleSize(MetricValue value) {
		for (String field : List.of("n", "den", "created")) {
			if (value.fields().get(field) instanceof Long n) {
				return Optional.of(n);
			}
		}
		return Optional.empty();
	}

	/**
	 * The metric's own interval, else Wilson's for a proportion num/den (METRICS.md: every proportion). NPS's normal
	 * approximation overshoots the scale on small samples (3 responses: -73..+140): it is cut to -100..100.
	 */
	static Optional<Tile.Interval> interval(MetricUnit unit, MetricValue value) {
		Optional<Double> low = value.number("ci_low");
		Optional<Double> high = value.number("ci_high");
		if (low.isPresent() && high.isPresent()) {
			if (unit == MetricUnit.NPS_POINTS) {
				return Optional.of(new Tile.Interval(Math.max(-100, low.get()), Math.min(100, high.get())));
			}
			return Optional.of(new Tile.Interval(low.get(), high.get()));
		}
		if (unit == MetricUnit.RATIO && value.fields().get("num") instanceof Long num
				&& value.fields().get("den") instanceof Long den && den > 0) {
			double[] wilson = Statistics.wilson(num, den);
			return Optional.of(new Tile.Interval(wilson[0], wilson[1]));
		}
		return Optional.empty();
	}
}
