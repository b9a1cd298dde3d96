package org.carelens.internal.reports.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.SurveyKind;
import org.carelens.kpi.api.KpiEngine;
import org.carelens.reports.core.DashboardResponse;
import org.carelens.reports.core.Period;
import org.carelens.reports.core.ReportScope;
import org.carelens.reports.core.SurveyResults;
import org.carelens.reports.core.SurveyResultsProvider;
import org.carelens.reports.core.Tile;
import org.carelens.reports.core.WorkspaceSession;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.part.ViewPart;

/**
 * The Surveys section of the Report perspective: the satisfaction tiles (CSAT, NPS, CES, CSI, response rate and the
 * responders' bias), how the answers spread over each scale, and the response rate per channel, over the dashboard's
 * scope. Computed by a {@link SurveyResultsProvider} off the UI thread, the latest request winning.
 */
public final class SurveysView extends ViewPart {

	public static final String ID = ReportPerspective.SURVEYS_VIEW;
	private static final RGB LOW = new RGB(198, 40, 40);
	private static final RGB MIDDLE = new RGB(158, 158, 158);
	private static final RGB HIGH = new RGB(46, 125, 50);
	private static final RGB BAR = new RGB(21, 101, 192);

	private final Locale locale = Locale.getDefault();
	private final ValueFormat format = new ValueFormat(locale);
	private Services services;
	private LocalResourceManager resources;
	private ScrolledComposite scroller;
	private Composite content;
	private Label header;
	private Label state;
	private Composite tileRow;
	private final Map<String, TileControl> tiles = new LinkedHashMap<>();
	private final Map<SurveyKind, Chart> distributionCharts = new LinkedHashMap<>();
	private Chart channelChart;
	private LatestRequest<SurveyResults> requests;
	private ReportContext context;
	private Optional<MetricLabels> labels = Optional.empty();
	private Optional<SurveyResults> shown = Optional.empty();
	private final ReportContext.Listener listener = new ReportContext.Listener() {
		@Override
		public void sessionChanged(WorkspaceSession session) {
			labels = Optional.empty();
		}

		@Override
		public void scopeChanged(ReportScope scope) {
			refresh();
		}

		@Override
		public void factsChanged(WorkspaceSession session) {
			refresh();
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		services = new Services();
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		content = new Composite(scroller, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 8;
		layout.marginHeight = 6;
		layout.verticalSpacing = 10;
		content.setLayout(layout);
		scroller.setContent(content);
		scroller.addListener(SWT.Resize, e -> fit());

		Composite top = new Composite(content, SWT.NONE);
		GridLayout topLayout = new GridLayout(2, false);
		topLayout.marginWidth = 0;
		topLayout.marginHeight = 0;
		top.setLayout(topLayout);
		top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		header = new Label(top, SWT.NONE);
		header.setFont(JFaceResources.getBannerFont());
		header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		header.setText(Messages.Surveys_empty);
		state = new Label(top, SWT.RIGHT);
		state.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
		state.setData(DashboardView.WIDGET_KEY, "surveys.state");

		tileRow = new Composite(content, SWT.NONE);
		GridLayout tileLayout = new GridLayout(3, true);
		tileLayout.marginWidth = 0;
		tileLayout.horizontalSpacing = 10;
		tileLayout.verticalSpacing = 10;
		tileRow.setLayout(tileLayout);
		tileRow.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		Composite charts = new Composite(content, SWT.NONE);
		GridLayout chartLayout = new GridLayout(4, true);
		chartLayout.marginWidth = 0;
		charts.setLayout(chartLayout);
		charts.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		for (SurveyKind kind : List.of(SurveyKind.CSAT, SurveyKind.NPS, SurveyKind.CES)) {
			distributionCharts.put(kind, chart(charts, "surveys.chart." + kind.wire()));
		}
		channelChart = chart(charts, "surveys.chart.channels");
		// six channel names under four narrow charts: slanted, they do not run into each other
		channelChart.getAxisSet().getXAxis(0).getTick().setTickLabelAngle(35);

		requests = new LatestRequest<>(scroller, Messages.Job_surveys);
		context = ReportContext.of(getSite().getWorkbenchWindow());
		context.addListener(listener);
		ReportExport.addAction(this, "surveys", builder -> shown
				.filter(r -> r.status() == DashboardResponse.Status.COMPLETED).map(builder::surveys),
				() -> context.session(), () -> shown.map(SurveyResults::scope));
		refresh();
	}

	private Chart chart(Composite parent, String key) {
		Chart chart = new Chart(parent, SWT.NONE);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
		data.heightHint = 230;
		data.minimumWidth = 180;
		chart.setLayoutData(data);
		chart.setData(DashboardView.WIDGET_KEY, key);
		chart.getTitle().setFont(JFaceResources.getDialogFont());
		chart.getTitle().setText(Messages.Dashboard_computing);
		chart.getLegend().setVisible(false);
		IAxis x = chart.getAxisSet().getXAxis(0);
		x.getTitle().setVisible(false);
		x.enableCategory(true);
		chart.getAxisSet().getYAxis(0).getTitle().setVisible(false);
		return chart;
	}

	private void fit() {
		scroller.setMinSize(content.computeSize(scroller.getClientArea().width, SWT.DEFAULT));
	}

	@Override
	public void setFocus() {
		scroller.setFocus();
	}

	@Override
	public void dispose() {
		if (context != null) {
			context.removeListener(listener);
		}
		if (requests != null) {
			requests.cancel();
		}
		services.close();
		super.dispose();
	}

	/** Computes the section for the dashboard's scope; a request still running is cancelled and dropped. */
	public void refresh() {
		Optional<WorkspaceSession> session = context.session();
		Optional<ReportScope> scope = context.scope();
		Optional<KpiEngine> engine = services.engineNow();
		if (session.isEmpty() || scope.isEmpty() || engine.isEmpty()) {
			return;
		}
		if (labels.isEmpty()) {
			labels = Optional.of(new MetricLabels(engine.get().metrics(), locale));
		}
		WorkspaceSession open = session.get();
		SurveyResultsProvider provider = new SurveyResultsProvider(engine.get());
		state.setText(Messages.Dashboard_computing);
		requests.submit(cancelled -> provider.compute(open, scope.get(), cancelled), results -> render(open, results));
	}

	private void render(WorkspaceSession open, SurveyResults results) {
		shown = Optional.of(results);
		switch (results.status()) {
		case COMPLETED -> {
			DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
					.withLocale(locale).withZone(open.zone());
			Period period = results.scope().period();
			header.setText(NLS.bind(Messages.Surveys_header, new Object[] { open.name(), dates.format(period.from()),
					dates.format(period.to()) }));
			showTiles(results.tiles());
			for (SurveyResults.Distribution distribution : results.distributions()) {
				showDistribution(distributionCharts.get(distribution.kind()), distribution);
			}
			showChannels(results.channels());
			state.setText("");
		}
		case FAILED -> state.setText(NLS.bind(Messages.Dashboard_failed, results.reason().orElse("")));
		case CANCELLED -> {
			// a newer request replaced it; that one renders
		}
		}
		content.layout(true, true);
		fit();
	}

	private void showTiles(List<Tile> computed) {
		for (Tile tile : computed) {
			TileControl control = tiles.computeIfAbsent(tile.metric(), metric -> {
				TileControl created = new TileControl(tileRow, metric);
				created.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
				return created;
			});
			control.show(tile, labels.map(l -> l.label(tile.labelKey(), tile.metric())).orElse(tile.metric()), format);
		}
	}

	private void showDistribution(Chart chart, SurveyResults.Distribution distribution) {
		String[] scores = new String[distribution.counts().size()];
		for (int i = 0; i < scores.length; i++) {
			scores[i] = Integer.toString(distribution.lowest() + i);
		}
		String title = switch (distribution.kind()) {
		case CSAT -> Messages.Surveys_csatSpread;
		case NPS -> Messages.Surveys_npsSpread;
		case CES -> Messages.Surveys_cesSpread;
		case CSI -> "";
		};
		// three colours tell the scale's readings apart: dissatisfied, neutral, satisfied (NPS: detractors,
		// passives, promoters; CES: hard, neutral, easy)
		int[] split = switch (distribution.kind()) {
		case CSAT -> new int[] { 2, 3 };
		case NPS -> new int[] { 6, 8 };
		case CES -> new int[] { 3, 4 };
		case CSI -> new int[] { 0, 0 };
		};
		double[][] bands = new double[3][scores.length];
		for (int i = 0; i < scores.length; i++) {
			int score = distribution.lowest() + i;
			int band = score <= split[0] ? 0 : score <= split[1] ? 1 : 2;
			bands[band][i] = distribution.counts().get(i);
		}
		draw(chart, NLS.bind(title, format.count(distribution.answers())), scores,
				List.of(bands[0], bands[1], bands[2]), List.of(LOW, MIDDLE, HIGH), false);
	}

	private void showChannels(List<SurveyResults.ChannelRate> channels) {
		String[] names = channels.stream().map(c -> DashboardView.channelLabel(c.channel().wire())).toArray(String[]::new);
		double[] rates = channels.stream().mapToDouble(c -> 100 * c.rate()).toArray();
		draw(channelChart, Messages.Surveys_responseRates, names.length == 0 ? new String[] { "" } : names,
				List.of(names.length == 0 ? new double[1] : rates), List.of(BAR), true);
	}

	/** Draws stacked bars, one series per colour, over {@code categories}. */
	private void draw(Chart chart, String title, String[] categories, List<double[]> series, List<RGB> colours,
			boolean percent) {
		chart.suspendUpdate(true);
		try {
			for (ISeries<?> old : chart.getSeriesSet().getSeries()) {
				chart.getSeriesSet().deleteSeries(old.getId());
			}
			chart.getTitle().setText(title);
			IAxis x = chart.getAxisSet().getXAxis(0);
			x.setCategorySeries(categories);
			double high = 0;
			double[] sums = new double[categories.length];
			for (int s = 0; s < series.size(); s++) {
				IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, "s" + s);
				bars.setYSeries(series.get(s));
				bars.setBarColor(resources.create(ColorDescriptor.createFrom(colours.get(s))));
				bars.enableStack(true);
				bars.setBarPadding(20);
				for (int i = 0; i < categories.length; i++) {
					sums[i] += series.get(s)[i];
					high = Math.max(high, sums[i]);
				}
			}
			x.adjustRange();
			chart.getAxisSet().getYAxis(0).setRange(new Range(0, percent ? 100 : Math.max(1, high * 1.1)));
		} finally {
			chart.suspendUpdate(false);
			chart.redraw();
		}
	}

	/** @return what the view shows now, for tests */
	public Optional<SurveyResults> shown() {
		return shown;
	}
}
