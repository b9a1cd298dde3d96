package org.carelens.internal.reports.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;
import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.KpiEngine;
import org.carelens.reports.core.Choice;
import org.carelens.reports.core.DashboardProvider;
import org.carelens.reports.core.DashboardRequest;
import org.carelens.reports.core.DashboardResponse;
import org.carelens.reports.core.Period;
import org.carelens.reports.core.PeriodPreset;
import org.carelens.reports.core.Tile;
import org.carelens.reports.core.WorkspaceSession;
import org.carelens.reports.export.ReportDefinition;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * The KPI dashboard: a filter bar and a grid of tiles computed by a {@link DashboardProvider} in a cancellable job;
 * the latest request wins, the UI thread only renders.
 */
public final class DashboardView extends ViewPart {

	public static final String ID = "org.carelens.reports.ui.views.dashboard";
	/** The key of {@code setData} that names widgets for tests. */
	public static final String WIDGET_KEY = "org.carelens.widget";
	private static final int COLUMNS = 4;
	private static final List<Dimension> FILTERS = List.of(Dimension.CHANNEL, Dimension.SITE, Dimension.TEAM,
			Dimension.AGENT);

	private final Locale locale = Locale.getDefault();
	private final ValueFormat format = new ValueFormat(locale);
	private Services services;
	private Composite stack;
	private StackLayout stackLayout;
	private Composite empty;
	private Label emptyText;
	private Button demoButton;
	/** The demo workspace being created, while it is. */
	private DemoWorkspaceJob creatingDemo;
	private Composite dashboard;
	private Label header;
	private Label state;
	private Combo period;
	private DateTime first;
	private DateTime last;
	private Composite customDates;
	private final Map<Dimension, Combo> combos = new EnumMap<>(Dimension.class);
	private final Map<Dimension, List<Choice>> choices = new EnumMap<>(Dimension.class);
	private ScrolledComposite scroller;
	/** What the scroller scrolls: the tiles' grid and the charts below it. */
	private Composite content;
	private Composite grid;
	private final Map<String, TileControl> tileControls = new LinkedHashMap<>();
	private Optional<WorkspaceSession> session = Optional.empty();
	private Optional<MetricLabels> labels = Optional.empty();
	private Optional<DashboardResponse> shown = Optional.empty();
	private LatestRequest<DashboardResponse> requests;
	private ReportContext context;
	/** A recorded review changes the facts: computed again, with "now" moved on so that the review counts. */
	private final ReportContext.Listener factsListener = new ReportContext.Listener() {
		@Override
		public void factsChanged(WorkspaceSession session) {
			refresh();
		}
	};
	/** While the filter bar is filled for a new workspace: its widgets' events are not requests. */
	private boolean filling;

	@Override
	public void createPartControl(Composite parent) {
		services = new Services();
		stack = new Composite(parent, SWT.NONE);
		stackLayout = new StackLayout();
		stack.setLayout(stackLayout);
		createEmpty();
		createDashboard();
		stackLayout.topControl = empty;
		requests = new LatestRequest<>(stack, Messages.Job_dashboard);
		context = ReportContext.of(getSite().getWorkbenchWindow());
		context.addListener(factsListener);
		createCharts();
	}

	private void createEmpty() {
		empty = new Composite(stack, SWT.NONE);
		empty.setLayout(new GridLayout(1, false));
		Composite centre = new Composite(empty, SWT.NONE);
		centre.setLayoutData(new GridData(SWT.CENTER, SWT.CENTER, true, true));
		GridLayout layout = new GridLayout(2, false);
		layout.verticalSpacing = 12;
		centre.setLayout(layout);
		Label title = new Label(centre, SWT.NONE);
		title.setText(Messages.Dashboard_emptyTitle);
		title.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
		title.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		emptyText = new Label(centre, SWT.WRAP);
		emptyText.setText(Messages.Dashboard_emptyText);
		GridData text = new GridData(SWT.FILL, SWT.CENTER, false, false, 2, 1);
		text.widthHint = 560;
		emptyText.setLayoutData(text);
		emptyText.setData(WIDGET_KEY, "emptyText");
		Button open = new Button(centre, SWT.PUSH);
		open.setText(Messages.Dashboard_open);
		open.addListener(SWT.Selection, e -> chooseWorkspace());
		demoButton = new Button(centre, SWT.PUSH);
		demoButton.setText(Messages.Dashboard_openDemo);
		demoButton.addListener(SWT.Selection, e -> openDemo());
	}

	private void createDashboard() {
		dashboard = new Composite(stack, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 8;
		layout.marginHeight = 6;
		dashboard.setLayout(layout);

		Composite bar = new Composite(dashboard, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		GridLayout barLayout = new GridLayout(2 + 2 * FILTERS.size() + 1, false);
		barLayout.marginWidth = 0;
		barLayout.horizontalSpacing = 6;
		bar.setLayout(barLayout);
		new Label(bar, SWT.NONE).setText(Messages.Dashboard_period);
		period = new Combo(bar, SWT.READ_ONLY);
		period.setData(WIDGET_KEY, "period");
		for (PeriodPreset preset : PeriodPreset.values()) {
			period.add(presetLabel(preset));
		}
		period.add(Messages.Period_CUSTOM);
		period.select(ReportPreferences.defaultPeriod().ordinal());
		period.addListener(SWT.Selection, e -> {
			boolean custom = period.getSelectionIndex() == PeriodPreset.values().length;
			customDates.setVisible(custom);
			((GridData) customDates.getLayoutData()).exclude = !custom;
			dashboard.layout(true, true);
			refresh();
		});
		for (Dimension dimension : FILTERS) {
			Label label = new Label(bar, SWT.NONE);
			label.setText(filterLabel(dimension));
			GridData labelData = new GridData();
			labelData.horizontalIndent = 10;
			label.setLayoutData(labelData);
			Combo combo = new Combo(bar, SWT.READ_ONLY);
			combo.setData(WIDGET_KEY, "filter." + dimension.key());
			GridData data = new GridData();
			data.widthHint = dimension == Dimension.CHANNEL ? 120 : 170;
			combo.setLayoutData(data);
			combo.setVisibleItemCount(20);
			combo.addListener(SWT.Selection, e -> refresh());
			combos.put(dimension, combo);
		}
		state = new Label(bar, SWT.RIGHT);
		state.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		state.setData(WIDGET_KEY, "state");

		customDates = new Composite(dashboard, SWT.NONE);
		GridData customData = new GridData(SWT.LEFT, SWT.TOP, false, false);
		customData.exclude = true;
		customDates.setLayoutData(customData);
		customDates.setVisible(false);
		GridLayout customLayout = new GridLayout(4, false);
		customLayout.marginWidth = 0;
		customDates.setLayout(customLayout);
		new Label(customDates, SWT.NONE).setText(Messages.Dashboard_from);
		first = new DateTime(customDates, SWT.DATE | SWT.DROP_DOWN | SWT.MEDIUM);
		new Label(customDates, SWT.NONE).setText(Messages.Dashboard_to);
		last = new DateTime(customDates, SWT.DATE | SWT.DROP_DOWN | SWT.MEDIUM);
		first.addListener(SWT.Selection, e -> refresh());
		last.addListener(SWT.Selection, e -> refresh());

		header = new Label(dashboard, SWT.NONE);
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		header.setData(WIDGET_KEY, "header");
		header.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());

		scroller = new ScrolledComposite(dashboard, SWT.V_SCROLL);
		scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		content = new Composite(scroller, SWT.NONE);
		GridLayout contentLayout = new GridLayout(1, false);
		contentLayout.marginWidth = 0;
		contentLayout.marginHeight = 0;
		contentLayout.verticalSpacing = 10;
		content.setLayout(contentLayout);
		grid = new Composite(content, SWT.NONE);
		grid.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		GridLayout gridLayout = new GridLayout(COLUMNS, true);
		gridLayout.marginWidth = 0;
		gridLayout.horizontalSpacing = 10;
		gridLayout.verticalSpacing = 10;
		grid.setLayout(gridLayout);
		scroller.setContent(content);
		scroller.addListener(SWT.Resize, e -> fitGrid());
	}

	private void fitGrid() {
		int width = scroller.getClientArea().width;
		scroller.setMinSize(content.computeSize(width, SWT.DEFAULT));
	}

	private static String presetLabel(PeriodPreset preset) {
		return switch (preset) {
		case TODAY -> Messages.Period_TODAY;
		case THIS_WEEK -> Messages.Period_THIS_WEEK;
		case LAST_7_DAYS -> Messages.Period_LAST_7_DAYS;
		case LAST_30_DAYS -> Messages.Period_LAST_30_DAYS;
		case THIS_MONTH -> Messages.Period_THIS_MONTH;
		case THIS_QUARTER -> Messages.Period_THIS_QUARTER;
		};
	}

	private static String filterLabel(Dimension dimension) {
		return switch (dimension) {
		case CHANNEL -> Messages.Dashboard_channel;
		case SITE -> Messages.Dashboard_site;
		case TEAM -> Messages.Dashboard_team;
		default -> Messages.Dashboard_agent;
		};
	}

	static String channelLabel(String wire) {
		return switch (ChannelKind.valueOf(wire)) {
		case VOICE -> Messages.Channel_VOICE;
		case CHAT -> Messages.Channel_CHAT;
		case EMAIL -> Messages.Channel_EMAIL;
		case SOCIAL -> Messages.Channel_SOCIAL;
		case APP -> Messages.Channel_APP;
		case IN_PERSON -> Messages.Channel_IN_PERSON;
		};
	}

	@Override
	public void setFocus() {
		stack.setFocus();
	}

	@Override
	public void dispose() {
		if (context != null) {
			context.removeListener(factsListener);
		}
		if (requests != null) {
			requests.cancel();
		}
		services.close();
		super.dispose();
	}

	/** Asks for a workspace folder and opens it. */
	void chooseWorkspace() {
		DirectoryDialog dialog = new DirectoryDialog(getSite().getShell());
		dialog.setText(Messages.Dashboard_openDialog);
		String chosen = dialog.open();
		if (chosen != null) {
			open(Path.of(chosen));
		}
	}

	/** Opens the demo workspace, creating it first when it does not exist. */
	public Job openDemo() {
		Path directory = DemoWorkspaceJob.directory();
		if (Files.isDirectory(directory) && Files.exists(directory.resolve("workspace.carelens"))) {
			return open(directory);
		}
		if (creatingDemo != null) {
			return creatingDemo; // a second generator on the same folder would fight the first for its files
		}
		DemoWorkspaceJob job = new DemoWorkspaceJob(directory, services);
		creatingDemo = job;
		demoButton.setEnabled(false);
		emptyText.setText(Messages.Job_demo + "\u2026");
		job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
			@Override
			public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
				asyncRender(() -> {
					creatingDemo = null;
					demoButton.setEnabled(true);
					if (event.getResult().isOK()) {
						open(directory);
					} else {
						emptyText.setText(Messages.Dashboard_emptyText); // the job reports its failure itself
					}
				});
			}
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	/** Opens the workspace in {@code directory} in a job; the dashboard fills when its facts are loaded. */
	public Job open(Path directory) {
		state.setText(NLS.bind(Messages.Job_open, directory.getFileName()));
		if (session.isEmpty()) {
			emptyText.setText(NLS.bind(Messages.Job_open, directory) + "\u2026");
			empty.layout(true, true);
		}
		OpenWorkspaceJob job = new OpenWorkspaceJob(directory, services, loaded -> asyncRender(() -> show(loaded)),
				message -> asyncRender(() -> {
					state.setText(message);
					emptyText.setText(message);
				}));
		job.setUser(true);
		job.schedule();
		return job;
	}

	private void asyncRender(Runnable render) {
		LatestRequest.asyncRender(stack, render);
	}

	private void show(WorkspaceSession opened) {
		session = Optional.of(opened);
		context.setSession(opened);
		// the session was opened with the engine, so it is there
		labels = services.engineNow().map(engine -> new MetricLabels(engine.metrics(), locale));
		filling = true;
		choices.clear();
		choices.putAll(opened.choices());
		for (Dimension dimension : FILTERS) {
			Combo combo = combos.get(dimension);
			combo.removeAll();
			combo.add(Messages.Dashboard_all);
			for (Choice choice : choices.getOrDefault(dimension, List.of())) {
				combo.add(dimension == Dimension.CHANNEL ? channelLabel(choice.value()) : choice.label());
			}
			combo.select(0);
		}
		LocalDate today = LocalDate.now(opened.zone());
		first.setDate(today.getYear(), today.getMonthValue() - 1, 1);
		last.setDate(today.getYear(), today.getMonthValue() - 1, today.getDayOfMonth());
		tiles = services.engineNow()
				.flatMap(engine -> ReportPreferences.tiles(opened.directory(),
						engine.metrics().stream().map(m -> m.info().id()).toList()))
				.filter(chosen -> !chosen.isEmpty()).orElse(DashboardRequest.DEFAULT_METRICS);
		buildTiles();
		chooseTiles.setEnabled(true);
		filling = false;
		stackLayout.topControl = dashboard;
		stack.layout(true, true);
		refresh();
	}

	/** @return the request the filter bar describes now */
	public Optional<DashboardRequest> request() {
		if (session.isEmpty()) {
			return Optional.empty();
		}
		WorkspaceSession open = session.get();
		Period chosen;
		int index = period.getSelectionIndex();
		if (index >= 0 && index < PeriodPreset.values().length) {
			chosen = PeriodPreset.values()[index].resolve(Instant.now(), open.zone());
		} else {
			LocalDate from = LocalDate.of(first.getYear(), first.getMonth() + 1, first.getDay());
			LocalDate to = LocalDate.of(last.getYear(), last.getMonth() + 1, last.getDay());
			chosen = to.isBefore(from) ? PeriodPreset.custom(to, from, open.zone())
					: PeriodPreset.custom(from, to, open.zone());
		}
		DashboardRequest request = new DashboardRequest(chosen, Map.of(), tiles);
		for (Dimension dimension : FILTERS) {
			int selected = combos.get(dimension).getSelectionIndex();
			List<Choice> values = choices.getOrDefault(dimension, List.of());
			Optional<String> kept = selected > 0 && selected <= values.size()
					? Optional.of(values.get(selected - 1).value()) : Optional.empty();
			request = request.withFilter(dimension, kept);
		}
		return Optional.of(request);
	}

	/** Computes the dashboard for the filter bar as it is; a request still running is cancelled and dropped. */
	public void refresh() {
		if (filling) {
			return;
		}
		Optional<DashboardRequest> request = request();
		Optional<KpiEngine> engine = services.engineNow();
		if (request.isEmpty() || engine.isEmpty()) {
			return;
		}
		WorkspaceSession open = session.get();
		DashboardProvider provider = new DashboardProvider(engine.get());
		state.setText(Messages.Dashboard_computing);
		context.setScope(request.get().scope());
		requests.submit(cancelled -> provider.compute(open, request.get(), cancelled),
				response -> render(open, response));
	}

	private void render(WorkspaceSession open, DashboardResponse response) {
		shown = Optional.of(response);
		switch (response.status()) {
		case COMPLETED -> {
			DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
					.withLocale(locale).withZone(open.zone());
			Period p = response.request().period();
			Period before = p.previous();
			header.setText(NLS.bind(Messages.Dashboard_header, new Object[] { open.name(), dates.format(p.from()),
					dates.format(p.to()), dates.format(before.from()), dates.format(before.to()) }));
			for (Tile tile : response.tiles()) {
				TileControl control = tileControls.get(tile.metric());
				if (control != null) {
					control.show(tile, labels.map(l -> l.label(tile.labelKey(), tile.metric())).orElse(tile.metric()),
							format);
				}
			}
			state.setText("");
		}
		case FAILED -> state.setText(NLS.bind(Messages.Dashboard_failed, response.reason().orElse("")));
		case CANCELLED -> {
			// a newer request replaced it; that one renders
		}
		}
		dashboard.layout(true, true);
		fitGrid();
	}

	/** @return the response the tiles show now, for tests */
	public Optional<DashboardResponse> shown() {
		return shown;
	}

	/** @return the value text of each tile, by metric id, for tests */
	public Map<String, String> valueTexts() {
		Map<String, String> texts = new LinkedHashMap<>();
		tileControls.forEach((metric, control) -> texts.put(metric, control.valueText()));
		return texts;
	}

	/** @return the combo of a filter, for tests */
	public Combo filter(Dimension dimension) {
		return combos.get(dimension);
	}

	/** @return the open session, for tests */
	public Optional<WorkspaceSession> session() {
		return session;
	}

	// Charts under the tiles, the trend of a clicked tile, and the choice of tiles (kept per workspace)

	private ChartsPanel charts;
	/** The metrics of the tiles, in order: the workspace's choice, else the defaults. */
	private List<String> tiles = DashboardRequest.DEFAULT_METRICS;
	private Optional<String> selectedTile = Optional.empty();
	private org.eclipse.jface.action.Action chooseTiles;
	private ReportActions reportActions;

	private void createCharts() {
		charts = new ChartsPanel(content, context, services::engineNow, format, this::fitGrid);
		charts.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		chooseTiles = new org.eclipse.jface.action.Action(Messages.Dashboard_chooseTiles) {
			@Override
			public void run() {
				chooseTiles();
			}
		};
		chooseTiles.setToolTipText(Messages.Dashboard_chooseTilesHint);
		chooseTiles.setEnabled(false);
		getViewSite().getActionBars().getToolBarManager().add(chooseTiles);
		getViewSite().getActionBars().getMenuManager().add(chooseTiles);
		reportActions = new ReportActions(this, services);
		for (org.eclipse.jface.action.Action action : reportActions.actions()) {
			getViewSite().getActionBars().getToolBarManager().add(action);
			getViewSite().getActionBars().getMenuManager().add(action);
		}
		getViewSite().getActionBars().updateActionBars();
	}

	/** @return Export..., Save Report... and Run Report... of the dashboard */
	public ReportActions reportActions() {
		return reportActions;
	}

	/** @return the period of the filter bar as a saved report keeps it: the preset chosen, or the days */
	ReportDefinition.ReportPeriod reportPeriod() {
		int index = period.getSelectionIndex();
		if (index >= 0 && index < PeriodPreset.values().length) {
			return new ReportDefinition.ReportPeriod.Preset(PeriodPreset.values()[index]);
		}
		LocalDate from = LocalDate.of(first.getYear(), first.getMonth() + 1, first.getDay());
		LocalDate to = LocalDate.of(last.getYear(), last.getMonth() + 1, last.getDay());
		return to.isBefore(from) ? new ReportDefinition.ReportPeriod.Days(to, from)
				: new ReportDefinition.ReportPeriod.Days(from, to);
	}

	private void buildTiles() {
		for (TileControl control : tileControls.values()) {
			control.dispose();
		}
		tileControls.clear();
		charts.hideTrend();
		for (String metric : tiles) {
			TileControl control = new TileControl(grid, metric);
			control.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
			control.setToolTipText(Messages.Tile_clickForTrend);
			control.onDrill(() -> showConversations(metric));
			// a single click shows the trend; a double click (drill-down) starts with one too, which is harmless
			org.eclipse.swt.widgets.Listener click = e -> {
				if (e.button == 1) {
					showTrend(metric);
				}
			};
			control.addListener(SWT.MouseUp, click);
			for (org.eclipse.swt.widgets.Control child : control.getChildren()) {
				child.addListener(SWT.MouseUp, click);
			}
			tileControls.put(metric, control);
		}
		grid.layout(true, true);
		fitGrid();
	}

	/** Shows the trend of a tile's metric under the tiles and marks the tile selected. */
	public void showTrend(String metric) {
		if (!tileControls.containsKey(metric)) {
			return;
		}
		selectedTile.map(tileControls::get).ifPresent(tile -> tile.setSelected(false));
		selectedTile = Optional.of(metric);
		tileControls.get(metric).setSelected(true);
		charts.showTrend(metric, metricLabel(metric), () -> {
			selectedTile.map(tileControls::get).ifPresent(tile -> tile.setSelected(false));
			selectedTile = Optional.empty();
		});
		fitGrid();
		// scroll only as far as needed to show the trend: the tiles above stay in sight as far as they fit
		org.eclipse.swt.graphics.Rectangle shown = charts.trendBounds();
		int bottom = charts.getLocation().y + shown.y + shown.height;
		int viewport = scroller.getClientArea().height;
		scroller.setOrigin(0, Math.max(scroller.getOrigin().y, bottom - viewport));
	}

	private String metricLabel(String metric) {
		return services.engineNow().flatMap(engine -> engine.metrics().stream()
				.filter(m -> m.info().id().equals(metric)).findFirst())
				.flatMap(m -> labels.map(l -> l.label(m.info().labelKey(), metric))).orElse(metric);
	}

	/** Opens the tile checklist; the choice is kept for this workspace and shown at once. */
	void chooseTiles() {
		Optional<KpiEngine> engine = services.engineNow();
		if (session.isEmpty() || engine.isEmpty()) {
			return;
		}
		Map<String, String> names = new LinkedHashMap<>();
		engine.get().metrics().forEach(m -> names.put(m.info().id(), metricLabel(m.info().id())));
		ChooseTilesDialog dialog = new ChooseTilesDialog(getSite().getShell(), names, tiles,
				DashboardRequest.DEFAULT_METRICS);
		if (dialog.open() == org.eclipse.jface.window.Window.OK) {
			setTiles(dialog.chosen());
		}
	}

	/** Shows {@code metrics} as the tiles, in order, and keeps the choice for the open workspace. */
	public void setTiles(List<String> metrics) {
		if (session.isEmpty() || metrics.isEmpty()) {
			return;
		}
		ReportPreferences.setTiles(session.get().directory(), metrics);
		tiles = List.copyOf(metrics);
		selectedTile = Optional.empty();
		buildTiles();
		refresh();
	}

	/** @return the metrics of the tiles, in order, for tests */
	public List<String> tiles() {
		return tiles;
	}

	/** @return the charts' data shown under the tiles now, for tests */
	public Optional<org.carelens.reports.core.ChartsResponse> shownCharts() {
		return charts.shownCharts();
	}

	/** @return the trend shown now, for tests */
	public Optional<org.carelens.reports.core.TrendResponse> shownTrend() {
		return charts.shownTrend();
	}

	/** @return the channel mix doughnut's slice values as drawn, for tests */
	public double[] channelMixValues() {
		return charts.channelMixValues();
	}

	/** @return the values of a series as drawn: chart "trend", "responseTimes" or "flow", for tests */
	public Optional<double[]> chartSeries(String chart, String series) {
		return charts.seriesValues(chart, series);
	}

	/** @return the tile whose trend is shown, for tests */
	public Optional<String> selectedTile() {
		return selectedTile.filter(metric -> tileControls.get(metric) != null && tileControls.get(metric).isSelected());
	}

	/** @return a period preset's name in the UI language */
	static String presetName(PeriodPreset preset) {
		return presetLabel(preset);
	}

	/** Lists the conversations behind a tile's number, for the scope the dashboard shows. */
	private void showConversations(String metric) {
		context.scope().ifPresent(scope -> ConversationsView.show(getSite().getWorkbenchWindow(),
				org.carelens.reports.core.DrillDownRequest.of(scope, metric)));
	}
}
