package org.carelens.kpi.api;

import java.util.List;
import java.util.Objects;

/**
 * How the values of a {@link Measure} are spread over bins, for the conversations a query keeps: bin {@code i}
 * holds the values from {@code bounds[i]} (inclusive) to {@code bounds[i + 1]} (exclusive).
 *
 * @param measure what was counted
 * @param bounds  the bin edges, strictly ascending, at least one
 * @param below   values under the first edge
 * @param counts  one count per bin, {@code bounds.size() - 1} of them
 * @param above   values at or over the last edge
 * @param missing conversations in the range without a value (an unanswered one, for first response times)
 */
public record Histogram(Measure measure, List<Long> bounds, long below, List<Long> counts, long above, long missing) {

	public Histogram {
		Objects.requireNonNull(measure, "measure");
		bounds = List.copyOf(bounds);
		counts = List.copyOf(counts);
		checkBounds(bounds);
		if (counts.size() != bounds.size() - 1) {
			throw new IllegalArgumentException(
					bounds.size() + " bin edges make " + (bounds.size() - 1) + " bins, not " + counts.size());
		}
	}

	/**
	 * @throws IllegalArgumentException saying which edge is out of order when {@code bounds} is empty or not strictly
	 *                                  ascending
	 */
	public static void checkBounds(List<Long> bounds) {
		if (bounds.isEmpty()) {
			throw new IllegalArgumentException("a histogram needs at least one bin edge");
		}
		for (int i = 1; i < bounds.size(); i++) {
			if (bounds.get(i) <= bounds.get(i - 1)) {
				throw new IllegalArgumentException("bin edges must ascend: edge " + i + " (" + bounds.get(i)
						+ ") is not after edge " + (i - 1) + " (" + bounds.get(i - 1) + ")");
			}
		}
	}

	/** @return the conversations with a value: below, in the bins and above */
	public long measured() {
		return below + above + counts.stream().mapToLong(Long::longValue).sum();
	}

	/** @return every conversation in the range, with a value or without */
	public long total() {
		return measured() + missing;
	}
}
