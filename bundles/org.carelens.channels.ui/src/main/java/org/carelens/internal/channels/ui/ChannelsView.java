package org.carelens.internal.channels.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.carelens.channels.api.ConnectorStatus;
import org.carelens.core.api.channel.ChannelInstance;
import org.carelens.internal.channels.runtime.ChannelException;
import org.carelens.internal.channels.runtime.ChannelRuntime;
import org.carelens.internal.channels.runtime.ChannelRuntimes;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.EventStoreProvider;
import org.carelens.store.api.StoreException;
import org.carelens.store.api.StoreLocation;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The channel instances of a workspace with their status, counters and last error: add, edit and remove them with a
 * form generated from their connector's settings, start and stop them, or import now.
 * <p>
 * The view opens the workspace's event store while it shows the workspace: the workbench owns its workspace.
 * Imports run as jobs; status changes come from the runtime on its threads and are shown on the UI thread.
 */
public final class ChannelsView extends ViewPart {

	public static final String ID = "org.carelens.channels.ui.views.channels";
	/** The {@code setData} key under which the view names the widgets tests and tools look for. */
	public static final String WIDGET_KEY = "org.carelens.widget";
	/** Between two pulls of a started instance. */
	static final Duration INTERVAL = Duration.ofSeconds(10);
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private ServiceTracker<ChannelRuntimes, ChannelRuntimes> runtimesTracker;
	private ServiceTracker<EventStoreProvider, EventStoreProvider> storesTracker;
	private Label workspaceLabel;
	private Table table;
	private final Map<String, Button> buttons = new HashMap<>();
	private Path workspace;
	private EventStore store;
	private ChannelRuntime runtime;
	private Map<String, ChannelInstance> instances = Map.of();
	private final Map<String, ConnectorStatus> statuses = new ConcurrentHashMap<>();
	private final Set<String> importing = ConcurrentHashMap.newKeySet();

	private static final String MEMENTO_WORKSPACE = "workspace";
	private Optional<Path> restored = Optional.empty();

	@Override
	public void init(IViewSite site, IMemento memento) throws PartInitException {
		super.init(site, memento);
		if (memento != null) {
			restored = Optional.ofNullable(memento.getString(MEMENTO_WORKSPACE)).map(Path::of)
					.filter(Files::isDirectory);
		}
	}

	@Override
	public void saveState(IMemento memento) {
		if (workspace != null) {
			memento.putString(MEMENTO_WORKSPACE, workspace.toString());
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		Bundle bundle = FrameworkUtil.getBundle(ChannelsView.class);
		runtimesTracker = new ServiceTracker<>(bundle.getBundleContext(), ChannelRuntimes.class, null);
		runtimesTracker.open();
		storesTracker = new ServiceTracker<>(bundle.getBundleContext(), EventStoreProvider.class, null);
		storesTracker.open();

		parent.setLayout(new GridLayout(2, false));
		workspaceLabel = new Label(parent, SWT.WRAP);
		workspaceLabel.setData(WIDGET_KEY, "workspace");
		workspaceLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		workspaceLabel.setText(Messages.Channels_noWorkspace);
		Button choose = button(parent, "chooseWorkspace", Messages.Channels_chooseWorkspace);
		choose.addListener(SWT.Selection, e -> {
			DirectoryDialog dialog = new DirectoryDialog(parent.getShell());
			dialog.setMessage(Messages.Channels_chooseWorkspaceMessage);
			String chosen = dialog.open();
			if (chosen != null) {
				showWorkspace(Path.of(chosen));
			}
		});

		Composite actions = new Composite(parent, SWT.NONE);
		// a row of actions above the table: the view is often a short strip below another
		actions.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		actions.setLayout(new GridLayout(6, false));
		button(actions, "add", Messages.Channels_add).addListener(SWT.Selection, e -> add());
		button(actions, "edit", Messages.Channels_edit).addListener(SWT.Selection, e -> edit());
		button(actions, "remove", Messages.Channels_remove).addListener(SWT.Selection, e -> {
			selected().ifPresent(id -> {
				if (MessageDialog.openQuestion(parent.getShell(), Messages.Channels_removeTitle,
						NLS.bind(Messages.Channels_removeQuestion, id))) {
					remove(id);
				}
			});
		});
		button(actions, "start", Messages.Channels_start).addListener(SWT.Selection, e -> selected().ifPresent(this::start));
		button(actions, "stop", Messages.Channels_stop).addListener(SWT.Selection, e -> selected().ifPresent(this::stop));
		button(actions, "importNow", Messages.Channels_importNow)
				.addListener(SWT.Selection, e -> selected().ifPresent(this::importNow));
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setData(WIDGET_KEY, "channels");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		String[] columns = { Messages.Channels_colChannel, Messages.Channels_colConnector, Messages.Channels_colState,
				Messages.Channels_colStored, Messages.Channels_colRejected, Messages.Channels_colLastEvent,
				Messages.Channels_colLastError };
		int[] widths = { 140, 160, 90, 80, 80, 150, 320 };
		for (int i = 0; i < columns.length; i++) {
			TableColumn column = new TableColumn(table, i == 3 || i == 4 ? SWT.RIGHT : SWT.LEFT);
			column.setText(columns[i]);
			column.setWidth(widths[i]);
		}
		table.addListener(SWT.Selection, e -> enableButtons());
		table.addListener(SWT.DefaultSelection, e -> edit());

		enableButtons();
		restored.ifPresent(this::showWorkspace);
	}

	private Button button(Composite parent, String key, String text) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setData(WIDGET_KEY, key);
		button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
		buttons.put(key, button);
		return button;
	}

	private Optional<ChannelRuntimes> runtimes() {
		return Optional.ofNullable(runtimesTracker.getService());
	}

	/** Shows the channels of {@code directory}, opening its event store; closes the one shown before. */
	public void showWorkspace(Path directory) {
		closeWorkspace();
		Optional<ChannelRuntimes> runtimes = runtimes();
		if (runtimes.isEmpty()) {
			workspaceLabel.setText(Messages.Channels_noRuntime);
			return;
		}
		EventStoreProvider stores = null;
		for (EventStoreProvider provider : storesTracker.getServices(new EventStoreProvider[0])) {
			if (EventStoreProvider.EMBEDDED.equals(provider.kind())) {
				stores = provider;
			}
		}
		try {
			if (stores == null) {
				throw new StoreException("no embedded event store is installed");
			}
			store = stores.open(new StoreLocation.Workspace(directory));
			workspace = directory.toAbsolutePath();
			runtime = runtimes.get().open(workspace, store, this::statusChanged);
			instances = new WorkspaceChannels(workspace, runtimes.get().secrets()).load();
			workspaceLabel.setText(NLS.bind(Messages.Channels_workspace, workspace));
		} catch (IOException | RuntimeException e) {
			closeWorkspace();
			workspaceLabel.setText(NLS.bind(Messages.Channels_openFailed, directory, e.getMessage()));
		}
		workspaceLabel.getParent().layout(true, true);
		refresh();
	}

	private void closeWorkspace() {
		if (runtime != null) {
			runtime.close();
			runtime = null;
		}
		Job.getJobManager().cancel(this);
		try {
			Job.getJobManager().join(this, null);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		if (store != null) {
			store.close();
			store = null;
		}
		workspace = null;
		instances = Map.of();
		statuses.clear();
	}

	private void statusChanged(String instanceId, String connectorId, ConnectorStatus status) {
		statuses.put(instanceId, status);
		if (!table.isDisposed()) {
			table.getDisplay().asyncExec(this::refresh);
		}
	}

	/** Redraws the table from the instances and their last status. */
	void refresh() {
		if (table.isDisposed()) {
			return;
		}
		Optional<String> selection = selected();
		table.removeAll();
		for (ChannelInstance instance : instances.values()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setData(instance.id());
			boolean installed = runtimes().flatMap(r -> r.registry().find(instance.connectorId())).isPresent();
			ConnectorStatus status = statuses.getOrDefault(instance.id(), ConnectorStatus.STOPPED);
			ConnectorStatus.Counters counters = status.counters();
			item.setText(new String[] { instance.id(), instance.connectorId(),
					installed ? state(status.state()) : Messages.Channels_notInstalled, Long.toString(counters.stored()),
					Long.toString(counters.rejected()),
					status.lastEventAt().map(at -> TIME.format(at.atZone(ZoneId.systemDefault()))).orElse(""),
					status.reason().orElse("") });
			if (selection.equals(Optional.of(instance.id()))) {
				table.setSelection(item);
			}
		}
		enableButtons();
	}

	private static String state(ConnectorStatus.State state) {
		return switch (state) {
		case RUNNING -> Messages.Channels_stateRUNNING;
		case IDLE -> Messages.Channels_stateIDLE;
		case FAILING -> Messages.Channels_stateFAILING;
		case STOPPED -> Messages.Channels_stateSTOPPED;
		};
	}

	private Optional<String> selected() {
		TableItem[] items = table.getSelection();
		return items.length == 0 ? Optional.empty() : Optional.of((String) items[0].getData());
	}

	/** Selects the row of {@code id}, as a click would. */
	public void select(String id) {
		for (TableItem item : table.getItems()) {
			if (id.equals(item.getData())) {
				table.setSelection(item);
			}
		}
		enableButtons();
	}

	private void enableButtons() {
		Optional<String> id = selected();
		boolean open = runtime != null;
		boolean started = id.isPresent() && open && runtime.status(id.get()).isPresent();
		boolean busy = id.isPresent() && importing.contains(id.get());
		buttons.get("add").setEnabled(open);
		buttons.get("edit").setEnabled(id.isPresent() && !started && !busy);
		buttons.get("remove").setEnabled(id.isPresent() && !started && !busy);
		buttons.get("start").setEnabled(id.isPresent() && !started && !busy);
		buttons.get("stop").setEnabled(started);
		buttons.get("importNow").setEnabled(id.isPresent() && !started && !busy);
	}

	private void add() {
		runtimes().ifPresent(r -> openDialog(Optional.empty()));
	}

	private void edit() {
		selected().map(instances::get).ifPresent(instance -> openDialog(Optional.of(instance)));
	}

	/** @return the add or edit dialog of the shown workspace, not yet open */
	public ChannelDialog dialog(Optional<ChannelInstance> editing) {
		ChannelRuntimes runtimes = runtimes().orElseThrow();
		Path shown = workspace;
		return new ChannelDialog(table.getShell(), runtimes.registry().all(), editing, instances.keySet(),
				(id, key) -> runtimes.secrets().get(shown, id, key));
	}

	private void openDialog(Optional<ChannelInstance> editing) {
		ChannelDialog dialog = dialog(editing);
		if (dialog.open() == Window.OK) {
			dialog.result().ifPresent(this::save);
		}
	}

	/** Saves what a dialog returned into the workspace configuration and the secret store. */
	public void save(ChannelDialog.Result result) {
		try {
			WorkspaceChannels channels = new WorkspaceChannels(workspace, runtimes().orElseThrow().secrets());
			channels.save(result.instance(), result.values(), result.secretKeys());
			instances = channels.load();
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(table.getShell(), getPartName(), NLS.bind(Messages.Channels_saveFailed,
					e.getMessage()));
		}
		refresh();
		select(result.instance().id());
	}

	/** Removes an instance without asking. */
	public void remove(String id) {
		try {
			WorkspaceChannels channels = new WorkspaceChannels(workspace, runtimes().orElseThrow().secrets());
			channels.remove(id);
			instances = channels.load();
			statuses.remove(id);
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(table.getShell(), getPartName(), NLS.bind(Messages.Channels_saveFailed,
					e.getMessage()));
		}
		refresh();
	}

	/** Starts an instance: pulled every {@link #INTERVAL} until stopped. */
	public void start(String id) {
		ChannelInstance instance = instances.get(id);
		try {
			runtime.start(instance, INTERVAL);
		} catch (ChannelException e) {
			statuses.put(id, failing(e.getMessage()));
		}
		refresh();
	}

	public void stop(String id) {
		runtime.stop(id);
		refresh();
	}

	/** @return the job that imports what is new for the instance once */
	public Job importNow(String id) {
		ChannelInstance instance = instances.get(id);
		ChannelRuntime running = runtime;
		importing.add(id);
		Job job = new Job(NLS.bind(Messages.Channels_importJob, id)) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					statuses.put(id, running.runOnce(instance, 3));
				} catch (ChannelException e) {
					statuses.put(id, failing(e.getMessage()));
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return Status.CANCEL_STATUS;
				} finally {
					importing.remove(id);
					if (!table.isDisposed()) {
						table.getDisplay().asyncExec(ChannelsView.this::refresh);
					}
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == ChannelsView.this;
			}
		};
		job.setUser(false);
		job.schedule();
		refresh();
		return job;
	}

	private static ConnectorStatus failing(String reason) {
		return new ConnectorStatus(ConnectorStatus.State.FAILING, Optional.of(reason), Optional.empty(),
				ConnectorStatus.Counters.ZERO);
	}

	/** @return the table's rows as shown, cell texts by column, for tests */
	public List<List<String>> rows() {
		List<List<String>> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			List<String> cells = new ArrayList<>();
			for (int i = 0; i < table.getColumnCount(); i++) {
				cells.add(item.getText(i));
			}
			rows.add(cells);
		}
		return rows;
	}

	/** @return the button named {@code key}, for tests */
	public Button button(String key) {
		return buttons.get(key);
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}

	@Override
	public void dispose() {
		closeWorkspace();
		runtimesTracker.close();
		storesTracker.close();
		super.dispose();
	}
}
