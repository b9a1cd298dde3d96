package org.carelens.kpi.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A computed KPI report: one row per group that has conversations, in the order of its group values.
 *
 * @param at      the report instant
 * @param by      the keys of the grouping, dimensions then the time bucket ({@code ["channel", "week"]})
 * @param metrics the metrics of the report, in order
 * @param rows    the groups
 */
public record KpiResult(Instant at, List<String> by, List<MetricInfo> metrics, List<Row> rows) {

	public KpiResult {
		Objects.requireNonNull(at, "at");
		by = List.copyOf(by);
		metrics = List.copyOf(metrics);
		rows = List.copyOf(rows);
	}

	/**
	 * One group.
	 *
	 * @param group   the group's value per key of {@link KpiResult#by()}, in that order; empty for a conversation
	 *                without one (no topic)
	 * @param metrics per metric id, in the report's order
	 */
	public record Row(Map<String, Optional<String>> group, Map<String, Cell> metrics) {
	}

	/**
	 * One metric in one group.
	 *
	 * @param value  empty when there is no value
	 * @param target the target that applies, if any
	 * @param status the value against the target; empty without value or target
	 */
	public record Cell(Optional<MetricValue> value, Optional<Double> target, Optional<Status> status) {
	}
}
