package org.carelens.kpi.api;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.carelens.core.api.time.BusinessCalendar;

/**
 * Computes KPI reports over conversation facts with the metrics registered as {@link Metric} services.
 */
public interface KpiEngine {

	/** @return the metrics available now, ordered by id */
	List<Metric> metrics();

	/**
	 * @param businessHours when present, the business-hours calendar that first response, resolution and first
	 *                      resolution times are measured in for every conversation, instead of the calendar of each
	 *                      conversation's SLA policy (reply times keep the facts' business time)
	 * @return an empty table
	 */
	FactTable newTable(Optional<BusinessCalendar> businessHours);

	/**
	 * @throws IllegalArgumentException naming an unknown metric id of the query
	 */
	KpiResult compute(FactTable table, KpiQuery query);

	/**
	 * Lists the conversations behind one metric's value over the rows that {@code query}'s range and filters keep
	 * (its grouping, time bucket and other metrics are not used: narrow the filters and the range to one group).
	 *
	 * @param cancelled asked every few thousand rows; when it says so, the listing stops and returns what it has
	 * @return the rows with a share in the sample or the numerator, in row order; empty when the metric has no
	 *         {@link Metric#membership(MetricContext)}
	 * @throws IllegalArgumentException naming an unknown metric id
	 */
	Optional<List<Member>> members(FactTable table, KpiQuery query, String metric, BooleanSupplier cancelled);
}
