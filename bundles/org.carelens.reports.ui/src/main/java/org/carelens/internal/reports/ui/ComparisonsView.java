package org.carelens.internal.reports.ui;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.carelens.core.api.targets.TargetDirection;
import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.KpiEngine;
import org.carelens.kpi.api.MetricInfo;
import org.carelens.reports.core.DashboardResponse;
import org.carelens.reports.core.BenchmarkCsvException;
import org.carelens.reports.core.BenchmarkFile;
import org.carelens.reports.core.Benchmarks;
import org.carelens.reports.core.ComparisonCsv;
import org.carelens.reports.core.ComparisonProvider;
import org.carelens.reports.core.ComparisonRequest;
import org.carelens.reports.core.ComparisonResponse;
import org.carelens.reports.core.ComparisonResponse.Cell;
import org.carelens.reports.core.ComparisonResponse.Segment;
import org.carelens.reports.core.DashboardRequest;
import org.carelens.reports.core.Period;
import org.carelens.reports.core.ReportScope;
import org.carelens.reports.core.WorkspaceSession;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;

/**
 * The Comparisons view: the agents, teams, managers, sites or channels of the dashboard's scope side by side, one
 * column per metric (value coloured by status, rank, change against the previous period, benchmark), sortable, with
 * a bar chart of one metric against its target. Computed by a {@link ComparisonProvider} in a cancellable job; the
 * latest request wins, the UI thread only renders.
 */
public final class ComparisonsView extends ViewPart {

	public static final String ID = ReportPerspective.COMPARISONS_VIEW;
	/** The dimensions a supervisor compares by, in the selector's order. */
	public static final List<Dimension> DIMENSIONS = List.of(Dimension.AGENT, Dimension.TEAM, Dimension.MANAGER,
			Dimension.SITE, Dimension.CHANNEL);
	private static final RGB TEXT_MUTED = new RGB(96, 96, 96);
	private static final int METRIC_COLUMN_WIDTH = 150;

	private final Locale locale = Locale.getDefault();
	private final ValueFormat format = new ValueFormat(locale);
	private Services services;
	private LocalResourceManager resources;
	private Composite stack;
	private StackLayout stackLayout;
	private Composite empty;
	private Composite content;
	private Combo by;
	private Combo chartMetric;
	private Label state;
	private Label header;
	private Label legend;
	private Table table;
	private ComparisonChart chart;
	private Font bold;
	private LatestRequest<Computed> requests;
	private ReportContext context;
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
	private Optional<MetricLabels> labels = Optional.empty();
	private Optional<ComparisonResponse> shown = Optional.empty();
	/** The metric the rows are sorted by; empty for the segments' names. */
	private Optional<String> sortMetric = Optional.empty();
	private boolean ascending = true;

	/** A comparison and what went wrong with the workspace's benchmarks, if anything. */
	private record Computed(ComparisonResponse response, Optional<String> benchmarkProblem) {
	}

	@Override
	public void createPartControl(Composite parent) {
		services = new Services();
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		bold = resources.create(JFaceResources.getDefaultFontDescriptor().setStyle(SWT.BOLD));
		stack = new Composite(parent, SWT.NONE);
		stackLayout = new StackLayout();
		stack.setLayout(stackLayout);
		createEmpty();
		createContent();
		stackLayout.topControl = empty;
		requests = new LatestRequest<>(stack, Messages.Job_comparisons);
		createActions();
		context = ReportContext.of(getSite().getWorkbenchWindow());
		context.addListener(listener);
		refresh();
	}

	private void createEmpty() {
		empty = new Composite(stack, SWT.NONE);
		empty.setLayout(new GridLayout(1, false));
		Composite centre = new Composite(empty, SWT.NONE);
		centre.setLayoutData(new GridData(SWT.CENTER, SWT.CENTER, true, true));
		centre.setLayout(new GridLayout(1, false));
		Label title = new Label(centre, SWT.NONE);
		title.setText(Messages.Comparisons_emptyTitle);
		title.setFont(JFaceResources.getHeaderFont());
		Label text = new Label(centre, SWT.WRAP);
		text.setText(Messages.Comparisons_emptyText);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, false, false);
		data.widthHint = 520;
		text.setLayoutData(data);
	}

	private void createContent() {
		content = new Composite(stack, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 8;
		layout.marginHeight = 6;
		content.setLayout(layout);

		Composite bar = new Composite(content, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		GridLayout barLayout = new GridLayout(5, false);
		barLayout.marginWidth = 0;
		bar.setLayout(barLayout);
		new Label(bar, SWT.NONE).setText(Messages.Comparisons_by);
		by = new Combo(bar, SWT.READ_ONLY);
		by.setData(DashboardView.WIDGET_KEY, "comparisons.by");
		for (Dimension dimension : DIMENSIONS) {
			by.add(dimensionLabel(dimension));
		}
		by.select(DIMENSIONS.indexOf(Dimension.TEAM));
		by.addListener(SWT.Selection, e -> refresh());
		Label chartLabel = new Label(bar, SWT.NONE);
		chartLabel.setText(Messages.Comparisons_chart);
		GridData chartLabelData = new GridData();
		chartLabelData.horizontalIndent = 16;
		chartLabel.setLayoutData(chartLabelData);
		chartMetric = new Combo(bar, SWT.READ_ONLY);
		chartMetric.setData(DashboardView.WIDGET_KEY, "comparisons.chartMetric");
		chartMetric.setVisibleItemCount(20);
		GridData chartData = new GridData();
		chartData.widthHint = 260;
		chartMetric.setLayoutData(chartData);
		chartMetric.addListener(SWT.Selection, e -> shown.ifPresent(this::showChart));
		state = new Label(bar, SWT.RIGHT);
		state.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		state.setData(DashboardView.WIDGET_KEY, "comparisons.state");

		header = new Label(content, SWT.NONE);
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		header.setFont(JFaceResources.getBannerFont());

		// side by side: at 1366x768 the table keeps its height for the rows, the chart for its bars' names
		SashForm sash = new SashForm(content, SWT.HORIZONTAL | SWT.SMOOTH);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setData(DashboardView.WIDGET_KEY, "comparisons.table");
		table.addListener(SWT.MeasureItem, this::measure);
		table.addListener(SWT.EraseItem, e -> e.detail &= ~SWT.FOREGROUND);
		table.addListener(SWT.PaintItem, this::paint);
		table.addListener(SWT.MouseHover, this::hover);
		table.addListener(SWT.MouseMove, e -> table.setToolTipText(null));
		table.addListener(SWT.MouseDoubleClick, this::drill);
		chart = new ComparisonChart(sash, format);
		sash.setWeights(64, 36);

		legend = new Label(content, SWT.WRAP);
		legend.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
		legend.setForeground(resources.create(ColorDescriptor.createFrom(TEXT_MUTED)));
	}

	private void createActions() {
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		Action importAction = new Action(Messages.Comparisons_import) {
			@Override
			public void run() {
				chooseBenchmarks();
			}
		};
		importAction.setToolTipText(Messages.Comparisons_importTooltip);
		Action exportAction = new Action(Messages.Comparisons_export) {
			@Override
			public void run() {
				chooseExport();
			}
		};
		exportAction.setToolTipText(Messages.Comparisons_exportTooltip);
		toolBar.add(importAction);
		toolBar.add(exportAction);
		ReportExport.addAction(this, "comparison", builder -> shown
				.filter(r -> r.status() == DashboardResponse.Status.COMPLETED).map(builder::comparison),
				() -> context.session(), () -> shown.map(r -> r.request().scope()));
	}

	static String dimensionLabel(Dimension dimension) {
		return switch (dimension) {
		case AGENT -> Messages.Comparisons_byAGENT;
		case TEAM -> Messages.Comparisons_byTEAM;
		case MANAGER -> Messages.Comparisons_byMANAGER;
		case SITE -> Messages.Comparisons_bySITE;
		default -> Messages.Comparisons_byCHANNEL;
		};
	}

	@Override
	public void setFocus() {
		stack.setFocus();
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

	/** @return the dimension the selector shows */
	public Dimension dimension() {
		return DIMENSIONS.get(Math.max(0, by.getSelectionIndex()));
	}

	/** Compares by {@code dimension} from now on, and computes. */
	public void compareBy(Dimension dimension) {
		by.select(DIMENSIONS.indexOf(dimension));
		refresh();
	}

	/** Computes the comparison for the dashboard's scope as it is; a request still running is dropped. */
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
		ComparisonRequest request = new ComparisonRequest(scope.get(), dimension(), metricOrder(engine.get()));
		ComparisonProvider provider = new ComparisonProvider(engine.get());
		state.setText(Messages.Dashboard_computing);
		state.getParent().layout();
		requests.submit(cancelled -> {
			Map<String, MetricInfo> known = engine.get().metrics().stream().map(m -> m.info())
					.collect(Collectors.toMap(MetricInfo::id, Function.identity(), (a, b) -> a));
			Benchmarks benchmarks = Benchmarks.NONE;
			Optional<String> problem = Optional.empty();
			try {
				benchmarks = BenchmarkFile.load(open.directory(), known);
			} catch (IOException | BenchmarkCsvException e) {
				// a file edited by hand since its import: the comparison is still worth showing, without them
				problem = Optional.of(e.getMessage());
			}
			return new Computed(provider.compute(open, request, benchmarks, cancelled), problem);
		}, computed -> render(open, computed));
	}

	/** @return every installed metric, the dashboard's first in its order, then the others by id */
	private static List<String> metricOrder(KpiEngine engine) {
		List<String> order = new ArrayList<>();
		List<String> installed = engine.metrics().stream().map(m -> m.info().id()).sorted().toList();
		DashboardRequest.DEFAULT_METRICS.stream().filter(installed::contains).forEach(order::add);
		installed.stream().filter(id -> !order.contains(id)).forEach(order::add);
		return order;
	}

	private void render(WorkspaceSession open, Computed computed) {
		ComparisonResponse response = computed.response();
		switch (response.status()) {
		case COMPLETED -> {
			shown = Optional.of(response);
			stackLayout.topControl = content;
			DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
					.withLocale(locale).withZone(open.zone());
			Period p = response.request().scope().period();
			Period before = p.previous();
			header.setText(NLS.bind(Messages.Dashboard_header, new Object[] { open.name(), dates.format(p.from()),
					dates.format(p.to()), dates.format(before.from()), dates.format(before.to()) }));
			legend.setText(NLS.bind(Messages.Comparisons_legend,
					dimensionLabel(response.request().by()).toLowerCase(locale)));
			fillColumns(response);
			fillRows(response);
			fillChartMetrics(response);
			showChart(response);
			state.setText(computed.benchmarkProblem()
					.map(p2 -> NLS.bind(Messages.Comparisons_benchmarksBroken, firstLine(p2)))
					.orElse(response.segments().isEmpty() ? Messages.Comparisons_noRows : ""));
			state.setToolTipText(computed.benchmarkProblem().orElse(null));
		}
		case FAILED -> state.setText(NLS.bind(Messages.Comparisons_failed, response.reason().orElse("")));
		case CANCELLED -> {
			// a newer request replaced it; that one renders
		}
		}
		stack.layout(true, true);
	}

	private static String firstLine(String text) {
		int end = text.indexOf('\n');
		return end < 0 ? text : text.substring(0, end) + " \u2026";
	}

	private String metricLabel(MetricInfo info) {
		return labels.map(l -> l.label(info.labelKey(), info.id())).orElse(info.id());
	}

	private void fillColumns(ComparisonResponse response) {
		List<String> wanted = new ArrayList<>();
		response.metrics().forEach(m -> wanted.add(m.id()));
		List<String> have = new ArrayList<>();
		for (TableColumn column : table.getColumns()) {
			if (column.getData() instanceof String id) {
				have.add(id);
			}
		}
		if (table.getColumnCount() > 0 && have.equals(wanted)) {
			table.getColumn(0).setText(dimensionLabel(response.request().by()));
			return;
		}
		for (TableColumn column : table.getColumns()) {
			column.dispose();
		}
		TableColumn segment = new TableColumn(table, SWT.LEFT);
		segment.setText(dimensionLabel(response.request().by()));
		segment.setWidth(200);
		segment.addListener(SWT.Selection, e -> sortBy(Optional.empty(), segment));
		for (MetricInfo info : response.metrics()) {
			TableColumn column = new TableColumn(table, SWT.RIGHT);
			column.setData(info.id());
			column.setText(metricLabel(info));
			column.setToolTipText(metricLabel(info) + " [" + ComparisonCsv.unit(info.unit()) + "]");
			column.setWidth(METRIC_COLUMN_WIDTH); // then fitted to the header and the cells
			column.setMoveable(true);
			column.addListener(SWT.Selection, e -> sortBy(Optional.of(info.id()), column));
		}
	}

	private void sortBy(Optional<String> metric, TableColumn column) {
		if (metric.equals(sortMetric)) {
			ascending = !ascending;
		} else {
			sortMetric = metric;
			ascending = metric.map(id -> shown.flatMap(r -> info(r, id)).map(i -> i.direction()
					== TargetDirection.LOWER_IS_BETTER).orElse(true)).orElse(true);
		}
		table.setSortColumn(column);
		table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
		metric.ifPresent(id -> {
			shown.flatMap(r -> info(r, id)).ifPresent(i -> chartMetric.select(chartMetric.indexOf(metricLabel(i))));
		});
		shown.ifPresent(r -> {
			fillRows(r);
			showChart(r);
		});
	}

	private static Optional<MetricInfo> info(ComparisonResponse response, String id) {
		return response.metrics().stream().filter(m -> m.id().equals(id)).findFirst();
	}

	/** @return the segments in the order of the sort column: numbers by value, empty values last either way */
	List<Segment> sorted(ComparisonResponse response) {
		List<Segment> rows = new ArrayList<>(response.segments());
		if (sortMetric.isPresent() && info(response, sortMetric.get()).isPresent()) {
			String id = sortMetric.get();
			Comparator<Double> numbers = ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
			rows.sort(Comparator.comparing((Segment s) -> s.cell(id).value(),
					(a, b) -> a.isPresent() && b.isPresent() ? numbers.compare(a.get(), b.get())
							: Boolean.compare(a.isEmpty(), b.isEmpty())));
		} else {
			// names in the order of the user's language (Vietnamese: Hồ before Huỳnh), the unassigned last
			Collator collator = Collator.getInstance(locale);
			Comparator<Segment> names = Comparator.comparing(s -> segmentLabel(response, s), collator);
			rows.sort(Comparator.comparing((Segment s) -> s.id().isEmpty())
					.thenComparing(ascending ? names : names.reversed()));
		}
		return rows;
	}

	private void fillRows(ComparisonResponse response) {
		table.setRedraw(false);
		try {
			table.removeAll();
			for (Segment segment : sorted(response)) {
				addRow(response, segment, segment.id().isPresent() ? segmentLabel(response, segment)
						: Messages.Comparisons_unassigned);
			}
			response.total().ifPresent(total -> {
				TableItem item = addRow(response, total, Messages.Comparisons_all);
				item.setFont(bold);
			});
			fitColumns();
		} finally {
			table.setRedraw(true);
		}
	}

	/** Widens the metric columns to their widest cell, so that no value, change or benchmark is cut. */
	private void fitColumns() {
		GC gc = new GC(table);
		try {
			for (int column = 1; column < table.getColumnCount(); column++) {
				Optional<MetricInfo> info = columnInfo(column);
				if (info.isEmpty()) {
					continue;
				}
				int widest = 0;
				for (TableItem item : table.getItems()) {
					gc.setFont(item.getFont());
					Cell cell = ((Segment) item.getData()).cell(info.get().id());
					widest = Math.max(widest, gc.textExtent(valueText(info.get(), cell)).x);
					widest = Math.max(widest, secondLine(info.get(), cell).map(t -> gc.textExtent(t).x).orElse(0));
				}
				TableColumn tableColumn = table.getColumn(column);
				gc.setFont(table.getFont());
				int header = gc.textExtent(tableColumn.getText()).x + 48; // room for the sort arrow and the margins
				tableColumn.setWidth(Math.max(METRIC_COLUMN_WIDTH, Math.max(header, widest + 16)));
			}
		} finally {
			gc.dispose();
		}
	}

	private static String segmentLabel(ComparisonResponse response, Segment segment) {
		return response.request().by() == Dimension.CHANNEL ? channelLabel(segment.label()) : segment.label();
	}

	private static String channelLabel(String wire) {
		try {
			return DashboardView.channelLabel(wire);
		} catch (IllegalArgumentException e) {
			return wire; // a channel kind this version does not know: its wire name
		}
	}

	private TableItem addRow(ComparisonResponse response, Segment segment, String label) {
		TableItem item = new TableItem(table, SWT.NONE);
		item.setData(segment);
		item.setText(0, label);
		int column = 1;
		for (MetricInfo info : response.metrics()) {
			item.setText(column++, cellText(info, segment.cell(info.id())));
		}
		return item;
	}

	/** @return the cell as text (for tests and accessibility): value, rank, change, benchmark */
	String cellText(MetricInfo info, Cell cell) {
		StringBuilder text = new StringBuilder(valueText(info, cell));
		secondLine(info, cell).ifPresent(line -> text.append('\n').append(line));
		return text.toString();
	}

	private String valueText(MetricInfo info, Cell cell) {
		String value = cell.value().map(v -> format.value(info.unit(), v)).orElse(Messages.Tile_noValue);
		return cell.rank().map(r -> value + "   " + NLS.bind(Messages.Comparisons_rank, r)).orElse(value);
	}

	private Optional<String> secondLine(MetricInfo info, Cell cell) {
		List<String> parts = new ArrayList<>();
		cell.change().ifPresent(c -> parts.add(format.change(info.unit(), c)));
		cell.benchmark().ifPresent(b -> parts.add(NLS.bind(Messages.Comparisons_benchmark,
				format.value(info.unit(), b.value()))));
		return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("   ", parts));
	}

	private Optional<MetricInfo> columnInfo(int column) {
		if (column <= 0 || column >= table.getColumnCount()) {
			return Optional.empty();
		}
		Object id = table.getColumn(column).getData();
		return shown.flatMap(r -> info(r, String.valueOf(id)));
	}

	private void measure(Event e) {
		GC gc = e.gc;
		int line = gc.getFontMetrics().getHeight();
		e.height = Math.max(e.height, 2 * line + 6);
	}

	/** Draws a metric cell: the value in its status colour and the rank, then change and benchmark in grey. */
	private void paint(Event e) {
		TableItem item = (TableItem) e.item;
		Segment segment = (Segment) item.getData();
		GC gc = e.gc;
		Rectangle bounds = item.getBounds(e.index);
		int line = gc.getFontMetrics().getHeight();
		if (e.index == 0) {
			gc.setForeground(table.getForeground());
			gc.drawText(item.getText(0), bounds.x + 6, bounds.y + (bounds.height - line) / 2, true);
			return;
		}
		Optional<MetricInfo> info = columnInfo(e.index);
		if (info.isEmpty()) {
			return;
		}
		Cell cell = segment.cell(info.get().id());
		String first = valueText(info.get(), cell);
		Point size = gc.textExtent(first);
		gc.setForeground(color(statusColour(cell)));
		gc.drawText(first, bounds.x + bounds.width - size.x - 6, bounds.y + 2, true);
		Optional<String> second = secondLine(info.get(), cell);
		if (second.isPresent()) {
			gc.setForeground(color(TEXT_MUTED));
			Point secondSize = gc.textExtent(second.get());
			gc.drawText(second.get(), bounds.x + bounds.width - secondSize.x - 6, bounds.y + 2 + line, true);
		}
	}

	private static RGB statusColour(Cell cell) {
		if (cell.value().isEmpty()) {
			return TileControl.NONE;
		}
		return cell.status().map(s -> switch (s) {
		case MET -> TileControl.MET;
		case AT_RISK -> TileControl.AT_RISK;
		case MISSED -> TileControl.MISSED;
		}).orElse(new RGB(0, 0, 0));
	}

	private Color color(RGB rgb) {
		return resources.create(ColorDescriptor.createFrom(rgb));
	}

	/**
	 * Double click on a cell: the conversations behind it, the segment's (the whole scope's for the total row).
	 * Conversations without a segment cannot be kept apart by a filter, so their row does not drill down.
	 */
	private void drill(Event e) {
		TableItem item = table.getItem(new Point(e.x, e.y));
		if (item == null || shown.isEmpty()) {
			return;
		}
		ComparisonResponse response = shown.get();
		Segment segment = (Segment) item.getData();
		boolean total = response.total().filter(t -> t == segment).isPresent();
		if (segment.id().isEmpty() && !total) {
			return;
		}
		for (int column = 1; column < table.getColumnCount(); column++) {
			if (item.getBounds(column).contains(e.x, e.y)) {
				columnInfo(column).ifPresent(info -> ConversationsView.show(getSite().getWorkbenchWindow(),
						new org.carelens.reports.core.DrillDownRequest(response.request().scope(), info.id(),
								total ? Map.of() : Map.of(response.request().by(), segment.id().get()))));
				return;
			}
		}
	}

	/** Shows what a cell stands on: value, target and status, sample, rank, previous period, benchmark source. */
	private void hover(Event e) {
		TableItem item = table.getItem(new Point(e.x, e.y));
		if (item == null) {
			return;
		}
		for (int column = 1; column < table.getColumnCount(); column++) {
			if (item.getBounds(column).contains(e.x, e.y)) {
				int c = column;
				columnInfo(column).ifPresent(info -> table.setToolTipText(tooltip(info,
						((Segment) item.getData()).cell(info.id()), c)));
				return;
			}
		}
	}

	private String tooltip(MetricInfo info, Cell cell, int column) {
		List<String> lines = new ArrayList<>();
		lines.add(table.getColumn(column).getText());
		lines.add(NLS.bind(Messages.Comparisons_tipValue,
				cell.value().map(v -> format.value(info.unit(), v)).orElse(Messages.Tile_noValue)));
		cell.target().ifPresent(t -> lines.add(NLS.bind(Messages.Comparisons_tipTarget, format.value(info.unit(), t),
				cell.status().map(ComparisonsView::statusLabel).orElse(""))));
		cell.sampleSize().ifPresent(n -> lines.add(NLS.bind(Messages.Comparisons_tipSample, format.count(n))));
		if (cell.lowSample() && cell.value().isPresent()) {
			lines.add(Messages.Tile_lowSampleHint);
		}
		cell.rank().ifPresent(r -> lines.add(NLS.bind(Messages.Comparisons_tipRank, r, shown.map(s -> s.segments()
				.stream().filter(x -> x.cell(info.id()).rank().isPresent()).count()).orElse(0L))));
		cell.previous().ifPresent(p -> lines.add(NLS.bind(Messages.Comparisons_tipPrevious,
				format.value(info.unit(), p), cell.change().map(c -> format.change(info.unit(), c)).orElse(""))));
		cell.benchmark().ifPresent(b -> lines.add(NLS.bind(Messages.Comparisons_tipBenchmark,
				format.value(info.unit(), b.value()), b.source().isEmpty() ? b.segment() : b.source())));
		return String.join("\n", lines);
	}

	static String statusLabel(org.carelens.kpi.api.Status status) {
		return switch (status) {
		case MET -> Messages.Status_MET;
		case AT_RISK -> Messages.Status_AT_RISK;
		case MISSED -> Messages.Status_MISSED;
		};
	}

	private void fillChartMetrics(ComparisonResponse response) {
		String selected = chartMetric.getSelectionIndex() >= 0 ? chartMetric.getItem(chartMetric.getSelectionIndex())
				: null;
		chartMetric.removeAll();
		response.metrics().forEach(m -> chartMetric.add(metricLabel(m)));
		int index = selected == null ? -1 : chartMetric.indexOf(selected);
		chartMetric.select(Math.max(0, index));
	}

	private void showChart(ComparisonResponse response) {
		int index = chartMetric.getSelectionIndex();
		if (index < 0 || index >= response.metrics().size()) {
			return;
		}
		MetricInfo info = response.metrics().get(index);
		Map<Segment, String> names = new LinkedHashMap<>();
		for (Segment segment : sorted(response)) {
			if (segment.id().isPresent() && segment.cell(info.id()).value().isPresent()) {
				names.put(segment, segmentLabel(response, segment));
			}
		}
		chart.show(info, metricLabel(info), names);
	}

	/** Asks where to save the table as CSV and writes it there. */
	private void chooseExport() {
		if (shown.isEmpty()) {
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.csv" });
		dialog.setOverwrite(true);
		dialog.setFileName("comparison-" + shown.get().request().by().key() + "-"
				+ LocalDate.now().toString() + ".csv");
		String chosen = dialog.open();
		if (chosen != null) {
			exportCsv(Path.of(chosen));
		}
	}

	/**
	 * Writes the comparison shown to {@code file} as CSV in a job: one row per segment, then the total.
	 *
	 * @return the job, scheduled; empty when nothing is shown yet
	 */
	public Optional<Job> exportCsv(Path file) {
		if (shown.isEmpty()) {
			return Optional.empty();
		}
		ComparisonResponse response = shown.get();
		Job job = Job.create(Messages.Job_export, monitor -> {
			// written next to the file and moved over it: a failed export leaves no half-written CSV behind
			Path temporary = file.resolveSibling(file.getFileName() + ".part");
			try {
				try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
					ComparisonCsv.write(response, Messages.Comparisons_all, Messages.Comparisons_unassigned, out);
				}
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
				asyncState(NLS.bind(Messages.Comparisons_exported, response.segments().size() + 1, file));
			} catch (IOException e) {
				try {
					Files.deleteIfExists(temporary);
				} catch (IOException ignored) {
					// the export's failure is what the user needs to hear about
				}
				asyncState(NLS.bind(Messages.Comparisons_exportFailed, file, e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		job.schedule();
		return Optional.of(job);
	}

	private void asyncState(String text) {
		LatestRequest.asyncRender(stack, () -> {
			state.setText(text);
			state.getParent().layout();
		});
	}

	/** Asks for a benchmark file and imports it. */
	private void chooseBenchmarks() {
		Optional<WorkspaceSession> session = context.session();
		if (session.isEmpty()) {
			MessageDialog.openInformation(getSite().getShell(), Messages.Comparisons_importTitle,
					Messages.Comparisons_emptyText);
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.csv", "*" });
		String chosen = dialog.open();
		if (chosen != null) {
			importBenchmarks(Path.of(chosen));
		}
	}

	/**
	 * Reads {@code file} as benchmarks in a job and, when it reads clean, makes it the workspace's; says how it went
	 * in a dialog and recomputes.
	 *
	 * @return the job, scheduled; empty without an open workspace or engine
	 */
	public Optional<Job> importBenchmarks(Path file) {
		Optional<WorkspaceSession> session = context.session();
		Optional<KpiEngine> engine = services.engineNow();
		if (session.isEmpty() || engine.isEmpty()) {
			return Optional.empty();
		}
		Path workspace = session.get().directory();
		Map<String, MetricInfo> known = new HashMap<>();
		engine.get().metrics().forEach(m -> known.put(m.info().id(), m.info()));
		Job job = Job.create(Messages.Job_importBenchmarks, monitor -> {
			String message;
			boolean ok;
			try {
				Benchmarks imported = BenchmarkFile.replace(workspace, file, known);
				message = NLS.bind(Messages.Comparisons_imported, imported.entries().size(),
						BenchmarkFile.of(workspace));
				if (!imported.unknownMetric().isEmpty()) {
					message += "\n\n" + NLS.bind(Messages.Comparisons_importedUnknown, imported.unknownMetric()
							.stream().map(b -> b.metric() + " (" + NLS.bind(Messages.Comparisons_line, b.line()) + ")")
							.collect(Collectors.joining(", ")));
				}
				ok = true;
			} catch (BenchmarkCsvException | IOException e) {
				message = NLS.bind(Messages.Comparisons_importFailed, e.getMessage());
				ok = false;
			}
			String text = message;
			boolean success = ok;
			LatestRequest.asyncRender(stack, () -> {
				if (success) {
					refresh();
					MessageDialog.openInformation(getSite().getShell(), Messages.Comparisons_importTitle, text);
				} else {
					MessageDialog.openError(getSite().getShell(), Messages.Comparisons_importTitle, text);
				}
			});
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return Optional.of(job);
	}

	/** @return the comparison the table shows now, for tests */
	public Optional<ComparisonResponse> shown() {
		return shown;
	}

	/** @return the table, for tests */
	public Table table() {
		return table;
	}
}
