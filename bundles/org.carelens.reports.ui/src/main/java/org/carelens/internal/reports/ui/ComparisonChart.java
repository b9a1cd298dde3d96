package org.carelens.internal.reports.ui;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.kpi.api.MetricInfo;
import org.carelens.kpi.api.MetricUnit;
import org.carelens.reports.core.ComparisonResponse.Segment;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

/**
 * The bar chart of a comparison: one metric across the segments, in the table's order, with the target drawn as a
 * dashed line.
 */
final class ComparisonChart {

	private static final String BARS = "values";
	private static final String TARGET = "target";
	private static final RGB BAR = new RGB(70, 130, 180);

	private final Chart chart;
	private final ValueFormat format;
	private final LocalResourceManager resources;

	ComparisonChart(Composite parent, ValueFormat format) {
		this.format = format;
		chart = new Chart(parent, SWT.NONE);
		chart.setData(DashboardView.WIDGET_KEY, "comparisons.chart");
		resources = new LocalResourceManager(JFaceResources.getResources(), chart);
		chart.getTitle().setFont(JFaceResources.getDefaultFont());
		// bars across: the segments' names read horizontally on the left, however many there are
		chart.setOrientation(SWT.VERTICAL);
		chart.getLegend().setVisible(false);
		IAxis x = chart.getAxisSet().getXAxis(0);
		x.getTitle().setVisible(false);
		x.enableCategory(true);
		x.setReversed(true); // the first row of the table on top
		chart.getAxisSet().getYAxis(0).getTitle().setVisible(false);
	}

	/**
	 * @param segments the segments with a value of {@code metric}, in the order to draw, with their names
	 */
	void show(MetricInfo metric, String label, Map<Segment, String> segments) {
		chart.suspendUpdate(true);
		try {
			for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
				chart.getSeriesSet().deleteSeries(series.getId());
			}
			chart.getTitle().setText(label);
			List<Segment> order = List.copyOf(segments.keySet());
			IAxis x = chart.getAxisSet().getXAxis(0);
			IAxis y = chart.getAxisSet().getYAxis(0);
			if (order.isEmpty()) {
				x.setCategorySeries(new String[] { Messages.Comparisons_noRows });
				return;
			}
			x.setCategorySeries(segments.values().toArray(String[]::new));
			double[] values = new double[order.size()];
			double[] targets = new double[order.size()];
			boolean everyTarget = true;
			for (int i = 0; i < order.size(); i++) {
				values[i] = order.get(i).cell(metric.id()).value().orElseThrow();
				Optional<Double> target = order.get(i).cell(metric.id()).target();
				everyTarget &= target.isPresent();
				targets[i] = target.orElse(0.0);
			}
			IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, BARS);
			bars.setDescription(label);
			bars.setYSeries(values);
			bars.setBarColor(resources.create(ColorDescriptor.createFrom(BAR)));
			bars.setBarPadding(30);
			double low = Math.min(0, min(values));
			double high = Math.max(0, max(values));
			// a line only where every segment has a target: a line with gaps would read as a target of zero
			if (everyTarget) {
				ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, TARGET);
				line.setDescription(Messages.Comparisons_chartTarget);
				line.setYSeries(targets);
				line.setLineColor(resources.create(ColorDescriptor.createFrom(TileControl.MISSED)));
				line.setLineStyle(LineStyle.DASH);
				line.setLineWidth(2);
				line.setSymbolType(order.size() == 1 ? ILineSeries.PlotSymbolType.SQUARE
						: ILineSeries.PlotSymbolType.NONE);
				line.setSymbolColor(resources.create(ColorDescriptor.createFrom(TileControl.MISSED)));
				chart.getTitle().setText(NLS.bind(Messages.Comparisons_chartTitleTarget, label));
				low = Math.min(low, min(targets));
				high = Math.max(high, max(targets));
			}
			y.getTick().setFormat(new UnitFormat(format, metric.unit()));
			x.adjustRange();
			double margin = (high - low) * 0.08;
			y.setRange(new Range(low < 0 ? low - margin : 0, high <= low ? low + 1 : high + margin));
		} finally {
			chart.suspendUpdate(false);
			chart.redraw();
		}
	}

	private static double min(double[] values) {
		double min = Double.POSITIVE_INFINITY;
		for (double v : values) {
			min = Math.min(min, v);
		}
		return min;
	}

	private static double max(double[] values) {
		double max = Double.NEGATIVE_INFINITY;
		for (double v : values) {
			max = Math.max(max, v);
		}
		return max;
	}

	/**
	 * Axis ticks in the metric's unit, as the table shows values: "2 min 05 s", "85.0%". SWTChart parses its tick
	 * labels back to hide overlapping ones; the labels it formatted are read back by lookup.
	 */
	private static final class UnitFormat extends Format {

		private static final long serialVersionUID = 1L;
		private final transient ValueFormat format;
		private final MetricUnit unit;
		private final transient Map<String, Double> formatted = new java.util.HashMap<>();

		UnitFormat(ValueFormat format, MetricUnit unit) {
			this.format = format;
			this.unit = unit;
		}

		@Override
		public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
			if (value instanceof Number n) {
				String text = format.value(unit, n.doubleValue());
				formatted.putIfAbsent(text, n.doubleValue());
				return to.append(text);
			}
			return to.append(value);
		}

		@Override
		public Object parseObject(String source, ParsePosition position) {
			Double value = formatted.get(source.substring(position.getIndex()));
			if (value == null) {
				position.setErrorIndex(position.getIndex());
				return null;
			}
			position.setIndex(source.length());
			return value;
		}
	}
}
