package org.carelens.reports.core;

import java.util.Objects;
import java.util.Optional;

import org.carelens.core.api.targets.TargetDirection;
import org.carelens.kpi.api.MetricUnit;
import org.carelens.kpi.api.Status;

/**
 * One KPI tile of a dashboard: a metric's value over the period, against its target and the previous period.
 *
 * @param metric     the metric id
 * @param labelKey   the key of the metric's name in its bundle's localization
 * @param unit       the unit of {@link #value()}, {@link #target()} and {@link #change()}
 * @param direction  whether higher or lower values are better, for colouring the change
 * @param value      the headline value; empty when there is none (a zero denominator, no conversations)
 * @param target     the target that applies, if any
 * @param status     the value against the target; empty without value or target
 * @param sampleSize what the value is computed over (responses, conversations, contacts), when the metric says
 * @param ci         the 95% confidence interval, when the metric has one
 * @param lowSample  whether the sample is under {@code Statistics.LOW_SAMPLE}: the value is not to be trusted
 * @param previous   the value over the previous period of the same length, if any
 */
public record Tile(String metric, String labelKey, MetricUnit unit, TargetDirection direction, Optional<Double> value,
		Optional<Double> target, Optional<Status> status, Optional<Long> sampleSize, Optional<Interval> ci,
		boolean lowSample, Optional<Double> previous) {

	public Tile {
		Objects.requireNonNull(metric, "metric");
		Objects.requireNonNull(labelKey, "labelKey");
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(direction, "direction");
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(target, "target");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(sampleSize, "sampleSize");
		Objects.requireNonNull(ci, "ci");
		Objects.requireNonNull(previous, "previous");
	}

	/** @return value minus previous value, in the metric's unit; empty unless both exist */
	public Optional<Double> change() {
		return value.flatMap(v -> previous.map(p -> v - p));
	}

	/** @return whether the change is an improvement, a worsening, or neither (no change, or none to judge) */
	public Optional<Boolean> improved() {
		return change().filter(c -> c != 0).map(c -> direction == TargetDirection.HIGHER_IS_BETTER ? c > 0 : c < 0);
	}

	/** A closed interval of values in the metric's unit. */
	public record Interval(double low, double high) {
	}
}
