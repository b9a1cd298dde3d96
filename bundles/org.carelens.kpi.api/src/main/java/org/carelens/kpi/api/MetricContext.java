package org.carelens.kpi.api;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an aggregator may know besides the rows: the report instant, the period of its group, the dictionaries of
 * the rows, data beyond conversations, and the report's parameters.
 *
 * @param at          the report instant: open things are judged as of it (overdue, waiting now, pending SLA)
 * @param periodStart the start of the group's period: its time bucket, within the report's range; empty when
 *                    the report is not bounded below
 * @param periodEnd   the end of the group's period (exclusive); the report instant when not bounded above
 * @param zone        the workspace zone
 * @param rows        for dictionary look-ups (the id of the topic {@code complaint})
 * @param customers   customer activity and orders, for the loyalty and value metrics
 * @param parameters  named parameters of the report, e.g. {@code service_level.threshold_s=20}
 */
public record MetricContext(Instant at, Optional<Instant> periodStart, Instant periodEnd, ZoneId zone, RowSet rows,
		CustomerActivity customers, Map<String, String> parameters) {

	public MetricContext {
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(periodStart, "periodStart");
		Objects.requireNonNull(periodEnd, "periodEnd");
		Objects.requireNonNull(zone, "zone");
		Objects.requireNonNull(rows, "rows");
		Objects.requireNonNull(customers, "customers");
		parameters = Map.copyOf(parameters);
	}

	/** @return a numeric parameter, or {@code fallback} when not given */
	public double parameter(String name, double fallback) {
		String value = parameters.get(name);
		if (value == null) {
			return fallback;
		}
		try {
			return Double.parseDouble(value);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("parameter " + name + " must be a number, not \"" + value + "\"", e);
		}
	}

	/** @return the report instant in epoch seconds */
	public long atSecond() {
		return at.getEpochSecond();
	}
}
