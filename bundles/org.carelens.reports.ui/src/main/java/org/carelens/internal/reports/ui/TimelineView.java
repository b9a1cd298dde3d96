package org.carelens.internal.reports.ui;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.carelens.core.api.sla.SlaPolicy;
import org.carelens.kpi.api.Dimension;
import org.carelens.reports.core.Choice;
import org.carelens.reports.core.ConversationSource;
import org.carelens.reports.core.TimelineEntry;
import org.carelens.reports.core.TimelineProvider;
import org.carelens.reports.core.TimelineResponse;
import org.carelens.reports.core.WorkspaceSession;
import org.carelens.store.api.EventStoreProvider;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * A conversation's timeline: every event with when, the time since the previous event and since opening, what
 * happened, who acted and the event's detail, under the due times of its SLA policy. Read from the workspace's
 * store in a job, which opens the store only for the read.
 */
public final class TimelineView extends ViewPart {

	public static final String ID = ReportPerspective.TIMELINE_VIEW;

	private final Locale locale = Locale.getDefault();
	private final ValueFormat format = new ValueFormat(locale);
	private Services services;
	private ReportContext context;
	private final ReportContext.Listener follower = new ReportContext.Listener() {
		@Override
		public void sessionChanged(WorkspaceSession session) {
			requests.cancel();
			shown = Optional.empty();
			table.removeAll();
			header.setText(Messages.Timeline_empty);
			dues.setText("");
		}
	};
	private LatestRequest<TimelineResponse> requests;
	private Label header;
	private Label dues;
	private Table table;
	private Optional<TimelineResponse> shown = Optional.empty();

	/**
	 * Shows the view in {@code window} with the timeline of {@code conversation} of the window's open workspace.
	 *
	 * @return the view, or empty when it cannot be opened
	 */
	public static Optional<TimelineView> show(IWorkbenchWindow window, String conversation) {
		return show(window, conversation, IWorkbenchPage.VIEW_ACTIVATE);
	}

	/**
	 * @param mode {@link IWorkbenchPage#VIEW_VISIBLE} to show the timeline beside the part in use without taking
	 *             the focus from it
	 */
	static Optional<TimelineView> show(IWorkbenchWindow window, String conversation, int mode) {
		IWorkbenchPage page = window.getActivePage();
		if (page == null) {
			return Optional.empty();
		}
		try {
			TimelineView view = (TimelineView) page.showView(ID, null, mode);
			view.read(conversation);
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
		header.setText(Messages.Timeline_empty);
		header.setData(DashboardView.WIDGET_KEY, "timeline.header");
		dues = new Label(root, SWT.WRAP);
		dues.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		dues.setData(DashboardView.WIDGET_KEY, "timeline.dues");
		table = new Table(root, SWT.FULL_SELECTION | SWT.BORDER);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setData(DashboardView.WIDGET_KEY, "timeline.table");
		String[] titles = { Messages.Timeline_at, Messages.Timeline_sincePrevious, Messages.Timeline_sinceOpened,
				Messages.Timeline_event, Messages.Timeline_who, Messages.Timeline_detail };
		int[] widths = { 200, 120, 120, 190, 270, 200 };
		for (int i = 0; i < titles.length; i++) {
			TableColumn column = new TableColumn(table, i == 1 || i == 2 ? SWT.RIGHT : SWT.LEFT);
			column.setText(titles[i]);
			column.setWidth(Math.max(widths[i], titles[i].length() * 8 + 24));
		}
		requests = new LatestRequest<>(root, Messages.Job_timeline);
		context = ReportContext.of(getSite().getWorkbenchWindow());
		context.addListener(follower);
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

	/** Reads and shows the timeline of {@code conversation} of the window's open workspace, in a job. */
	public void read(String conversation) {
		Optional<WorkspaceSession> session = context.session();
		if (session.isEmpty()) {
			header.setText(Messages.Dashboard_emptyTitle);
			return;
		}
		WorkspaceSession open = session.get();
		header.setText(NLS.bind(Messages.Timeline_reading, conversation));
		dues.setText("");
		table.removeAll();
		requests.submit(cancelled -> {
			Optional<EventStoreProvider> stores = services.stores();
			if (stores.isEmpty()) {
				return new TimelineResponse(TimelineResponse.Status.FAILED, Optional.of(Messages.Dashboard_noServices),
						conversation, Optional.empty(), List.of(), List.of());
			}
			return new TimelineProvider().compute(ConversationSource.of(open.directory(), stores.get()), conversation,
					cancelled);
		}, response -> render(open, response));
	}

	private void render(WorkspaceSession open, TimelineResponse response) {
		shown = Optional.of(response);
		table.removeAll();
		DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
				.withZone(open.zone());
		switch (response.status()) {
		case COMPLETED -> {
			String opened = response.entries().isEmpty() ? "\u2013"
					: times.format(response.entries().get(0).at().minus(response.entries().get(0).sinceOpened()));
			header.setText(NLS.bind(Messages.Timeline_header, new Object[] { response.conversation(),
					format.count(response.entries().size()), opened }).replace("&", "&&"));
			List<String> parts = new ArrayList<>();
			// the policy's name from the workspace's configuration; its id when the configuration no longer has it
			parts.add(response.policy().map(p -> open.config().map(c -> c.slaPolicies().get(p)).map(SlaPolicy::name)
					.orElse(p)).map(p -> NLS.bind(Messages.Timeline_policy, p)).orElse(Messages.Timeline_noPolicy));
			for (TimelineResponse.Due due : response.dues()) {
				parts.add(NLS.bind(Messages.Timeline_due, new Object[] { Labels.of("Target", due.target()),
						times.format(due.due()), Labels.of("Outcome", due.outcome()) }));
			}
			dues.setText(String.join("   \u00b7   ", parts).replace("&", "&&"));
			List<Choice> agents = open.choices().getOrDefault(Dimension.AGENT, List.of());
			for (TimelineEntry entry : response.entries()) {
				TableItem item = new TableItem(table, SWT.NONE);
				item.setText(new String[] { times.format(entry.at()), duration(entry.sincePrevious()),
						duration(entry.sinceOpened()), Labels.of("Event", entry.type()),
						Labels.of("Actor", entry.actor()) + entry.who().map(w -> " " + agentName(agents, w)).orElse(""),
						entry.detail().map(d -> "internal".equals(d) ? Messages.Timeline_internal : d).orElse("") });
			}
		}
		case UNKNOWN -> header.setText(NLS.bind(Messages.Timeline_unknown, response.conversation()));
		case FAILED -> header.setText(NLS.bind(Messages.Timeline_failed, response.reason().orElse("")));
		case CANCELLED -> {
			// a newer request replaced it
		}
		}
		header.getParent().layout(true, true);
	}

	/** @return the agent's name when {@code id} is an agent of the workspace, else {@code id} */
	private static String agentName(List<Choice> agents, String id) {
		return agents.stream().filter(a -> a.value().equals(id)).map(Choice::label).findFirst().orElse(id);
	}

	private String duration(Duration duration) {
		String size = format.duration(Math.abs(duration.toSeconds()));
		return duration.isNegative() ? "\u2212" + size : size;
	}

	/** @return the timeline shown now, for tests */
	public Optional<TimelineResponse> shown() {
		return shown;
	}

	/** @return the rows of the table as shown, for tests */
	public List<String[]> rows() {
		List<String[]> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			String[] cells = new String[table.getColumnCount()];
			for (int i = 0; i < cells.length; i++) {
				cells[i] = item.getText(i);
			}
			rows.add(cells);
		}
		return rows;
	}
}
