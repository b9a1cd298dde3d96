package org.carelens.kpi.api;

import java.io.IOException;
import java.nio.channels.ReadableByteChannel;
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
	 * Reads a table that {@link FactTable#writeTo} wrote.
	 *
	 * @return the table, as it was written, without business-hours override
	 * @throws IOException when {@code channel} holds no table this engine can read (another format version, a file
	 *                     cut short): build the table from the facts then
	 */
	FactTable readTable(ReadableByteChannel channel) throws IOException;

	/**
	 * @throws IllegalArgumentException naming an unknown metric id of the query
	 */
	KpiResult compute(FactTable table, KpiQuery query);

	/**
	 * Counts the conversations that the query's filters keep and whose {@link Measure#attribution()} falls in its
	 * range (up to its report instant), by the bin their measure falls in: the raw values behind a duration metric's
	 * mean and quantiles, or created and resolved counts over time. The query's metrics are not computed.
	 *
	 * @param bounds the bin edges, strictly ascending
	 * @throws IllegalArgumentException when the query groups (by a dimension or a time bucket) or the edges do not
	 *                                  ascend
	 */
	Histogram histogram(FactTable table, KpiQuery query, Measure measure, List<Long> bounds);

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
