package org.carelens.kpi.api;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.carelens.core.api.targets.MetricTarget;

/**
 * A KPI report to compute.
 *
 * @param metrics    the metric ids, in report order; empty for every registered metric
 * @param by         the dimensions to group by, in order
 * @param bucket     the time bucket, {@link TimeBucket#NONE} for one period
 * @param filters    per dimension, the values kept; a dimension not named keeps every conversation
 * @param from       the start of the range (inclusive), applied to each metric's attribution instant
 * @param to         the end of the range (exclusive)
 * @param at         the report instant: open things are judged as of it
 * @param zone       the zone of the time buckets
 * @param targets    the workspace's targets; metrics' defaults apply where none fits
 * @param parameters named metric parameters, e.g. {@code service_level.threshold_s} → {@code 20}
 */
public record KpiQuery(List<String> metrics, List<Dimension> by, TimeBucket bucket, Map<Dimension, Set<String>> filters,
		Optional<Instant> from, Optional<Instant> to, Instant at, ZoneId zone, List<MetricTarget> targets,
		Map<String, String> parameters) {

	public KpiQuery {
		metrics = List.copyOf(metrics);
		by = List.copyOf(by);
		Objects.requireNonNull(bucket, "bucket");
		filters = Map.copyOf(filters);
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(zone, "zone");
		targets = List.copyOf(targets);
		parameters = Map.copyOf(parameters);
		if (Set.copyOf(by).size() != by.size()) {
			throw new IllegalArgumentException("a dimension is named twice in " + by);
		}
		if (from.isPresent() && to.isPresent() && !to.get().isAfter(from.get())) {
			throw new IllegalArgumentException("the range ends (" + to.get() + ") before it starts (" + from.get() + ")");
		}
	}

	/** @return every metric, no grouping, no range, as of {@code at} in {@code zone} */
	public static KpiQuery all(Instant at, ZoneId zone) {
		return new KpiQuery(List.of(), List.of(), TimeBucket.NONE, Map.of(), Optional.empty(), Optional.empty(), at,
				zone, List.of(), Map.of());
	}

	public KpiQuery withMetrics(List<String> ids) {
		return new KpiQuery(ids, by, bucket, filters, from, to, at, zone, targets, parameters);
	}

	public KpiQuery withGrouping(List<Dimension> dimensions, TimeBucket timeBucket) {
		return new KpiQuery(metrics, dimensions, timeBucket, filters, from, to, at, zone, targets, parameters);
	}

	public KpiQuery withRange(Optional<Instant> start, Optional<Instant> end) {
		return new KpiQuery(metrics, by, bucket, filters, start, end, at, zone, targets, parameters);
	}

	public KpiQuery withFilters(Map<Dimension, Set<String>> kept) {
		return new KpiQuery(metrics, by, bucket, kept, from, to, at, zone, targets, parameters);
	}

	public KpiQuery withTargets(List<MetricTarget> workspaceTargets) {
		return new KpiQuery(metrics, by, bucket, filters, from, to, at, zone, workspaceTargets, parameters);
	}

	public KpiQuery withParameters(Map<String, String> named) {
		return new KpiQuery(metrics, by, bucket, filters, from, to, at, zone, targets, named);
	}
}
