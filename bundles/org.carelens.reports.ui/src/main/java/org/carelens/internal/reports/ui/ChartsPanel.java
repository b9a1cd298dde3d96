package org.carelens.internal.reports.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.carelens.core.api.ChannelKind;
import org.carelens.kpi.api.KpiEngine;
import org.carelens.kpi.api.MetricUnit;
import org.carelens.reports.core.ChartsProvider;
import org.carelens.reports.core.ChartsResponse;
import org.carelens.reports.core.DashboardResponse;
import org.carelens.reports.core.ReportScope;
import org.carelens.reports.core.TrendProvider;
import org.carelens.reports.core.TrendRequest;
import org.carelens.reports.core.TrendResponse;
import org.carelens.reports.core.WorkspaceSession;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ICircularSeries;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

/**
 * The dashboard's charts under the tiles: the trend of the selected tile's metric (shown on a tile's click), the
 * channel mix, the first response times with the channels' targets, and created vs resolved with the backlog. It
 * follows the window's {@link ReportContext}: every scope change recomputes the charts in their own job (the latest
 * request wins), apart from the tiles' job so that the tiles never wait for the charts.
 */
final class ChartsPanel extends Composite {

	static final int CHART_HEIGHT = 250;
	static final int TREND_HEIGHT = 220;
	private static final RGB INK = new RGB(60, 60, 60);
	private static final RGB CURRENT = new RGB(21, 101, 192);
	private static final RGB PREVIOUS = new RGB(150, 150, 150);
	private static final RGB TARGET = TileControl.MET;
	private static final RGB CREATED = new RGB(66, 133, 244);
	private static final RGB RESOLVED = new RGB(46, 160, 67);
	private static final RGB BACKLOG = new RGB(230, 124, 0);
	private static final RGB UNANSWERED = new RGB(176, 176, 176);
	private static final Map<ChannelKind, RGB> CHANNEL_COLOURS = new EnumMap<>(Map.of(ChannelKind.VOICE,
			new RGB(21, 101, 192), ChannelKind.CHAT, new RGB(0, 150, 136), ChannelKind.EMAIL, new RGB(255, 160, 0),
			ChannelKind.SOCIAL, new RGB(142, 36, 170), ChannelKind.APP, new RGB(233, 30, 99), ChannelKind.IN_PERSON,
			new RGB(109, 76, 65)));

	private final ReportContext context;
	private final Supplier<Optional<KpiEngine>> engine;
	private final ValueFormat format;
	private final LocalResourceManager resources;
	private final LatestRequest<ChartsResponse> charts;
	private final LatestRequest<TrendResponse> trends;
	private final ReportContext.Listener listener;
	private final Runnable resized;

	private final Composite trendBox;
	private final Label trendTitle;
	private final Chart trendChart;
	private final Chart mixChart;
	private final Chart responseChart;
	private final Chart flowChart;
	/** The first-response targets to mark, by position on the bins' axis, with their label. */
	private final Map<Double, String> targetMarks = new LinkedHashMap<>();

	private Optional<String> trendMetric = Optional.empty();
	private String trendLabel = "";
	private Optional<ChartsResponse> shownCharts = Optional.empty();
	private Optional<TrendResponse> shownTrend = Optional.empty();
	private Runnable trendClosed = () -> {
	};

	/**
	 * @param resized told when the panel changed its height (the trend shown or hidden), so the scroller can adapt
	 */
	ChartsPanel(Composite parent, ReportContext context, Supplier<Optional<KpiEngine>> engine, ValueFormat format,
			Runnable resized) {
		super(parent, SWT.NONE);
		this.resized = resized;
		this.context = context;
		this.engine = engine;
		this.format = format;
		resources = new LocalResourceManager(JFaceResources.getResources(), this);
		setData(DashboardView.WIDGET_KEY, "charts");
		GridLayout layout = new GridLayout(3, true);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.horizontalSpacing = 10;
		layout.verticalSpacing = 10;
		setLayout(layout);

		trendBox = new Composite(this, SWT.BORDER);
		GridData trendData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
		trendData.exclude = true;
		trendBox.setLayoutData(trendData);
		trendBox.setVisible(false);
		GridLayout trendLayout = new GridLayout(2, false);
		trendLayout.marginHeight = 4;
		trendBox.setLayout(trendLayout);
		trendTitle = new Label(trendBox, SWT.NONE);
		trendTitle.setFont(JFaceResources.getBannerFont());
		trendTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		trendTitle.setData(DashboardView.WIDGET_KEY, "trend.title");
		Button close = new Button(trendBox, SWT.PUSH);
		close.setText(Messages.Charts_close);
		close.addListener(SWT.Selection, e -> hideTrend());
		trendChart = chart(trendBox, "trend");
		((GridData) trendChart.getLayoutData()).horizontalSpan = 2;
		((GridData) trendChart.getLayoutData()).heightHint = TREND_HEIGHT;
		// the label above names the metric and the bucket
		trendChart.getTitle().setVisible(false);

		mixChart = chart(this, "channelMix");
		responseChart = chart(this, "responseTimes");
		flowChart = chart(this, "flow");
		responseChart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
			@Override
			public void paintControl(org.eclipse.swt.events.PaintEvent e) {
				paintTargets(e.gc);
			}

			@Override
			public boolean drawBehindSeries() {
				return false;
			}
		});

		charts = new LatestRequest<>(this, Messages.Job_charts);
		trends = new LatestRequest<>(this, Messages.Job_trend);
		listener = new ReportContext.Listener() {
			@Override
			public void sessionChanged(WorkspaceSession session) {
				hideTrend();
			}

			@Override
			public void scopeChanged(ReportScope scope) {
				refresh();
			}
		};
		context.addListener(listener);
		addListener(SWT.Dispose, e -> {
			context.removeListener(listener);
			charts.cancel();
			trends.cancel();
		});
	}

	private Chart chart(Composite parent, String key) {
		Chart chart = new Chart(parent, SWT.NONE);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
		data.heightHint = CHART_HEIGHT;
		data.minimumWidth = 200;
		chart.setLayoutData(data);
		chart.setData(DashboardView.WIDGET_KEY, "chart." + key);
		chart.getTitle().setFont(JFaceResources.getDialogFont());
		chart.getTitle().setForeground(color(INK));
		chart.getTitle().setText(Messages.Dashboard_computing); // not SWTChart's "Chart Title" while the data comes
		chart.getLegend().setPosition(SWT.BOTTOM);
		style(chart.getAxisSet().getXAxis(0));
		style(chart.getAxisSet().getYAxis(0));
		return chart;
	}

	/** Axes in the text colour rather than SWTChart's blue, titles in the dialog font. */
	private void style(IAxis axis) {
		axis.getTick().setForeground(color(INK));
		axis.getTitle().setForeground(color(INK));
		axis.getTitle().setFont(JFaceResources.getDialogFont());
	}

	private Color color(RGB rgb) {
		return resources.create(ColorDescriptor.createFrom(rgb));
	}

	/** Recomputes the charts (and the trend, if one is shown) for the context's session and scope. */
	void refresh() {
		Optional<WorkspaceSession> session = context.session();
		Optional<ReportScope> scope = context.scope();
		Optional<KpiEngine> kpi = engine.get();
		if (session.isEmpty() || scope.isEmpty() || kpi.isEmpty()) {
			return;
		}
		ChartsProvider provider = new ChartsProvider(kpi.get());
		charts.submit(cancelled -> provider.compute(session.get(), scope.get(), cancelled), this::render);
		trendMetric.ifPresent(metric -> computeTrend(metric));
	}

	/** Shows the trend of {@code metric} over the scope's period, computed in a job. */
	void showTrend(String metric, String label, Runnable onClose) {
		trendMetric = Optional.of(metric);
		trendLabel = label;
		trendClosed = onClose;
		trendTitle.setText(label + " \u2026");
		trendBox.setVisible(true);
		((GridData) trendBox.getLayoutData()).exclude = false;
		getParent().layout(true, true);
		resized.run();
		computeTrend(metric);
	}

	void hideTrend() {
		boolean shown = trendMetric.isPresent();
		trendMetric = Optional.empty();
		shownTrend = Optional.empty();
		trends.cancel();
		if (isDisposed()) {
			return;
		}
		trendBox.setVisible(false);
		((GridData) trendBox.getLayoutData()).exclude = true;
		getParent().layout(true, true);
		resized.run();
		if (shown) {
			trendClosed.run();
		}
	}

	private void computeTrend(String metric) {
		Optional<WorkspaceSession> session = context.session();
		Optional<ReportScope> scope = context.scope();
		Optional<KpiEngine> kpi = engine.get();
		if (session.isEmpty() || scope.isEmpty() || kpi.isEmpty()) {
			return;
		}
		TrendProvider provider = new TrendProvider(kpi.get());
		trends.submit(cancelled -> provider.compute(session.get(), new TrendRequest(scope.get(), metric), cancelled),
				this::renderTrend);
	}

	private void render(ChartsResponse response) {
		if (response.status() == DashboardResponse.Status.CANCELLED) {
			return;
		}
		shownCharts = Optional.of(response);
		String failure = response.reason().map(r -> NLS.bind(Messages.Dashboard_failed, r)).orElse(null);
		renderMix(response, failure);
		renderResponses(response, failure);
		renderFlow(response, failure);
	}

	private static void clear(Chart chart) {
		for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(series.getId());
		}
	}

	private void renderMix(ChartsResponse response, String failure) {
		clear(mixChart);
		mixChart.getTitle().setText(failure != null ? failure
				: NLS.bind(Messages.Charts_channelMix, format.count(response.created())));
		if (response.channels().isEmpty()) {
			mixChart.redraw();
			return;
		}
		ICircularSeries<?> mix = (ICircularSeries<?>) mixChart.getSeriesSet().createSeries(SeriesType.DOUGHNUT,
				"mix");
		String[] labels = new String[response.channels().size()];
		double[] values = new double[labels.length];
		Color[] colours = new Color[labels.length];
		for (int i = 0; i < labels.length; i++) {
			ChartsResponse.Slice slice = response.channels().get(i);
			double share = (double) slice.created() / response.created();
			labels[i] = NLS.bind(Messages.Charts_slice, new Object[] { DashboardView.channelLabel(slice.channel().wire()),
					format.count(slice.created()), format.value(MetricUnit.RATIO, share) });
			values[i] = slice.created();
			colours[i] = color(CHANNEL_COLOURS.get(slice.channel()));
		}
		mix.setSeries(labels, values);
		mix.setColor(colours);
		mix.setBorderColor(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		mixChart.getLegend().setPosition(SWT.RIGHT);
		mixChart.redraw();
	}

	private void renderResponses(ChartsResponse response, String failure) {
		clear(responseChart);
		targetMarks.clear();
		responseChart.getTitle().setText(failure != null ? failure : Messages.Charts_responseTimes);
		if (response.responses().isEmpty()) {
			responseChart.redraw();
			return;
		}
		ChartsResponse.ResponseTimes times = response.responses().get();
		List<Long> edges = times.edges();
		String[] categories = new String[edges.size() + 1];
		double[] answered = new double[categories.length];
		double[] unanswered = new double[categories.length];
		for (int i = 0; i < edges.size(); i++) {
			categories[i] = ChartFormats.bin(edges.get(i),
					i + 1 < edges.size() ? Optional.of(edges.get(i + 1)) : Optional.empty());
			answered[i] = times.counts().get(i);
		}
		categories[edges.size()] = Messages.Charts_unanswered;
		unanswered[edges.size()] = times.unanswered();
		IAxis x = responseChart.getAxisSet().getXAxis(0);
		x.enableCategory(true);
		x.setCategorySeries(categories);
		x.getTick().setTickLabelAngle(45);
		x.getTitle().setVisible(false);
		IAxis y = responseChart.getAxisSet().getYAxis(0);
		y.getTitle().setVisible(false);
		y.getTick().setFormat(ChartFormats.of(v -> format.count(Math.round(v))));
		IBarSeries<?> bars = (IBarSeries<?>) responseChart.getSeriesSet().createSeries(SeriesType.BAR, "answered");
		bars.setDescription(Messages.Charts_answered);
		bars.setYSeries(answered);
		bars.setBarColor(color(CURRENT));
		bars.enableStack(true);
		IBarSeries<?> none = (IBarSeries<?>) responseChart.getSeriesSet().createSeries(SeriesType.BAR, "unanswered");
		none.setDescription(Messages.Charts_unanswered);
		none.setYSeries(unanswered);
		none.setBarColor(color(UNANSWERED));
		none.enableStack(true);
		// channels with the same target share one mark: "Voice, Chat 2 min"
		Map<Double, List<String>> byTarget = new LinkedHashMap<>();
		times.targets().entrySet().stream().sorted(Map.Entry.comparingByKey())
				.forEach(t -> byTarget.computeIfAbsent(t.getValue(), v -> new ArrayList<>())
						.add(DashboardView.channelLabel(t.getKey().wire())));
		byTarget.forEach((seconds, channels) -> targetMarks.put(ChartFormats.position(edges, seconds),
				NLS.bind(Messages.Charts_targetMark, String.join(", ", channels),
						format.value(MetricUnit.SECONDS, seconds))));
		responseChart.getLegend().setVisible(false);
		responseChart.getAxisSet().adjustRange();
		responseChart.redraw();
	}

	/** Draws each first-response target as a dashed vertical line at its place among the bins, labelled. */
	private void paintTargets(GC gc) {
		if (targetMarks.isEmpty()) {
			return;
		}
		IAxis x = responseChart.getAxisSet().getXAxis(0);
		Point size = responseChart.getPlotArea().getSize();
		gc.setForeground(color(TARGET));
		gc.setBackground(responseChart.getBackgroundInPlotArea());
		gc.setLineStyle(SWT.LINE_DASH);
		gc.setLineWidth(2);
		int line = 0;
		for (Map.Entry<Double, String> mark : targetMarks.entrySet()) {
			int px = x.getPixelCoordinate(mark.getKey());
			gc.drawLine(px, 0, px, size.y);
			Point text = gc.textExtent(mark.getValue());
			// labels stack downwards so that close targets do not overwrite each other
			int left = px + 3 + text.x > size.x ? px - 3 - text.x : px + 3;
			// on the plot's background, so that a label over a bar stays readable
			gc.drawText(mark.getValue(), left, 2 + line * (text.y + 1), false);
			line++;
		}
		gc.setLineStyle(SWT.LINE_SOLID);
	}

	private void renderFlow(ChartsResponse response, String failure) {
		clear(flowChart);
		flowChart.getTitle().setText(failure != null ? failure : Messages.Charts_flow);
		List<ChartsResponse.FlowPoint> flow = response.flow();
		if (flow.isEmpty()) {
			flowChart.redraw();
			return;
		}
		String[] categories = ChartFormats.axisLabels(flow.stream().map(ChartsResponse.FlowPoint::label).toList());
		IAxis x = flowChart.getAxisSet().getXAxis(0);
		x.enableCategory(true);
		x.setCategorySeries(categories);
		x.getTitle().setVisible(false);
		IAxis y = flowChart.getAxisSet().getYAxis(0);
		y.getTitle().setVisible(false);
		y.getTick().setFormat(ChartFormats.of(v -> format.count(Math.round(v))));
		IBarSeries<?> created = (IBarSeries<?>) flowChart.getSeriesSet().createSeries(SeriesType.BAR, "created");
		created.setDescription(Messages.Charts_created);
		created.setYSeries(flow.stream().mapToDouble(ChartsResponse.FlowPoint::created).toArray());
		created.setBarColor(color(CREATED));
		IBarSeries<?> resolved = (IBarSeries<?>) flowChart.getSeriesSet().createSeries(SeriesType.BAR, "resolved");
		resolved.setDescription(Messages.Charts_resolved);
		resolved.setYSeries(flow.stream().mapToDouble(ChartsResponse.FlowPoint::resolved).toArray());
		resolved.setBarColor(color(RESOLVED));
		// the backlog is usually far larger than a bucket's flow: it gets its own axis on the right
		int backlogAxis = flowChart.getAxisSet().getYAxes().length > 1 ? flowChart.getAxisSet().getYAxes()[1].getId()
				: flowChart.getAxisSet().createYAxis();
		IAxis right = flowChart.getAxisSet().getYAxis(backlogAxis);
		right.setPosition(IAxis.Position.Secondary);
		style(right);
		right.getTitle().setVisible(false);
		right.getTick().setForeground(color(BACKLOG));
		right.getTick().setFormat(ChartFormats.of(v -> format.count(Math.round(v))));
		ILineSeries<?> backlog = (ILineSeries<?>) flowChart.getSeriesSet().createSeries(SeriesType.LINE, "backlog");
		backlog.setDescription(Messages.Charts_backlog);
		backlog.setYSeries(flow.stream().mapToDouble(ChartsResponse.FlowPoint::backlog).toArray());
		backlog.setYAxisId(backlogAxis);
		backlog.setLineColor(color(BACKLOG));
		backlog.setLineWidth(2);
		backlog.setSymbolColor(color(BACKLOG));
		backlog.setSymbolSize(3);
		flowChart.getAxisSet().adjustRange();
		startAtZero(y);
		startAtZero(right);
		flowChart.redraw();
	}

	private static void startAtZero(IAxis axis) {
		Range range = axis.getRange();
		axis.setRange(new Range(0, Math.max(1, range.upper * 1.05)));
	}

	private void renderTrend(TrendResponse response) {
		if (response.status() == DashboardResponse.Status.CANCELLED || trendMetric.isEmpty()
				|| !trendMetric.get().equals(response.request().metric())) {
			return;
		}
		shownTrend = Optional.of(response);
		clear(trendChart);
		if (response.status() == DashboardResponse.Status.FAILED) {
			trendTitle.setText(trendLabel + ": " + NLS.bind(Messages.Dashboard_failed, response.reason().orElse("")));
			trendChart.redraw();
			return;
		}
		MetricUnit unit = response.info().orElseThrow().unit();
		trendTitle.setText(NLS.bind(Messages.Charts_trend, trendLabel, bucketLabel(response.bucket())));
		List<TrendResponse.Point> points = response.points();
		List<String> labels = points.stream().map(p -> ChartFormats.shortLabel(p.label())).toList();
		IAxis x = trendChart.getAxisSet().getXAxis(0);
		x.getTitle().setVisible(false);
		x.getTick().setFormat(ChartFormats.labels(labels));
		IAxis y = trendChart.getAxisSet().getYAxis(0);
		y.getTitle().setVisible(false);
		y.getTick().setFormat(ChartFormats.of(v -> format.value(unit, v)));
		// points without a value are left out rather than drawn as 0: the line joins its neighbours
		line("previous", Messages.Charts_previous, points, p -> p.previous(), PREVIOUS, LineStyle.DASH);
		line("current", Messages.Charts_current, points, p -> p.value(), CURRENT, LineStyle.SOLID);
		response.target().ifPresent(target -> {
			ILineSeries<?> series = (ILineSeries<?>) trendChart.getSeriesSet().createSeries(SeriesType.LINE, "target");
			series.setDescription(NLS.bind(Messages.Charts_targetLine, format.value(unit, target)));
			series.setXSeries(new double[] { 0, Math.max(1, points.size() - 1) });
			series.setYSeries(new double[] { target, target });
			series.setLineColor(color(TARGET));
			series.setLineStyle(LineStyle.DOT);
			series.setLineWidth(2);
			series.setSymbolType(ILineSeries.PlotSymbolType.NONE);
		});
		trendChart.getAxisSet().adjustRange();
		Range xRange = new Range(-0.5, Math.max(0.5, points.size() - 0.5));
		x.setRange(xRange);
		Range yRange = y.getRange();
		double pad = Math.max(1e-6, (yRange.upper - yRange.lower) * 0.1);
		y.setRange(new Range(Math.min(0, yRange.lower), yRange.upper + pad));
		trendChart.redraw();
	}

	private void line(String id, String description, List<TrendResponse.Point> points,
			java.util.function.Function<TrendResponse.Point, Optional<Double>> value, RGB rgb, LineStyle style) {
		List<double[]> present = new ArrayList<>();
		for (int i = 0; i < points.size(); i++) {
			int index = i;
			value.apply(points.get(i)).ifPresent(v -> present.add(new double[] { index, v }));
		}
		if (present.isEmpty()) {
			return;
		}
		ILineSeries<?> series = (ILineSeries<?>) trendChart.getSeriesSet().createSeries(SeriesType.LINE, id);
		series.setDescription(description);
		series.setXSeries(present.stream().mapToDouble(p -> p[0]).toArray());
		series.setYSeries(present.stream().mapToDouble(p -> p[1]).toArray());
		series.setLineColor(color(rgb));
		series.setLineStyle(style);
		series.setLineWidth(2);
		series.setSymbolColor(color(rgb));
		series.setSymbolType(ILineSeries.PlotSymbolType.CIRCLE);
		series.setSymbolSize(3);
	}

	private static String bucketLabel(org.carelens.kpi.api.TimeBucket bucket) {
		return switch (bucket) {
		case WEEK -> Messages.Bucket_WEEK;
		case MONTH -> Messages.Bucket_MONTH;
		default -> Messages.Bucket_DAY;
		};
	}

	/** @return the charts' data shown now, for tests */
	Optional<ChartsResponse> shownCharts() {
		return shownCharts;
	}

	/** @return the trend shown now, for tests */
	Optional<TrendResponse> shownTrend() {
		return shownTrend;
	}

	/** @return the doughnut's slice values as drawn, for tests */
	double[] channelMixValues() {
		ISeries<?>[] series = mixChart.getSeriesSet().getSeries();
		if (series.length == 0) {
			return new double[0];
		}
		return ((ICircularSeries<?>) series[0]).getRootNode().getChildren().stream().mapToDouble(n -> n.getValue())
				.toArray();
	}

	/** @return the y values of a series of a chart ("flow" / "created"), for tests */
	Optional<double[]> seriesValues(String chart, String series) {
		Chart target = switch (chart) {
		case "trend" -> trendChart;
		case "responseTimes" -> responseChart;
		case "flow" -> flowChart;
		default -> throw new IllegalArgumentException("no chart " + chart);
		};
		return Optional.ofNullable(target.getSeriesSet().getSeries(series)).map(ISeries::getYSeries);
	}

	/** @return where the trend is within this panel */
	org.eclipse.swt.graphics.Rectangle trendBounds() {
		return trendBox.getBounds();
	}

	boolean trendShown() {
		return trendMetric.isPresent();
	}
}
