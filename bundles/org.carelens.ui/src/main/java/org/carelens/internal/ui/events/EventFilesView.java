package org.carelens.internal.ui.events;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.EventType;
import org.carelens.core.api.io.LineProblem;
import org.carelens.core.inspect.EventCounts;
import org.carelens.core.inspect.EventFileInspector;
import org.carelens.core.inspect.FileReport;
import org.carelens.core.inspect.InspectionReport;
import org.carelens.internal.ui.DemoData;
import org.carelens.internal.ui.Formats;
import org.carelens.internal.ui.Messages;
import org.carelens.internal.ui.UiPreferences;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The Event Files view: opens event files and shows what they hold, rendering the reports of the
 * {@link EventFileInspector} service. Reading runs in a cancellable job; the latest request wins.
 */
public final class EventFilesView extends ViewPart {

	public static final String ID = "org.carelens.ui.views.eventFiles";

	/** The {@code setData} key under which the view names the widgets tests and tools look for. */
	public static final String WIDGET_KEY = "org.carelens.widget";
	public static final String FILES_TABLE = "eventFiles.files";
	public static final String COUNTS_TABLE = "eventFiles.counts";
	public static final String PROBLEMS_TABLE = "eventFiles.problems";
	public static final String TILE_FILES = "eventFiles.tile.files";
	public static final String TILE_EVENTS = "eventFiles.tile.events";
	public static final String TILE_REJECTED = "eventFiles.tile.rejected";
	public static final String TILE_FIRST = "eventFiles.tile.first";
	public static final String TILE_LAST = "eventFiles.tile.last";

	private static final String OPEN_COMMAND = "org.carelens.ui.commands.openEventFiles";
	private static final RGB REJECTED_RGB = new RGB(0xB9, 0x1C, 0x1C);
	private static final RGB VALID_RGB = new RGB(0x04, 0x78, 0x57);
	private static final RGB CAPTION_RGB = new RGB(0x5F, 0x63, 0x68);

	private ServiceTracker<EventFileInspector, EventFileInspector> inspectors;
	private LocalResourceManager resources;
	private final IPropertyChangeListener preferenceListener = this::preferenceChanged;

	private Composite root;
	private StackLayout stack;
	private Composite emptyPage;
	private Composite reportPage;
	private Label message;
	private Label emptyMessage;
	private Label zoneNote;
	private final List<Label> tiles = new ArrayList<>();
	private SashForm sections;
	private Label countsTitle;
	private Label problemsTitle;
	private TableViewer filesViewer;
	private TableViewer countsViewer;
	private TableViewer problemsViewer;

	private volatile Job job;
	private InspectionReport shown;
	private EventCounts counts;
	private List<LineProblem> problems = List.of();
	private Formats formats = Formats.current();

	@Override
	public void createPartControl(Composite parent) {
		inspectors = new ServiceTracker<>(FrameworkUtil.getBundle(EventFilesView.class).getBundleContext(),
				EventFileInspector.class, null);
		inspectors.open();
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		UiPreferences.store().addPropertyChangeListener(preferenceListener);

		root = new Composite(parent, SWT.NONE);
		stack = new StackLayout();
		root.setLayout(stack);
		emptyPage = createEmptyPage(root);
		reportPage = createReportPage(root);
		stack.topControl = emptyPage;
		acceptDroppedFiles(root);
	}

	// --- opening files -----------------------------------------------------------------------------------------

	/**
	 * Reads {@code files} in a job and shows their report when it is done; a request still running is cancelled.
	 *
	 * @return the scheduled job
	 */
	public Job open(List<Path> files) {
		Job previous = job;
		if (previous != null) {
			previous.cancel();
		}
		EventFileInspector inspector = inspectors.getService();
		if (inspector == null) {
			showFailure(NLS.bind(Messages.EventFiles_readFailed, files, "the event file inspector service is not available"));
			return null;
		}
		InspectJob next = new InspectJob(inspector, files, new InspectJob.Outcome() {
			@Override
			public void report(InspectionReport report, String warning) {
				deliver(report, warning);
			}

			@Override
			public void failure(String message) {
				deliver(null, message);
			}
		});
		job = next;
		next.schedule();
		return next;
	}

	/** @return the report on screen, once the view has rendered one */
	public Optional<InspectionReport> shownReport() {
		return Optional.ofNullable(shown);
	}

	/** Hands a report (with a warning, or null) or a failure (with a null report) to the UI thread. */
	private void deliver(InspectionReport report, String message) {
		Job delivering = Job.getJobManager().currentJob();
		if (root == null || root.isDisposed()) {
			return;
		}
		root.getDisplay().asyncExec(() -> {
			if (root.isDisposed() || (delivering != null && delivering != job)) {
				return; // a newer request superseded this one
			}
			if (report != null) {
				render(report);
				if (message != null) {
					setMessage(message);
				}
			} else {
				showFailure(message);
			}
		});
	}

	private void acceptDroppedFiles(Control control) {
		DropTarget target = new DropTarget(control, DND.DROP_COPY | DND.DROP_DEFAULT | DND.DROP_MOVE);
		target.setTransfer(new Transfer[] { FileTransfer.getInstance() });
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				event.detail = DND.DROP_COPY;
			}

			@Override
			public void drop(DropTargetEvent event) {
				if (event.data instanceof String[] names && names.length > 0) {
					open(Arrays.stream(names).map(Path::of).toList());
				}
			}
		});
	}

	// --- building the pages ------------------------------------------------------------------------------------

	private Composite createEmptyPage(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(40, 40).applyTo(page);
		Composite center = new Composite(page, SWT.NONE);
		GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.CENTER).grab(true, true).hint(560, SWT.DEFAULT)
				.applyTo(center);
		GridLayoutFactory.fillDefaults().spacing(12, 12).applyTo(center);

		Label title = new Label(center, SWT.WRAP);
		title.setText(Messages.EventFiles_emptyTitle);
		title.setFont(font(6, SWT.BOLD));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);

		Label text = new Label(center, SWT.WRAP);
		text.setText(Messages.EventFiles_emptyText);
		GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(text);

		emptyMessage = new Label(center, SWT.WRAP);
		emptyMessage.setForeground(color(REJECTED_RGB));
		GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).exclude(true).applyTo(emptyMessage);
		emptyMessage.setVisible(false);

		Composite buttons = new Composite(center, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 0).applyTo(buttons);
		Button open = new Button(buttons, SWT.PUSH);
		open.setText(Messages.EventFiles_open);
		open.addListener(SWT.Selection, e -> runCommand(OPEN_COMMAND));
		Button demo = new Button(buttons, SWT.PUSH);
		demo.setText(Messages.EventFiles_openDemo);
		Optional<Path> demoFile = DemoData.eventFile();
		demo.setEnabled(demoFile.isPresent());
		demo.addListener(SWT.Selection, e -> demoFile.ifPresent(file -> open(List.of(file))));
		return page;
	}

	private Composite createReportPage(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(10, 8).spacing(8, 6).applyTo(page);

		Composite tileRow = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).spacing(56, 0).applyTo(tileRow);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(tileRow);
		tile(tileRow, Messages.EventFiles_tileFiles, TILE_FILES);
		tile(tileRow, Messages.EventFiles_tileEvents, TILE_EVENTS);
		tile(tileRow, Messages.EventFiles_tileRejected, TILE_REJECTED);
		tile(tileRow, Messages.EventFiles_tileFirst, TILE_FIRST);
		tile(tileRow, Messages.EventFiles_tileLast, TILE_LAST);

		zoneNote = new Label(page, SWT.NONE);
		zoneNote.setForeground(color(CAPTION_RGB));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(zoneNote);

		message = new Label(page, SWT.WRAP);
		message.setForeground(color(REJECTED_RGB));
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(message);
		message.setVisible(false);

		sections = new SashForm(page, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sections);
		Composite filesSection = section(sections, Messages.EventFiles_filesSection);
		filesViewer = createFilesTable(filesSection);
		Composite countsSection = section(sections, Messages.EventFiles_countsSection);
		countsTitle = (Label) countsSection.getChildren()[0];
		countsViewer = createCountsTable(countsSection);
		Composite problemsSection = section(sections, "");
		problemsTitle = (Label) problemsSection.getChildren()[0];
		problemsViewer = createProblemsTable(problemsSection);
		sections.setWeights(24, 44, 32);
		return page;
	}

	private void tile(Composite parent, String caption, String key) {
		Composite tile = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(tile);
		GridDataFactory.fillDefaults().applyTo(tile);
		Label captionLabel = new Label(tile, SWT.NONE);
		captionLabel.setText(caption);
		captionLabel.setForeground(color(CAPTION_RGB));
		Label value = new Label(tile, SWT.NONE);
		value.setFont(font(5, SWT.BOLD));
		value.setData(WIDGET_KEY, key);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(value);
		tiles.add(value);
	}

	private Composite section(Composite parent, String title) {
		Composite section = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 4).extendedMargins(0, 0, 6, 0).applyTo(section);
		Label label = new Label(section, SWT.NONE);
		label.setText(title);
		label.setFont(font(1, SWT.BOLD));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
		return section;
	}

	private TableViewer createFilesTable(Composite parent) {
		TableViewer viewer = table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER, FILES_TABLE);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(viewer, Messages.EventFiles_colFile, 240, SWT.LEFT, row -> ((FileRow) row).all() ? Messages.EventFiles_allFiles
				: ((FileRow) row).name(), row -> ((FileRow) row).report().source());
		column(viewer, Messages.EventFiles_colValid, 110, SWT.RIGHT, row -> formats.count(((FileRow) row).report().events()), null);
		column(viewer, Messages.EventFiles_colRejected, 90, SWT.RIGHT, row -> formats.count(((FileRow) row).report().rejected()), null);
		column(viewer, Messages.EventFiles_colLines, 100, SWT.RIGHT, row -> formats.count(((FileRow) row).report().lines()), null);
		column(viewer, Messages.EventFiles_colSize, 90, SWT.RIGHT, row -> formats.bytes(((FileRow) row).report().bytes()), null);
		column(viewer, Messages.EventFiles_colFirst, 190, SWT.LEFT, row -> formats.instant(((FileRow) row).report().first()), null);
		column(viewer, Messages.EventFiles_colLast, 190, SWT.LEFT, row -> formats.instant(((FileRow) row).report().last()), null);
		viewer.addSelectionChangedListener(event -> showFile(selectedRow()));
		return viewer;
	}

	private TableViewer createCountsTable(Composite parent) {
		TableViewer viewer = table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER, COUNTS_TABLE);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(viewer, Messages.EventFiles_colType, 170, SWT.LEFT,
				row -> row instanceof EventType type ? type.wire() : Messages.EventFiles_total, null);
		for (ChannelKind channel : ChannelKind.values()) {
			column(viewer, Formats.channel(channel), 84, SWT.RIGHT, row -> formats.count(
					row instanceof EventType type ? counts.count(type, channel) : counts.total(channel)), null);
		}
		column(viewer, Messages.EventFiles_colUnopened, 90, SWT.RIGHT,
				row -> formats.count(row instanceof EventType type ? counts.unknownChannel(type) : counts.totalUnknownChannel()),
				row -> Messages.EventFiles_colUnopenedTip).getColumn().setToolTipText(Messages.EventFiles_colUnopenedTip);
		column(viewer, Messages.EventFiles_colNoConversation, 140, SWT.RIGHT,
				row -> formats.count(row instanceof EventType type ? counts.noConversation(type) : counts.totalNoConversation()),
				row -> Messages.EventFiles_colNoConversationTip).getColumn()
				.setToolTipText(Messages.EventFiles_colNoConversationTip);
		column(viewer, Messages.EventFiles_colTotal, 90, SWT.RIGHT,
				row -> formats.count(row instanceof EventType type ? counts.total(type) : counts.total()), null);
		return viewer;
	}

	private TableViewer createProblemsTable(Composite parent) {
		TableViewer viewer = table(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.VIRTUAL, PROBLEMS_TABLE);
		viewer.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				if (index < problems.size()) {
					viewer.replace(problems.get(index), index);
				}
			}

			@Override
			public void inputChanged(Viewer v, Object oldInput, Object newInput) {
				// the rows are read from the field problems
			}
		});
		viewer.setUseHashlookup(true);
		column(viewer, Messages.EventFiles_colFile, 200, SWT.LEFT, row -> Path.of(((LineProblem) row).source()).getFileName().toString(),
				row -> ((LineProblem) row).source());
		column(viewer, Messages.EventFiles_colLine, 80, SWT.RIGHT, row -> formats.count(((LineProblem) row).line()), null);
		column(viewer, Messages.EventFiles_colReason, 700, SWT.LEFT, row -> ((LineProblem) row).reason(),
				row -> ((LineProblem) row).reason());
		return viewer;
	}

	private TableViewer table(Composite parent, int style, String key) {
		// the table alone in a composite, so that its columns share the width by weight
		Composite holder = new Composite(parent, SWT.NONE);
		holder.setLayout(new TableColumnLayout());
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 60).applyTo(holder);
		TableViewer viewer = new TableViewer(holder, style);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setData(WIDGET_KEY, key);
		ColumnViewerToolTipSupport.enableFor(viewer);
		return viewer;
	}

	/** Adds a column whose share of the width is {@code width} and which is never narrower than that. */
	private static TableViewerColumn column(TableViewer viewer, String title, int width, int alignment,
			Function<Object, String> text, Function<Object, String> toolTip) {
		TableViewerColumn column = new TableViewerColumn(viewer, alignment);
		column.getColumn().setText(title);
		column.getColumn().setMoveable(true);
		TableColumnLayout layout = (TableColumnLayout) viewer.getTable().getParent().getLayout();
		layout.setColumnData(column.getColumn(), new ColumnWeightData(width, width, true));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}

			@Override
			public String getToolTipText(Object element) {
				return toolTip == null ? null : toolTip.apply(element);
			}
		});
		return column;
	}

	// --- rendering ---------------------------------------------------------------------------------------------

	private void preferenceChanged(org.eclipse.jface.util.PropertyChangeEvent event) {
		if (UiPreferences.ZONE.equals(event.getProperty()) && root != null && !root.isDisposed()) {
			root.getDisplay().asyncExec(() -> {
				if (!root.isDisposed() && shown != null) {
					render(shown);
				}
			});
		}
	}

	private void render(InspectionReport report) {
		shown = report;
		formats = Formats.current();
		FileReport total = report.total();
		setTile(TILE_FILES, formats.count(report.files().size()), null);
		setTile(TILE_EVENTS, formats.count(total.events()), null);
		setTile(TILE_REJECTED, formats.count(total.rejected()), total.rejected() > 0 ? REJECTED_RGB : VALID_RGB);
		setTile(TILE_FIRST, formats.shortInstant(total.first()), null);
		setTile(TILE_LAST, formats.shortInstant(total.last()), null);
		zoneNote.setText(NLS.bind(Messages.EventFiles_timesIn, formats.zone().getId()));
		setMessage(report.cancelled() ? Messages.EventFiles_cancelled : null);

		List<FileRow> rows = new ArrayList<>();
		if (report.files().size() > 1) {
			rows.add(new FileRow(total, true));
		}
		report.files().forEach(file -> rows.add(new FileRow(file, false)));
		filesViewer.setInput(rows);
		stack.topControl = reportPage;
		// one file needs one row; a set needs room for its rows and the "all files" row
		sections.setWeights(rows.size() > 1 ? 28 : 19, rows.size() > 1 ? 44 : 54, rows.size() > 1 ? 28 : 27);
		root.layout(true, true);
		if (!rows.isEmpty()) {
			filesViewer.setSelection(new StructuredSelection(rows.get(0)), true);
		}
		showFile(rows.isEmpty() ? null : rows.get(0));
	}

	private FileRow selectedRow() {
		IStructuredSelection selection = filesViewer.getStructuredSelection();
		return selection.isEmpty() ? null : (FileRow) selection.getFirstElement();
	}

	private void showFile(FileRow row) {
		if (shown == null) {
			return;
		}
		FileReport report = row == null ? shown.total() : row.report();
		counts = report.counts();
		countsTitle.setText(row == null || row.all() ? Messages.EventFiles_countsSection
				: NLS.bind(Messages.EventFiles_countsSectionOf, row.name()));
		List<Object> countRows = new ArrayList<>();
		for (EventType type : EventType.values()) {
			if (counts.total(type) > 0) {
				countRows.add(type);
			}
		}
		countRows.add(Messages.EventFiles_total);
		countsViewer.setInput(countRows);

		problems = row == null || row.all() ? shown.problems()
				: shown.problems().stream().filter(p -> p.source().equals(row.report().source())).toList();
		long rejected = report.rejected();
		String title = NLS.bind(Messages.EventFiles_problemsSection, formats.count(rejected));
		if (rejected == 0) {
			title = title + " \u2014 " + Messages.EventFiles_problemsNone;
		} else if (problems.size() < rejected) {
			title = title + " \u2014 " + NLS.bind(Messages.EventFiles_problemsTruncated, formats.count(problems.size()),
					formats.count(rejected));
		}
		problemsTitle.setText(title);
		problemsViewer.setInput(problems);
		problemsViewer.setItemCount(problems.size());
		problemsViewer.refresh();
		countsTitle.getParent().layout();
		problemsTitle.getParent().layout();
	}

	private void setTile(String key, String text, RGB rgb) {
		for (Label tile : tiles) {
			if (key.equals(tile.getData(WIDGET_KEY))) {
				tile.setText(text);
				tile.setForeground(rgb == null ? null : color(rgb));
			}
		}
	}

	/** Nothing could be read: the report of earlier files stays, or the empty page says what went wrong. */
	private void showFailure(String failure) {
		if (shown == null) {
			emptyMessage.setText(failure);
			emptyMessage.setVisible(true);
			((GridData) emptyMessage.getLayoutData()).exclude = false;
		} else {
			setMessage(failure);
		}
		root.layout(true, true);
	}

	private void setMessage(String text) {
		boolean visible = text != null;
		message.setText(visible ? text : "");
		message.setVisible(visible);
		((GridData) message.getLayoutData()).exclude = !visible;
		message.getParent().layout();
	}

	private void runCommand(String commandId) {
		try {
			getSite().getService(IHandlerService.class).executeCommand(commandId, null);
		} catch (CommandException e) {
			setMessage(e.getMessage());
		}
	}

	private Font font(int heightDelta, int style) {
		return resources.create(FontDescriptor.createFrom(JFaceResources.getDefaultFont()).increaseHeight(heightDelta)
				.setStyle(style));
	}

	private Color color(RGB rgb) {
		return resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(rgb));
	}

	@Override
	public void setFocus() {
		if (stack.topControl == reportPage) {
			filesViewer.getTable().setFocus();
		} else {
			root.setFocus();
		}
	}

	@Override
	public void dispose() {
		Job running = job;
		if (running != null) {
			running.cancel();
		}
		UiPreferences.store().removePropertyChangeListener(preferenceListener);
		if (inspectors != null) {
			inspectors.close();
		}
		super.dispose();
	}
}
