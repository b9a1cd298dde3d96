package org.carelens.internal.reports.ui;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.KpiEngine;
import org.carelens.kpi.api.Member;
import org.carelens.kpi.api.Metric;
import org.carelens.kpi.api.MetricInfo;
import org.carelens.kpi.api.MetricUnit;
import org.carelens.reports.core.Choice;
import org.carelens.reports.core.ConversationSource;
import org.carelens.reports.core.DrillColumn;
import org.carelens.reports.core.DrillDownCsv;
import org.carelens.reports.core.DrillDownProvider;
import org.carelens.reports.core.DrillDownRequest;
import org.carelens.reports.core.DrillDownResponse;
import org.carelens.reports.core.DrilledConversation;
import org.carelens.reports.core.Period;
import org.carelens.reports.core.ReportScope;
import org.carelens.reports.core.WorkspaceSession;
import org.carelens.store.api.EventStoreProvider;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * The conversations behind a number: a sortable, filterable list computed by a {@link DrillDownProvider} in a
 * job, with a header saying what is listed; a double click opens a conversation's timeline. Follows the window's
 * {@link ReportContext}: a new scope lists the same metric again for it.
 */
public final class ConversationsView extends ViewPart {

	public static final String ID = ReportPerspective.CONVERSATIONS_VIEW;
	private static final String[] FIXED = { Messages.Column_id, Messages.Column_channel, Messages.Column_instance,
			Messages.Column_agent, Messages.Column_team, Messages.Column_opened, Messages.Column_status,
			Messages.Column_role };
	/** The columns the facts keep in business time, as the speed metrics measure them. */
	private static final Set<DrillColumn> BUSINESS_TIME = Set.of(DrillColumn.FIRST_RESPONSE, DrillColumn.REPLY_MEAN,
			DrillColumn.RESOLUTION, DrillColumn.FIRST_RESOLUTION);
	private static final int[] FIXED_WIDTHS = { 115, 80, 115, 175, 165, 130, 115, 115 };

	private final Locale locale = Locale.getDefault();
	private final ValueFormat format = new ValueFormat(locale);
	private final NumberFormat score = NumberFormat.getNumberInstance(locale);
	private Services services;
	private ReportContext context;
	private final ReportContext.Listener follower = new ReportContext.Listener() {
		@Override
		public void sessionChanged(WorkspaceSession session) {
			clear();
		}

		@Override
		public void scopeChanged(ReportScope scope) {
			current.filter(r -> !r.scope().equals(scope))
					.ifPresent(r -> drill(new DrillDownRequest(scope, r.metric(), r.group())));
		}
	};
	private LatestRequest<DrillDownResponse> requests;
	private Label header;
	private Label state;
	private Text filter;
	private Combo role;
	private Table table;
	private Optional<DrillDownRequest> current = Optional.empty();
	private Optional<DrillDownResponse> shown = Optional.empty();
	private ZoneId zone = WorkspaceSession.DEFAULT_ZONE;
	/** The names of agents and teams by id, to show people's names rather than ids. */
	private Map<Dimension, List<Choice>> names = Map.of();
	private List<DrilledConversation> visible = List.of();
	private int sortColumn = 5;
	private boolean ascending = true;
	private boolean rateStyle = true;

	/**
	 * Shows the view in {@code window} and lists the conversations of {@code request}: the entry point for tiles,
	 * comparison cells and chart bars (double click).
	 *
	 * @return the view, or empty when it cannot be opened
	 */
	public static Optional<ConversationsView> show(IWorkbenchWindow window, DrillDownRequest request) {
		IWorkbenchPage page = window.getActivePage();
		if (page == null) {
			return Optional.empty();
		}
		try {
			ConversationsView view = (ConversationsView) page.showView(ID);
			view.drill(request);
			return Optional.of(view);
		} catch (PartInitException e) {
			return Optional.empty();
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		services = new Services();
		Composite root = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 6;
		layout.marginHeight = 4;
		root.setLayout(layout);
		header = new Label(root, SWT.WRAP);
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		header.setFont(JFaceResources.getBannerFont());
		header.setData(DashboardView.WIDGET_KEY, "drill.header");
		header.setText(Messages.Drill_empty);

		Composite bar = new Composite(root, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		GridLayout barLayout = new GridLayout(5, false);
		barLayout.marginWidth = 0;
		barLayout.marginHeight = 0;
		bar.setLayout(barLayout);
		new Label(bar, SWT.NONE).setText(Messages.Drill_filter);
		filter = new Text(bar, SWT.SEARCH | SWT.ICON_CANCEL | SWT.ICON_SEARCH);
		filter.setMessage(Messages.Drill_filterHint);
		GridData filterData = new GridData();
		filterData.widthHint = 240;
		filter.setLayoutData(filterData);
		filter.setData(DashboardView.WIDGET_KEY, "drill.filter");
		filter.addListener(SWT.Modify, e -> applyFilters());
		Label roleLabel = new Label(bar, SWT.NONE);
		roleLabel.setText(Messages.Drill_role);
		GridData roleLabelData = new GridData();
		roleLabelData.horizontalIndent = 12;
		roleLabel.setLayoutData(roleLabelData);
		role = new Combo(bar, SWT.READ_ONLY);
		role.setData(DashboardView.WIDGET_KEY, "drill.role");
		fillRoles();
		role.addListener(SWT.Selection, e -> applyFilters());
		state = new Label(bar, SWT.RIGHT);
		state.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		state.setData(DashboardView.WIDGET_KEY, "drill.state");

		table = new Table(root, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setData(DashboardView.WIDGET_KEY, "drill.table");
		table.addListener(SWT.SetData, e -> {
			TableItem item = (TableItem) e.item;
			int index = table.indexOf(item);
			if (index >= 0 && index < visible.size()) {
				item.setText(cells(visible.get(index)));
			}
		});
		table.addListener(SWT.DefaultSelection, e -> openTimeline());

		Action export = new Action(Messages.Drill_export) {
			@Override
			public void run() {
				chooseExport();
			}
		};
		export.setToolTipText(Messages.Drill_exportTooltip);
		getViewSite().getActionBars().getToolBarManager().add(export);
		getViewSite().getActionBars().updateActionBars();

		requests = new LatestRequest<>(root, Messages.Job_drill);
		context = ReportContext.of(getSite().getWorkbenchWindow());
		context.addListener(follower);
		ReportExport.addAction(this, "conversations", builder -> shown
				.filter(r -> r.status() == DrillDownResponse.Status.COMPLETED).map(builder::conversations),
				() -> context.session(), () -> shown.map(r -> r.request().groupScope()));
	}

	private void fillRoles() {
		int selected = Math.max(0, role.getSelectionIndex());
		role.removeAll();
		role.add(Messages.Drill_roleAll);
		role.add(roleLabel(Member.Role.NUMERATOR));
		role.add(roleLabel(Member.Role.DENOMINATOR));
		role.select(selected);
		role.getParent().layout(true);
	}

	private String roleLabel(Member.Role value) {
		if (rateStyle) {
			return value == Member.Role.NUMERATOR ? Messages.Role_NUMERATOR : Messages.Role_DENOMINATOR;
		}
		return value == Member.Role.NUMERATOR ? Messages.Role_COUNTED : Messages.Role_SAMPLE;
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}

	@Override
	public void dispose() {
		if (context != null) {
			context.removeListener(follower);
		}
		if (requests != null) {
			requests.cancel();
		}
		if (services != null) {
			services.close();
		}
		super.dispose();
	}

	/** Lists the conversations of {@code request} for the window's open workspace, in a job. */
	public void drill(DrillDownRequest request) {
		current = Optional.of(request);
		Optional<WorkspaceSession> session = context.session();
		if (session.isEmpty()) {
			header.setText(Messages.Dashboard_emptyTitle);
			return;
		}
		WorkspaceSession open = session.get();
		state.setText(Messages.Drill_computing);
		requests.submit(cancelled -> compute(open, request, cancelled), response -> render(open, response));
	}

	private DrillDownResponse compute(WorkspaceSession open, DrillDownRequest request, BooleanSupplier cancelled) {
		Optional<KpiEngine> engine = services.engine();
		Optional<EventStoreProvider> stores = services.stores();
		if (engine.isEmpty() || stores.isEmpty()) {
			return new DrillDownResponse(DrillDownResponse.Status.FAILED, Optional.of(Messages.Dashboard_noServices),
					request, List.of(), List.of(), 0);
		}
		return new DrillDownProvider(engine.get()).compute(open,
				ConversationSource.of(open.directory(), stores.get()), request, cancelled);
	}

	private void clear() {
		requests.cancel();
		current = Optional.empty();
		shown = Optional.empty();
		visible = List.of();
		table.setItemCount(0);
		header.setText(Messages.Drill_empty);
		state.setText("");
	}

	private void render(WorkspaceSession open, DrillDownResponse response) {
		shown = Optional.of(response);
		zone = open.zone();
		Optional<MetricInfo> info = services.engineNow().flatMap(e -> e.metrics().stream().map(Metric::info)
				.filter(i -> i.id().equals(response.request().metric())).findFirst());
		String label = services.engineNow().map(e -> new MetricLabels(e.metrics(), locale))
				.map(l -> l.label(info.map(MetricInfo::labelKey).orElse(""), response.request().metric()))
				.orElse(response.request().metric());
		rateStyle = info.map(i -> i.unit() == MetricUnit.RATIO || i.unit() == MetricUnit.NPS_POINTS).orElse(true);
		fillRoles();
		state.setText("");
		switch (response.status()) {
		case COMPLETED -> {
			names = open.choices();
			// a Label takes '&' for a mnemonic: team names such as "Chat & App" keep it
			header.setText(headerText(response, label).replace("&", "&&"));
			columns(response.columns());
			applyFilters();
			if (response.missing() > 0) {
				state.setText(NLS.bind(Messages.Drill_missing, format.count(response.missing())));
			}
		}
		case NOT_AVAILABLE -> {
			header.setText(NLS.bind(Messages.Drill_notAvailable, label));
			visible = List.of();
			table.setItemCount(0);
		}
		case FAILED -> {
			header.setText(NLS.bind(Messages.Drill_failed, response.reason().orElse("")));
			visible = List.of();
			table.setItemCount(0);
		}
		case CANCELLED -> {
			// a newer request replaced it; that one renders
		}
		}
		header.getParent().layout(true, true);
	}

	private String headerText(DrillDownResponse response, String label) {
		StringBuilder group = new StringBuilder();
		ReportScope scope = response.request().groupScope();
		for (Map.Entry<Dimension, Set<String>> kept : scope.filters().entrySet()) {
			// the names people know (a team's name, not its id), as the filter bar shows them
			Function<String, String> name = v -> kept.getKey() == Dimension.CHANNEL ? Labels.channel(v)
					: names.getOrDefault(kept.getKey(), List.of()).stream().filter(c -> c.value().equals(v))
							.map(Choice::label).findFirst().orElse(v);
			String values = String.join("/", kept.getValue().stream().map(name).sorted().toList());
			group.append(NLS.bind(Messages.Drill_group, Labels.dimension(kept.getKey()), values));
		}
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
				.withLocale(locale).withZone(zone);
		Period period = scope.period();
		String when = dates.format(period.from()) + " \u2013 " + dates.format(period.to());
		long total = response.conversations().size();
		if (rateStyle) {
			return NLS.bind(Messages.Drill_headerRate, new Object[] { format.count(response.numeratorCount()),
					format.count(total), label, group, when });
		}
		return NLS.bind(Messages.Drill_headerSample, new Object[] { format.count(total), label, group, when });
	}

	private void columns(List<DrillColumn> metricColumns) {
		table.setRedraw(false);
		try {
			for (TableColumn column : table.getColumns()) {
				column.dispose();
			}
			for (int i = 0; i < FIXED.length; i++) {
				addColumn(FIXED[i], FIXED_WIDTHS[i], i);
			}
			for (int i = 0; i < metricColumns.size(); i++) {
				TableColumn column = addColumn(Labels.of("DrillColumn", metricColumns.get(i)), 140, FIXED.length + i);
				if (BUSINESS_TIME.contains(metricColumns.get(i))) {
					// a resolution of 6 minutes on a Sunday takes 0 s of business time: say why it reads so
					column.setToolTipText(column.getText() + ": " + Messages.Drill_businessTime);
				}
			}
			sortColumn = Math.min(sortColumn, table.getColumnCount() - 1);
			table.setSortColumn(table.getColumn(sortColumn));
			table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
		} finally {
			table.setRedraw(true);
		}
	}

	private TableColumn addColumn(String text, int width, int index) {
		TableColumn column = new TableColumn(table, index >= FIXED.length || index == 5 ? SWT.RIGHT : SWT.LEFT);
		column.setText(text);
		column.setToolTipText(text);
		column.setWidth(Math.max(width, text.length() * 8 + 24));
		column.setMoveable(true);
		column.addListener(SWT.Selection, e -> {
			ascending = sortColumn == index ? !ascending : true;
			sortColumn = index;
			table.setSortColumn(column);
			table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
			applyFilters();
		});
		return column;
	}

	/** Applies the text and role filters and the sort to the listed conversations. */
	private void applyFilters() {
		if (shown.isEmpty() || shown.get().status() != DrillDownResponse.Status.COMPLETED) {
			return;
		}
		String text = filter.getText().trim().toLowerCase(locale);
		int roleIndex = role.getSelectionIndex();
		List<DrilledConversation> kept = new ArrayList<>();
		for (DrilledConversation c : shown.get().conversations()) {
			if (roleIndex == 1 && c.role() != Member.Role.NUMERATOR
					|| roleIndex == 2 && c.role() != Member.Role.DENOMINATOR) {
				continue;
			}
			if (!text.isEmpty() && !String.join("\u0000", cells(c)).toLowerCase(locale).contains(text)) {
				continue;
			}
			kept.add(c);
		}
		Comparator<DrilledConversation> order = comparator(sortColumn);
		kept.sort(ascending ? order : order.reversed());
		visible = List.copyOf(kept);
		table.setItemCount(visible.size());
		table.clearAll();
		state.setText(visible.size() == shown.get().conversations().size() ? ""
				: NLS.bind(Messages.Drill_shown, format.count(visible.size())));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private Comparator<DrilledConversation> comparator(int column) {
		Function<DrilledConversation, Comparable> key = switch (column) {
		case 0 -> DrilledConversation::id;
		case 1 -> DrilledConversation::channel;
		case 2 -> c -> c.instance().orElse("");
		case 3 -> c -> c.agent().map(id -> name(Dimension.AGENT, id)).orElse("");
		case 4 -> c -> c.team().map(id -> name(Dimension.TEAM, id)).orElse("");
		case 5 -> DrilledConversation::opened;
		case 6 -> DrilledConversation::resolved;
		case 7 -> DrilledConversation::role;
		default -> {
			DrillColumn drill = shown.get().columns().get(column - FIXED.length);
			yield c -> (Comparable) c.value(drill).orElse(null);
		}
		};
		// conversations without the value come last either way round
		Comparator<DrilledConversation> byKey = Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
		return byKey.thenComparing(DrilledConversation::id);
	}

	private String[] cells(DrilledConversation c) {
		List<DrillColumn> metricColumns = shown.map(DrillDownResponse::columns).orElse(List.of());
		String[] cells = new String[FIXED.length + metricColumns.size()];
		DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
				.withZone(zone);
		cells[0] = c.id();
		cells[1] = Labels.channel(c.channel().wire());
		cells[2] = c.instance().orElse("");
		cells[3] = c.agent().map(id -> name(Dimension.AGENT, id)).orElse("");
		cells[4] = c.team().map(id -> name(Dimension.TEAM, id)).orElse("");
		cells[5] = times.format(c.opened());
		cells[6] = c.resolved() ? Messages.Conversation_resolved : Messages.Conversation_open;
		cells[7] = roleLabel(c.role());
		for (int i = 0; i < metricColumns.size(); i++) {
			DrillColumn column = metricColumns.get(i);
			cells[FIXED.length + i] = c.value(column).map(v -> text(column, v, times)).orElse("\u2013");
		}
		return cells;
	}

	private String name(Dimension dimension, String id) {
		for (Choice choice : names.getOrDefault(dimension, List.of())) {
			if (choice.value().equals(id)) {
				return choice.label();
			}
		}
		return id;
	}

	private String text(DrillColumn column, Object value, DateTimeFormatter times) {
		return switch (column.kind()) {
		case DURATION -> format.duration(((Duration) value).toSeconds());
		case INSTANT -> times.format((Instant) value);
		case COUNT -> format.count((Long) value);
		case FLAG -> (Boolean) value ? Messages.Value_yes : Messages.Value_no;
		case SLA -> (Boolean) value ? Messages.Value_met : Messages.Value_missed;
		case SCORE -> score.format(value);
		case TEXT -> String.valueOf(value);
		};
	}

	private void openTimeline() {
		int index = table.getSelectionIndex();
		if (index >= 0 && index < visible.size()) {
			TimelineView.show(getSite().getWorkbenchWindow(), visible.get(index).id());
		}
	}

	private void chooseExport() {
		if (shown.isEmpty() || shown.get().status() != DrillDownResponse.Status.COMPLETED) {
			return;
		}
		FileDialog dialog = new FileDialog(table.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.csv" });
		dialog.setFileName(shown.get().request().metric() + "-conversations.csv");
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file != null) {
			Path path = Path.of(file);
			try {
				export(path);
				state.setText(NLS.bind(Messages.Drill_exported, format.count(visible.size()), path.getFileName()));
			} catch (IOException e) {
				state.setText(NLS.bind(Messages.Drill_exportFailed, path, e.getMessage()));
			}
		}
	}

	/** Writes the listed conversations, as filtered and sorted, to {@code file} as CSV: one row per conversation. */
	public void export(Path file) throws IOException {
		List<DrillColumn> metricColumns = shown.map(DrillDownResponse::columns).orElse(List.of());
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			new DrillDownCsv(metricColumns, zone).write(visible, out);
		}
	}

	/** @return the answer shown now, for tests */
	public Optional<DrillDownResponse> shown() {
		return shown;
	}

	/** @return the conversations listed now, filtered and sorted, for tests */
	public List<DrilledConversation> visible() {
		return visible;
	}

	/** @return the table, for tests */
	public Table table() {
		return table;
	}

	/** @return the header text, for tests */
	public String headerText() {
		return header.getText();
	}
}
