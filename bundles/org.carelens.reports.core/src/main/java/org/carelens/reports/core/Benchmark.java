package org.carelens.reports.core;

import java.util.Objects;

/**
 * An outside reference value for a metric, from an imported benchmark file: an industry figure, a sister site's
 * result, last year's level.
 *
 * @param metric  the metric id
 * @param segment a segment id (an agent, team, manager, site id or a channel kind), or {@link #EVERY_SEGMENT}
 * @param value   in the metric's unit: seconds, a fraction 0..1, NPS points, ...
 * @param source  where the figure comes from, for a tooltip; may be empty
 * @param line    the line of the file it was read from, for messages
 */
public record Benchmark(String metric, String segment, double value, String source, int line) {

	/** The segment of a benchmark that holds for every segment and the total. */
	public static final String EVERY_SEGMENT = "*";

	public Benchmark {
		Objects.requireNonNull(metric, "metric");
		Objects.requireNonNull(segment, "segment");
		Objects.requireNonNull(source, "source");
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException("a benchmark value is a finite number: " + value);
		}
	}
}
