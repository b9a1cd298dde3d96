package org.carelens.internal.reports.ui;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.KpiEngine;
import org.carelens.reports.core.Choice;
import org.carelens.reports.core.ConversationSource;
import org.carelens.reports.core.DashboardResponse;
import org.carelens.reports.core.ReportScope;
import org.carelens.reports.core.SlaQueueProvider;
import org.carelens.reports.core.SlaQueueRequest;
import org.carelens.reports.core.SlaQueueResponse;
import org.carelens.reports.core.SlaQueueResponse.Group;
import org.carelens.reports.core.SlaQueueResponse.OpenConversation;
import org.carelens.reports.core.SlaQueueResponse.Queue;
import org.carelens.reports.core.SlaQueueResponse.SlaState;
import org.carelens.reports.core.WorkspaceSession;
import org.carelens.store.api.EventStoreProvider;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;

/**
 * The SLA and queue section of the Report perspective: the conversations open at the report instant that are
 * overdue or at risk, their counts per team or agent, and the contacts waiting per channel instance against the
 * limits, over the dashboard's filters. Computed by a {@link SlaQueueProvider} off the UI thread, the latest request
 * winning; refreshed when the scope changes and every minute while the period runs, for the live queues.
 */
public final class SlaQueueView extends ViewPart {

	public static final String ID = ReportPerspective.SLA_QUEUE_VIEW;
	/** How often the view computes again on its own: queues and due times move with the clock. */
	static final int REFRESH_MILLIS = 60_000;
	private static final RGB MUTED = new RGB(96, 96, 96);
	/** Beyond ten times its target's time, a conversation's share passed says no more than "long overdue". */
	private static final double MAX_SHARE = 10;

	private final Locale locale = Locale.getDefault();
	private final ValueFormat format = new ValueFormat(locale);
	private final NumberFormat percent = NumberFormat.getPercentInstance(locale);
	private Services services;
	private LocalResourceManager resources;
	private ScrolledComposite scroller;
	private Composite content;
	private Label header;
	private Label state;
	private final Map<String, Label[]> tiles = new java.util.LinkedHashMap<>();
	private Combo by;
	private Table groups;
	private Table queues;
	private Label attentionTitle;
	private Table attention;
	private List<OpenConversation> listed = List.of();
	private LatestRequest<SlaQueueResponse> requests;
	private ReportContext context;
	private Optional<SlaQueueResponse> shown = Optional.empty();
	private final Runnable timer = this::tick;
	private final ReportContext.Listener listener = new ReportContext.Listener() {
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
		percent.setMaximumFractionDigits(0);
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		content = new Composite(scroller, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 8;
		layout.marginHeight = 6;
		layout.verticalSpacing = 8;
		layout.horizontalSpacing = 12;
		content.setLayout(layout);
		scroller.setContent(content);
		scroller.addListener(SWT.Resize, e -> fit());

		header = new Label(content, SWT.NONE);
		header.setFont(JFaceResources.getBannerFont());
		header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		header.setText(Messages.Sla_empty);
		header.setData(DashboardView.WIDGET_KEY, "sla.header");
		state = new Label(content, SWT.RIGHT);
		state.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
		state.setData(DashboardView.WIDGET_KEY, "sla.state");

		Composite tileRow = new Composite(content, SWT.NONE);
		GridLayout tileLayout = new GridLayout(4, true);
		tileLayout.marginWidth = 0;
		tileLayout.horizontalSpacing = 10;
		tileRow.setLayout(tileLayout);
		tileRow.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		tile(tileRow, "overdue", Messages.Sla_overdue);
		tile(tileRow, "atRisk", Messages.Status_AT_RISK);
		tile(tileRow, "open", Messages.Sla_open);
		tile(tileRow, "waiting", Messages.Sla_waiting);

		Composite left = column(content, true);
		Composite byRow = new Composite(left, SWT.NONE);
		GridLayout byLayout = new GridLayout(2, false);
		byLayout.marginWidth = 0;
		byLayout.marginHeight = 0;
		byRow.setLayout(byLayout);
		Label byLabel = new Label(byRow, SWT.NONE);
		byLabel.setText(Messages.Sla_by);
		byLabel.setFont(bold());
		by = new Combo(byRow, SWT.READ_ONLY);
		by.setItems(Messages.Dashboard_team, Messages.Dashboard_agent);
		by.select(0);
		by.setData(DashboardView.WIDGET_KEY, "sla.by");
		by.addListener(SWT.Selection, e -> shown.ifPresent(this::showGroups));
		groups = table(left, "sla.groups", 170, "LRRRRRL", new String[] { Messages.Dashboard_team, Messages.Sla_overdue,
				Messages.Status_AT_RISK, Messages.Sla_onTrack, Messages.Sla_noSla, Messages.Sla_openColumn,
				Messages.Sla_oldestOverdue }, new int[] { 180, 80, 80, 80, 80, 70, 170 });

		Composite right = column(content, false);
		Label queueTitle = new Label(right, SWT.NONE);
		queueTitle.setText(Messages.Sla_queues);
		queueTitle.setFont(bold());
		queues = table(right, "sla.queues", 170, "LLRR", new String[] { Messages.Column_instance, Messages.Dashboard_channel,
				Messages.Sla_waitingColumn, Messages.Sla_longestWait }, new int[] { 150, 90, 100, 110 });

		attentionTitle = new Label(content, SWT.NONE);
		attentionTitle.setFont(bold());
		attentionTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		attentionTitle.setText(Messages.Sla_attention);
		attention = table(content, "sla.attention", 260, "LLLLRLLLL", new String[] { Messages.Sla_conversation,
				Messages.Sla_state, Messages.Sla_target, Messages.Sla_due, Messages.Sla_elapsed,
				Messages.Dashboard_channel, Messages.Dashboard_agent, Messages.Dashboard_team, Messages.Sla_opened },
				new int[] { 150, 90, 130, 150, 80, 90, 150, 150, 150 });
		((GridData) attention.getLayoutData()).horizontalSpan = 2;
		attention.setToolTipText(Messages.Sla_attentionTooltip);
		attention.addListener(SWT.DefaultSelection, e -> openTimeline());

		requests = new LatestRequest<>(scroller, Messages.Job_sla);
		context = ReportContext.of(getSite().getWorkbenchWindow());
		context.addListener(listener);
		refresh();
		scroller.getDisplay().timerExec(REFRESH_MILLIS, timer);
	}

	private Composite column(Composite parent, boolean grab) {
		Composite column = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		column.setLayout(layout);
		column.setLayoutData(new GridData(SWT.FILL, SWT.FILL, grab, false));
		return column;
	}

	private org.eclipse.swt.graphics.Font bold() {
		return resources.create(FontDescriptor.createFrom(JFaceResources.getDialogFont()).setStyle(SWT.BOLD));
	}

	/** A summary tile: a status band, its name, a large number and a line under it. */
	private void tile(Composite parent, String key, String name) {
		Composite tile = new Composite(parent, SWT.BORDER);
		tile.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 10;
		layout.marginHeight = 0;
		layout.marginBottom = 8;
		layout.verticalSpacing = 4;
		tile.setLayout(layout);
		Label band = new Label(tile, SWT.NONE);
		GridData bandData = new GridData(SWT.FILL, SWT.TOP, true, false);
		bandData.heightHint = 6;
		bandData.horizontalIndent = -10;
		band.setLayoutData(bandData);
		Label title = new Label(tile, SWT.NONE);
		title.setText(name);
		title.setFont(bold());
		title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Label value = new Label(tile, SWT.NONE);
		value.setFont(resources.create(FontDescriptor.createFrom(JFaceResources.getDialogFont()).setHeight(20)
				.setStyle(SWT.BOLD)));
		value.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		value.setText(Messages.Tile_noValue);
		value.setData(DashboardView.WIDGET_KEY, "sla.tile." + key);
		Label detail = new Label(tile, SWT.NONE);
		detail.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		detail.setForeground(color(MUTED));
		tiles.put(key, new Label[] { band, value, detail });
	}

	/** @param align per column, L for text, R for a number */
	private Table table(Composite parent, String key, int height, String align, String[] titles, int[] widths) {
		Table table = new Table(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
		data.heightHint = height;
		table.setLayoutData(data);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setData(DashboardView.WIDGET_KEY, key);
		for (int i = 0; i < titles.length; i++) {
			TableColumn column = new TableColumn(table, align.charAt(i) == 'R' ? SWT.RIGHT : SWT.LEFT);
			column.setText(titles[i]);
			column.setWidth(Math.max(widths[i], titles[i].length() * 8 + 20));
		}
		return table;
	}

	private Color color(RGB rgb) {
		return resources.create(ColorDescriptor.createFrom(rgb));
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
		if (scroller != null && !scroller.isDisposed()) {
			scroller.getDisplay().timerExec(-1, timer);
		}
		if (context != null) {
			context.removeListener(listener);
		}
		if (requests != null) {
			requests.cancel();
		}
		services.close();
		super.dispose();
	}

	/** Computes again while the period runs: the queues and the time passed on each target move with the clock. */
	private void tick() {
		if (scroller.isDisposed()) {
			return;
		}
		boolean live = context.session().isPresent() && context.scope()
				.map(s -> SlaQueueRequest.live(s, context.session().get().zone(), Instant.now())).orElse(false);
		if (live && scroller.isVisible()) {
			refresh();
		}
		scroller.getDisplay().timerExec(REFRESH_MILLIS, timer);
	}

	/** Computes the section for the dashboard's scope as of now; a request still running is cancelled and dropped. */
	public void refresh() {
		Optional<WorkspaceSession> session = context.session();
		Optional<ReportScope> scope = context.scope();
		if (session.isEmpty() || scope.isEmpty()) {
			return;
		}
		WorkspaceSession open = session.get();
		SlaQueueRequest request = SlaQueueRequest.of(scope.get(), open.zone(), Instant.now());
		state.setText(Messages.Dashboard_computing);
		requests.submit(cancelled -> compute(open, request, cancelled), response -> render(open, response));
	}

	private SlaQueueResponse compute(WorkspaceSession open, SlaQueueRequest request, BooleanSupplier cancelled) {
		Optional<KpiEngine> engine = services.engine();
		Optional<EventStoreProvider> stores = services.stores();
		if (engine.isEmpty() || stores.isEmpty()) {
			return new SlaQueueResponse(DashboardResponse.Status.FAILED, Optional.of(Messages.Dashboard_noServices),
					request, List.of(), List.of(), List.of(), List.of(), 0);
		}
		return new SlaQueueProvider(engine.get()).compute(open, ConversationSource.of(open.directory(), stores.get()),
				request, cancelled);
	}

	private void render(WorkspaceSession open, SlaQueueResponse response) {
		switch (response.status()) {
		case COMPLETED -> {
			shown = Optional.of(response);
			DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
					.withLocale(locale).withZone(open.zone());
			header.setText(NLS.bind(Messages.Sla_header, open.name(), dates.format(response.request().at()))
					.replace("&", "&&"));
			showTiles(response);
			showGroups(response);
			showQueues(response);
			showAttention(open, response);
			state.setText("");
		}
		case FAILED -> state.setText(NLS.bind(Messages.Sla_failed, response.reason().orElse("")));
		case CANCELLED -> {
			// a newer request replaced it; that one renders
		}
		}
		content.layout(true, true);
		fit();
	}

	private void showTiles(SlaQueueResponse response) {
		long overdue = response.count(SlaState.OVERDUE);
		long atRisk = response.count(SlaState.AT_RISK);
		long onTrack = response.count(SlaState.ON_TRACK);
		long noSla = response.count(SlaState.NO_SLA);
		setTile("overdue", format.count(overdue), overdue > 0 ? TileControl.MISSED : TileControl.MET,
				response.attention().stream().filter(c -> c.state() == SlaState.OVERDUE).findFirst()
						.flatMap(OpenConversation::target)
						.map(t -> NLS.bind(Messages.Sla_overdueSince, format.duration(
								java.time.Duration.between(t.due(), response.request().at()).toSeconds())))
						.orElse(Messages.Sla_noneOverdue));
		setTile("atRisk", format.count(atRisk), atRisk > 0 ? TileControl.AT_RISK : TileControl.MET,
				NLS.bind(Messages.Sla_atRiskDetail, percent.format(SlaQueueRequest.AT_RISK_SHARE)));
		setTile("open", format.count(response.conversations().size()), TileControl.NONE,
				NLS.bind(Messages.Sla_openDetail, format.count(onTrack), format.count(noSla)));
		int waiting = response.waiting();
		double limit = response.waitingLimit();
		long over = response.queues().stream().filter(Queue::overLimit).count();
		RGB colour = waiting > limit || over > 0 ? TileControl.MISSED
				: waiting >= SlaQueueRequest.AT_RISK_SHARE * limit && waiting > 0 ? TileControl.AT_RISK : TileControl.MET;
		String detail = response.longestWait().map(w -> NLS.bind(Messages.Sla_longest, format.duration(w.toSeconds())))
				.orElse(Messages.Sla_noneWaiting);
		if (over > 0) {
			detail = NLS.bind(Messages.Sla_overLimit, format.count(over)) + "  \u00b7  " + detail;
		}
		setTile("waiting", NLS.bind(Messages.Sla_ofLimit, format.count(waiting), limitText(limit)), colour, detail);
	}

	private String limitText(double limit) {
		return Double.isInfinite(limit) ? "\u221e" : format.count(Math.round(limit));
	}

	private void setTile(String key, String value, RGB colour, String detail) {
		Label[] tile = tiles.get(key);
		tile[0].setBackground(color(colour));
		tile[1].setText(value);
		tile[1].setForeground(colour == TileControl.NONE || colour == TileControl.MET ? null : color(colour));
		tile[2].setText(detail);
		tile[2].setToolTipText(detail);
	}

	private void showGroups(SlaQueueResponse response) {
		boolean byTeam = by.getSelectionIndex() != 1;
		Dimension dimension = byTeam ? Dimension.TEAM : Dimension.AGENT;
		List<Group> rows = byTeam ? response.byTeam() : response.byAgent();
		List<Choice> names = context.session().map(s -> s.choices().getOrDefault(dimension, List.of()))
				.orElse(List.of());
		groups.getColumn(0).setText(byTeam ? Messages.Dashboard_team : Messages.Dashboard_agent);
		// without it GTK may leave the new rows unpainted until the next event
		groups.setRedraw(false);
		groups.removeAll();
		DateTimeFormatter times = dueFormat();
		for (Group group : rows) {
			TableItem item = new TableItem(groups, SWT.NONE);
			item.setText(new String[] {
					group.value().map(id -> name(names, id)).orElse(byTeam ? Messages.Sla_noTeam : Messages.Sla_noAgent),
					format.count(group.overdue()), format.count(group.atRisk()), format.count(group.onTrack()),
					format.count(group.noSla()), format.count(group.open()),
					group.oldestOverdue().flatMap(OpenConversation::target).map(t -> times.format(t.due()))
							.orElse(Messages.Tile_noValue) });
			if (group.overdue() > 0) {
				item.setForeground(1, color(TileControl.MISSED));
			}
			if (group.atRisk() > 0) {
				item.setForeground(2, color(TileControl.AT_RISK));
			}
		}
		fitColumns(groups);
		groups.setRedraw(true);
	}

	/** Sizes each column to its title and values: the translations' titles differ in length. */
	private static void fitColumns(Table table) {
		for (TableColumn column : table.getColumns()) {
			column.pack();
			column.setWidth(column.getWidth() + 12);
		}
	}

	private DateTimeFormatter dueFormat() {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
				.withZone(context.session().map(WorkspaceSession::zone).orElse(WorkspaceSession.DEFAULT_ZONE));
	}

	private static String name(List<Choice> choices, String id) {
		return choices.stream().filter(c -> c.value().equals(id)).map(Choice::label).findFirst().orElse(id);
	}

	private void showQueues(SlaQueueResponse response) {
		queues.setRedraw(false);
		queues.removeAll();
		for (Queue queue : response.queues()) {
			TableItem item = new TableItem(queues, SWT.NONE);
			item.setText(new String[] { queue.instance().orElse(Messages.Sla_noInstance),
					Labels.channel(queue.channel().wire()),
					NLS.bind(Messages.Sla_ofLimit, format.count(queue.waiting()), limitText(queue.limit())),
					queue.longestWait().map(w -> format.duration(w.toSeconds())).orElse(Messages.Tile_noValue) });
			if (queue.overLimit()) {
				item.setForeground(2, color(TileControl.MISSED));
			} else if (queue.waiting() > 0 && queue.waiting() >= SlaQueueRequest.AT_RISK_SHARE * queue.limit()) {
				item.setForeground(2, color(TileControl.AT_RISK));
			}
		}
		fitColumns(queues);
		queues.setRedraw(true);
	}

	/** @return the share of a target's time passed; past ten times the target, only that it is */
	private String elapsed(double share) {
		return share >= MAX_SHARE ? "> " + percent.format(MAX_SHARE) : percent.format(share);
	}

	private void showAttention(WorkspaceSession open, SlaQueueResponse response) {
		listed = response.attention();
		attentionTitle.setText(NLS.bind(Messages.Sla_attentionCount, format.count(listed.size())));
		List<Choice> agents = open.choices().getOrDefault(Dimension.AGENT, List.of());
		List<Choice> teams = open.choices().getOrDefault(Dimension.TEAM, List.of());
		DateTimeFormatter times = dueFormat();
		attention.setRedraw(false);
		attention.removeAll();
		for (OpenConversation conversation : listed) {
			TableItem item = new TableItem(attention, SWT.NONE);
			SlaQueueResponse.PendingTarget target = conversation.target().orElseThrow();
			boolean overdue = conversation.state() == SlaState.OVERDUE;
			item.setText(new String[] { conversation.id(), overdue ? Messages.Sla_stateOverdue : Messages.Status_AT_RISK,
					Labels.of("Target", target.metric()), times.format(target.due()),
					elapsed(target.elapsedShare()), Labels.channel(conversation.channel().wire()),
					conversation.agent().map(id -> name(agents, id)).orElse(Messages.Tile_noValue),
					conversation.team().map(id -> name(teams, id)).orElse(Messages.Tile_noValue),
					times.format(conversation.opened()) });
			Color colour = color(overdue ? TileControl.MISSED : TileControl.AT_RISK);
			item.setForeground(1, colour);
			item.setForeground(4, colour);
		}
		attention.setRedraw(true);
	}

	private void openTimeline() {
		int index = attention.getSelectionIndex();
		if (index >= 0 && index < listed.size()) {
			TimelineView.show(getSite().getWorkbenchWindow(), listed.get(index).id());
		}
	}

	/** @return per tile (overdue, atRisk, open, waiting), the number it shows, for tests */
	public Map<String, String> tileTexts() {
		Map<String, String> texts = new java.util.LinkedHashMap<>();
		tiles.forEach((key, labels) -> texts.put(key, labels[1].getText()));
		return texts;
	}

	/** @return the rows of the table by team or agent as shown, for tests */
	public List<String[]> groupRows() {
		List<String[]> rows = new java.util.ArrayList<>();
		for (TableItem item : groups.getItems()) {
			String[] row = new String[groups.getColumnCount()];
			for (int i = 0; i < row.length; i++) {
				row[i] = item.getText(i);
			}
			rows.add(row);
		}
		return rows;
	}

	/** Shows the open conversations by team ({@code false}) or by agent ({@code true}). */
	public void showByAgent(boolean byAgent) {
		by.select(byAgent ? 1 : 0);
		shown.ifPresent(this::showGroups);
	}

	/** @return what the view shows now, for tests */
	public Optional<SlaQueueResponse> shown() {
		return shown;
	}
}
