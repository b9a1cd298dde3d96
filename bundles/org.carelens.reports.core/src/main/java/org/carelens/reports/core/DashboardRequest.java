package org.carelens.reports.core;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.carelens.kpi.api.Dimension;

/**
 * What a dashboard shows: the tiles' metrics over one period, for the conversations the filters keep.
 *
 * @param period  the period; the change of each tile is against {@link Period#previous()}
 * @param filters per dimension (channel, site, manager, team, agent, priority, stage, topic), the values kept; a
 *                dimension not named keeps every conversation
 * @param metrics the metric ids of the tiles, in order
 */
public record DashboardRequest(Period period, Map<Dimension, Set<String>> filters, List<String> metrics) {

	/** The tiles a new dashboard shows. */
	public static final List<String> DEFAULT_METRICS = List.of("first_response_time", "resolution_rate",
			"first_contact_resolution", "sla_compliance", "csat", "nps", "abandon_rate", "service_level",
			"escalation_rate", "reopen_rate", "qa_score", "created_vs_resolved");

	public DashboardRequest {
		Objects.requireNonNull(period, "period");
		Map<Dimension, Set<String>> copy = new EnumMap<>(Dimension.class);
		filters.forEach((dimension, values) -> copy.put(dimension, Set.copyOf(values)));
		filters = Collections.unmodifiableMap(copy);
		metrics = List.copyOf(metrics);
	}

	/** @return the tiles of {@code metrics} over the conversations of {@code scope} */
	public static DashboardRequest of(ReportScope scope, List<String> metrics) {
		return new DashboardRequest(scope.period(), scope.filters(), metrics);
	}

	/** @return the conversations the tiles are about */
	public ReportScope scope() {
		return new ReportScope(period, filters);
	}

	/** @return the same request with {@code dimension} keeping only {@code value}, or every value when empty */
	public DashboardRequest withFilter(Dimension dimension, Optional<String> value) {
		return of(scope().withFilter(dimension, value), metrics);
	}

	public DashboardRequest withPeriod(Period newPeriod) {
		return new DashboardRequest(newPeriod, filters, metrics);
	}
}
