package org.carelens.internal.reports.ui;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.util.List;
import java.util.function.DoubleFunction;

import org.eclipse.osgi.util.NLS;

/**
 * Axis tick formats for SWTChart (a {@link Format} per axis): values in a metric's unit, and point indexes as the
 * labels of their time buckets.
 */
final class ChartFormats {

	private ChartFormats() {
	}

	/** @return a format that writes each tick with {@code writer}; charts never parse */
	static Format of(DoubleFunction<String> writer) {
		return new Format() {
			private static final long serialVersionUID = 1L;

			@Override
			public StringBuffer format(Object value, StringBuffer into, FieldPosition position) {
				return into.append(value instanceof Number n ? writer.apply(n.doubleValue()) : String.valueOf(value));
			}

			/**
			 * Fails, as {@link Format} says (null, position unchanged): SWTChart parses labels back only to thin out
			 * ticks whose label reads as another value, and keeps every label it cannot parse.
			 */
			@Override
			public Object parseObject(String source, ParsePosition position) {
				return null;
			}
		};
	}

	/** @return a format that writes whole indexes as their label and nothing between them */
	static Format labels(List<String> labels) {
		return of(x -> {
			long index = Math.round(x);
			return Math.abs(x - index) < 1e-6 && index >= 0 && index < labels.size() ? labels.get((int) index) : "";
		});
	}

	/** @return the name of a first-response bin from {@code lower} seconds to {@code upper}, or open-ended */
	static String bin(long lower, java.util.Optional<Long> upper) {
		if (upper.isEmpty()) {
			return NLS.bind(Messages.Charts_binOver, lower / 3600);
		}
		if (upper.get() <= 3600) {
			return NLS.bind(Messages.Charts_binMinutes, lower / 60, upper.get() / 60);
		}
		return NLS.bind(Messages.Charts_binHours, lower / 3600, upper.get() / 3600);
	}

	/**
	 * @return where {@code seconds} falls on a category axis of bins with these lower edges (category {@code i} spans
	 *         {@code i - 0.5} to {@code i + 0.5}), linear within its bin; an open-ended last bin is marked at its start
	 */
	static double position(List<Long> edges, double seconds) {
		for (int i = 0; i < edges.size() - 1; i++) {
			if (seconds < edges.get(i + 1)) {
				double within = (seconds - edges.get(i)) / (edges.get(i + 1) - edges.get(i));
				return i - 0.5 + Math.max(0, within);
			}
		}
		return edges.size() - 1.5;
	}

	/**
	 * At most this many category labels on an axis a third of the dashboard wide; the others are left blank so that
	 * the labels stay apart.
	 */
	static final int MAX_LABELS = 6;

	/** @return the labels of time buckets on a category axis: short, and only every n-th one when there are many */
	static String[] axisLabels(List<String> labels) {
		int every = Math.max(1, (labels.size() + MAX_LABELS - 1) / MAX_LABELS);
		String[] shown = new String[labels.size()];
		for (int i = 0; i < shown.length; i++) {
			shown[i] = i % every == 0 ? shortLabel(labels.get(i)) : "";
		}
		return shown;
	}

	/** @return a bucket's label without the year of days and weeks (11-23, W47): the period header says it */
	static String shortLabel(String label) {
		return label.matches("\\d{4}-\\d{2}-\\d{2}") || label.matches("\\d{4}-W\\d{2}") ? label.substring(5) : label;
	}
}
