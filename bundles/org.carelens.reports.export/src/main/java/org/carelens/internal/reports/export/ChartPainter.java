package org.carelens.internal.reports.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.carelens.reports.export.Chart;

/**
 * Draws a chart from its data on a {@link Canvas}, the same way for HTML (SVG) and PDF (vector drawing): a value
 * axis from zero with round ticks, grouped bars, lines with dots, a dashed reference level, a legend.
 */
final class ChartPainter {

	static final List<String> PALETTE = List.of("#2e6db4", "#e8833a", "#5ba55b", "#8e6bbf", "#c9514b", "#7f7f7f");
	private static final String REFERENCE = "#c0392b";
	private static final String GRID = "#dddddd";
	private static final String AXIS = "#555555";
	private static final String INK = "#222222";
	private static final double TITLE_SIZE = 10;
	private static final double LABEL_SIZE = 7.5;

	private final Numbers numbers;

	ChartPainter(Numbers numbers) {
		this.numbers = numbers;
	}

	void paint(Chart chart, Canvas canvas, double width, double height) {
		canvas.text(chart.title(), 0, TITLE_SIZE + 2, TITLE_SIZE, true, INK, Canvas.Align.START);
		double legendY = TITLE_SIZE + 16;
		legend(chart, canvas, legendY);
		double top = legendY + 10;
		double bottom = height - 22;
		List<Double> all = new ArrayList<>();
		chart.series().forEach(s -> s.values().forEach(v -> v.ifPresent(all::add)));
		chart.reference().ifPresent(all::add);
		double max = all.stream().mapToDouble(Double::doubleValue).max().orElse(1);
		double min = Math.min(0, all.stream().mapToDouble(Double::doubleValue).min().orElse(0));
		if (max <= min) {
			max = min + 1;
		}
		double step = chart.format() == org.carelens.reports.export.Format.DURATION ? durationStep((max - min) / 5)
				: niceStep((max - min) / 5);
		double low = Math.floor(min / step) * step;
		double high = Math.ceil(max / step) * step;
		double labelWidth = 0;
		for (double tick = low; tick <= high + step / 2; tick += step) {
			labelWidth = Math.max(labelWidth, canvas.textWidth(numbers.format(tick, chart.format()), LABEL_SIZE, false));
		}
		double left = labelWidth + 6;
		double right = width - 4;
		double plotWidth = right - left;
		double plotHeight = bottom - top;
		final double lowEnd = low;
		final double span = high - low;
		java.util.function.DoubleUnaryOperator yOf = v -> bottom - (v - lowEnd) / span * plotHeight;
		for (double tick = low; tick <= high + step / 2; tick += step) {
			double y = yOf.applyAsDouble(tick);
			canvas.line(left, y, right, y, GRID, 0.5, false);
			canvas.text(numbers.format(tick, chart.format()), left - 4, y + LABEL_SIZE / 3, LABEL_SIZE, false, AXIS,
					Canvas.Align.END);
		}
		int n = chart.categories().size();
		if (n > 0) {
			bars(chart, canvas, left, plotWidth, yOf);
			lines(chart, canvas, left, plotWidth, yOf);
			categories(chart, canvas, left, plotWidth, bottom);
		}
		double zero = yOf.applyAsDouble(Math.max(0, low));
		canvas.line(left, zero, right, zero, AXIS, 0.8, false);
		if (chart.reference().isPresent()) {
			double y = yOf.applyAsDouble(chart.reference().get());
			canvas.line(left, y, right, y, REFERENCE, 1, true);
			canvas.text(chart.referenceLabel(), right, y - 3, LABEL_SIZE, false, REFERENCE, Canvas.Align.END);
		}
	}

	private void legend(Chart chart, Canvas canvas, double y) {
		double x = 0;
		for (int i = 0; i < chart.series().size(); i++) {
			Chart.Series series = chart.series().get(i);
			String colour = PALETTE.get(i % PALETTE.size());
			if (series.style() == Chart.Style.BARS) {
				canvas.rect(x, y - 7, 8, 8, colour);
			} else {
				canvas.line(x, y - 3, x + 10, y - 3, colour, 1.5, false);
			}
			x += 12;
			canvas.text(series.name(), x, y, LABEL_SIZE + 0.5, false, INK, Canvas.Align.START);
			x += canvas.textWidth(series.name(), LABEL_SIZE + 0.5, false) + 14;
		}
	}

	private void bars(Chart chart, Canvas canvas, double left, double plotWidth,
			java.util.function.DoubleUnaryOperator yOf) {
		List<Integer> barSeries = new ArrayList<>();
		for (int i = 0; i < chart.series().size(); i++) {
			if (chart.series().get(i).style() == Chart.Style.BARS) {
				barSeries.add(i);
			}
		}
		if (barSeries.isEmpty()) {
			return;
		}
		int n = chart.categories().size();
		double group = plotWidth / n;
		double barWidth = Math.min(40, group * 0.75 / barSeries.size());
		double groupStart = (group - barWidth * barSeries.size()) / 2;
		double zero = yOf.applyAsDouble(0);
		for (int c = 0; c < n; c++) {
			for (int b = 0; b < barSeries.size(); b++) {
				int s = barSeries.get(b);
				Optional<Double> value = chart.series().get(s).values().get(c);
				if (value.isPresent()) {
					double y = yOf.applyAsDouble(value.get());
					double x = left + c * group + groupStart + b * barWidth;
					canvas.rect(x, Math.min(y, zero), Math.max(0.5, barWidth - 0.5), Math.abs(zero - y),
							PALETTE.get(s % PALETTE.size()));
				}
			}
		}
	}

	private void lines(Chart chart, Canvas canvas, double left, double plotWidth,
			java.util.function.DoubleUnaryOperator yOf) {
		int n = chart.categories().size();
		double group = plotWidth / n;
		for (int s = 0; s < chart.series().size(); s++) {
			Chart.Series series = chart.series().get(s);
			if (series.style() != Chart.Style.LINE) {
				continue;
			}
			String colour = PALETTE.get(s % PALETTE.size());
			List<double[]> points = new ArrayList<>();
			for (int c = 0; c < n; c++) {
				Optional<Double> value = series.values().get(c);
				if (value.isPresent()) {
					points.add(new double[] { left + (c + 0.5) * group, yOf.applyAsDouble(value.get()) });
				}
			}
			double[] xs = points.stream().mapToDouble(p -> p[0]).toArray();
			double[] ys = points.stream().mapToDouble(p -> p[1]).toArray();
			if (xs.length > 1) {
				canvas.polyline(xs, ys, colour, 1.5);
			}
			for (int i = 0; i < xs.length; i++) {
				canvas.dot(xs[i], ys[i], n > 40 ? 1 : 2, colour);
			}
		}
	}

	private void categories(Chart chart, Canvas canvas, double left, double plotWidth, double bottom) {
		int n = chart.categories().size();
		double group = plotWidth / n;
		double widest = chart.categories().stream().mapToDouble(c -> canvas.textWidth(c, LABEL_SIZE, false)).max()
				.orElse(0);
		// every k-th label when they would overlap: a month by day keeps one label a few days
		int every = Math.max(1, (int) Math.ceil((widest + 6) / group));
		for (int c = 0; c < n; c += every) {
			String label = chart.categories().get(c);
			double x = left + (c + 0.5) * group;
			double half = canvas.textWidth(label, LABEL_SIZE, false) / 2;
			// a label under an edge bar stays within the chart
			Canvas.Align align = x + half > left + plotWidth ? Canvas.Align.END
					: x - half < 0 ? Canvas.Align.START : Canvas.Align.MIDDLE;
			double at = align == Canvas.Align.END ? left + plotWidth : align == Canvas.Align.START ? 0 : x;
			canvas.text(label, at, bottom + LABEL_SIZE + 4, LABEL_SIZE, false, AXIS, align);
		}
	}

	/** @return a step of seconds that reads round as a duration: 30 s, 1, 5, 15 min, 1, 2, 6 h, days */
	static double durationStep(double raw) {
		for (double step : new double[] { 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600, 43_200,
				86_400 }) {
			if (step >= raw) {
				return raw < 30 ? niceStep(raw) : step;
			}
		}
		return Math.ceil(raw / 86_400) * 86_400;
	}

	/** @return 1, 2, 2.5 or 5 times a power of ten, at least {@code raw} */
	static double niceStep(double raw) {
		double power = Math.pow(10, Math.floor(Math.log10(raw)));
		for (double m : new double[] { 1, 2, 2.5, 5, 10 }) {
			if (m * power >= raw) {
				return m * power;
			}
		}
		return 10 * power;
	}
}
