package org.carelens.reports.export;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A chart of a report, drawn from its data: one value per category and series, as bars (grouped) or a line.
 *
 * @param title      the heading
 * @param categories the labels along the horizontal axis
 * @param series     one or more, each with one value per category (empty for none)
 * @param format     how the values read on the axis
 * @param reference  a level marked across the chart (a target), if any
 * @param referenceLabel what the level is
 */
public record Chart(String title, List<String> categories, List<Series> series, Format format,
		Optional<Double> reference, String referenceLabel) {

	public Chart {
		Objects.requireNonNull(title, "title");
		categories = List.copyOf(categories);
		series = List.copyOf(series);
		Objects.requireNonNull(format, "format");
		Objects.requireNonNull(reference, "reference");
		Objects.requireNonNull(referenceLabel, "referenceLabel");
		for (Series s : series) {
			if (s.values().size() != categories.size()) {
				throw new IllegalArgumentException("series '" + s.name() + "' of chart '" + title + "' has "
						+ s.values().size() + " values for " + categories.size() + " categories");
			}
		}
	}

	/** How a series is drawn. */
	public enum Style {
		BARS, LINE
	}

	/**
	 * @param name   the legend's label
	 * @param style  bars or a line
	 * @param values one per category; empty where there is none
	 */
	public record Series(String name, Style style, List<Optional<Double>> values) {

		public Series {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(style, "style");
			values = List.copyOf(values);
		}
	}
}
