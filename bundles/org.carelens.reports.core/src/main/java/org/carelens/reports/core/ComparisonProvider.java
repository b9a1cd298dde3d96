package org.carelens.reports.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.carelens.core.api.targets.TargetDirection;
import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.KpiEngine;
import org.carelens.kpi.api.KpiQuery;
import org.carelens.kpi.api.KpiResult;
import org.carelens.kpi.api.MetricInfo;
import org.carelens.kpi.api.MetricValue;
import org.carelens.kpi.api.Statistics;
import org.carelens.kpi.api.TimeBucket;
import org.carelens.reports.core.ComparisonResponse.Cell;
import org.carelens.reports.core.ComparisonResponse.Segment;

/**
 * Computes a comparison: the segments of one dimension side by side over a scope, each metric with its value,
 * sample, target and status, rank among the segments, previous period and benchmark, and an "all" total row.
 * UI-free: a view, an export or a test gets the same answer.
 */
public final class ComparisonProvider {

	private final KpiEngine engine;

	public ComparisonProvider(KpiEngine engine) {
		this.engine = Objects.requireNonNull(engine, "engine");
	}

	/**
	 * @param benchmarks the workspace's benchmarks, {@link Benchmarks#NONE} without
	 * @param cancelled  asked between the steps; when it says so, the answer is {@code CANCELLED}
	 * @return the rows, or why there are none; never throws for a bad request
	 */
	public ComparisonResponse compute(WorkspaceSession session, ComparisonRequest request, Benchmarks benchmarks,
			BooleanSupplier cancelled) {
		Map<String, MetricInfo> known = engine.metrics().stream().map(m -> m.info())
				.collect(Collectors.toMap(MetricInfo::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		List<MetricInfo> metrics = new ArrayList<>();
		for (String id : request.metrics().isEmpty() ? List.copyOf(known.keySet()) : request.metrics()) {
			MetricInfo info = known.get(id);
			if (info == null) {
				return ComparisonResponse.failed(request, "unknown metric '" + id + "'; the installed metrics are "
						+ known.keySet().stream().sorted().toList());
			}
			metrics.add(info);
		}
		List<String> ids = metrics.stream().map(MetricInfo::id).toList();
		Period period = request.scope().period();
		try {
			List<KpiQuery> queries = List.of(query(session, request, ids, period, true),
					query(session, request, ids, period.previous(), true), query(session, request, ids, period, false),
					query(session, request, ids, period.previous(), false));
			List<KpiResult> results = new ArrayList<>();
			for (KpiQuery query : queries) {
				if (cancelled.getAsBoolean()) {
					return ComparisonResponse.cancelled(request);
				}
				results.add(engine.compute(session.table(), query));
			}
			String key = request.by().key();
			Map<Optional<String>, KpiResult.Row> current = byGroup(results.get(0), key);
			Map<Optional<String>, KpiResult.Row> previous = byGroup(results.get(1), key);
			Map<String, String> labels = labels(session, request.by());
			Set<Optional<String>> groups = new LinkedHashSet<>(current.keySet());
			groups.addAll(previous.keySet());
			List<Segment> segments = new ArrayList<>();
			for (Optional<String> group : groups) {
				segments.add(segment(group, group.map(id -> labels.getOrDefault(id, id)).orElse(""), metrics,
						Optional.ofNullable(current.get(group)), Optional.ofNullable(previous.get(group)),
						benchmarks));
			}
			// conversations without a segment come last: they are not one of the peers compared
			segments.sort(Comparator.comparing((Segment s) -> s.id().isEmpty()).thenComparing(Segment::label,
					String.CASE_INSENSITIVE_ORDER).thenComparing(s -> s.id().orElse("")));
			segments = ranked(segments, metrics);
			Segment total = segment(Optional.empty(), "", metrics, single(results.get(2)), single(results.get(3)),
					benchmarks);
			return ComparisonResponse.completed(request, metrics, segments, total);
		} catch (RuntimeException e) {
			// a metric or the engine failing on these facts: say so in the view rather than lose it
			return ComparisonResponse.failed(request, e.getClass().getSimpleName() + ": " + e.getMessage());
		}
	}

	private static KpiQuery query(WorkspaceSession session, ComparisonRequest request, List<String> metrics,
			Period period, boolean grouped) {
		KpiQuery query = KpiQuery.all(period.to(), session.zone()).withMetrics(metrics)
				.withRange(Optional.of(period.from()), Optional.of(period.to()))
				.withFilters(request.scope().filters()).withTargets(session.targets());
		return grouped ? query.withGrouping(List.of(request.by()), TimeBucket.NONE) : query;
	}

	private static Map<Optional<String>, KpiResult.Row> byGroup(KpiResult result, String key) {
		Map<Optional<String>, KpiResult.Row> rows = new LinkedHashMap<>();
		for (KpiResult.Row row : result.rows()) {
			rows.put(row.group().getOrDefault(key, Optional.empty()), row);
		}
		return rows;
	}

	private static Optional<KpiResult.Row> single(KpiResult result) {
		return result.rows().isEmpty() ? Optional.empty() : Optional.of(result.rows().get(0));
	}

	/** @return the names of the dimension's values in the workspace organisation (sites, managers, teams, agents) */
	private static Map<String, String> labels(WorkspaceSession session, Dimension dimension) {
		Map<String, String> labels = new HashMap<>();
		for (Choice choice : session.choices().getOrDefault(dimension, List.of())) {
			labels.put(choice.value(), choice.label());
		}
		return labels;
	}

	private static Segment segment(Optional<String> id, String label, List<MetricInfo> metrics,
			Optional<KpiResult.Row> current, Optional<KpiResult.Row> previous, Benchmarks benchmarks) {
		Map<String, Cell> cells = new LinkedHashMap<>();
		for (MetricInfo info : metrics) {
			Optional<KpiResult.Cell> now = current.map(r -> r.metrics().get(info.id()));
			Optional<MetricValue> value = now.flatMap(KpiResult.Cell::value);
			Optional<Long> sample = value.flatMap(DashboardProvider::sampleSize);
			boolean flagged = value.map(v -> Boolean.TRUE.equals(v.fields().get("low_sample"))).orElse(false);
			boolean lowSample = flagged || sample.map(n -> n < Statistics.LOW_SAMPLE).orElse(false);
			Optional<Double> before = previous.map(r -> r.metrics().get(info.id())).flatMap(KpiResult.Cell::value)
					.map(MetricValue::value);
			cells.put(info.id(), new Cell(value.map(MetricValue::value), sample, now.flatMap(KpiResult.Cell::target),
					now.flatMap(KpiResult.Cell::status), lowSample, Optional.empty(), before,
					benchmarks.find(info.id(), id)));
		}
		return new Segment(id, label, cells);
	}

	/**
	 * Ranks the segments with a value per metric, best first by the metric's direction, ties sharing a rank
	 * (1, 2, 2, 4). Conversations without a segment are not ranked: they are no peer of the others.
	 */
	static List<Segment> ranked(List<Segment> segments, List<MetricInfo> metrics) {
		Map<Segment, Map<String, Cell>> cells = new IdentityHashMap<>();
		segments.forEach(s -> cells.put(s, new LinkedHashMap<>(s.cells())));
		for (MetricInfo info : metrics) {
			List<Segment> ranked = segments.stream()
					.filter(s -> s.id().isPresent() && s.cell(info.id()).value().isPresent()).toList();
			Comparator<Double> better = info.direction() == TargetDirection.HIGHER_IS_BETTER
					? Comparator.reverseOrder() : Comparator.naturalOrder();
			List<Segment> order = new ArrayList<>(ranked);
			order.sort(Comparator.comparing(s -> s.cell(info.id()).value().orElseThrow(), better));
			int rank = 0;
			Optional<Double> last = Optional.empty();
			for (int i = 0; i < order.size(); i++) {
				Segment s = order.get(i);
				double value = s.cell(info.id()).value().orElseThrow();
				if (last.isEmpty() || Double.compare(last.get(), value) != 0) {
					rank = i + 1;
					last = Optional.of(value);
				}
				cells.get(s).put(info.id(), s.cell(info.id()).withRank(Optional.of(rank)));
			}
		}
		return segments.stream().map(s -> new Segment(s.id(), s.label(), cells.get(s))).toList();
	}
}
