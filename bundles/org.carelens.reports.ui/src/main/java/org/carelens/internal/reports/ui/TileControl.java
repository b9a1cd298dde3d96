package org.carelens.internal.reports.ui;

import java.util.Optional;

import org.carelens.kpi.api.Status;
import org.carelens.reports.core.Tile;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * One KPI tile: a status colour band, the metric's name, its value, target, change against the previous period,
 * sample size, confidence interval and a "low sample" mark. It only renders a computed {@link Tile}.
 */
final class TileControl extends Composite {

	static final RGB MET = new RGB(46, 125, 50);
	static final RGB AT_RISK = new RGB(230, 124, 0);
	static final RGB MISSED = new RGB(198, 40, 40);
	static final RGB NONE = new RGB(176, 176, 176);
	private static final RGB TEXT_MUTED = new RGB(96, 96, 96);

	private final LocalResourceManager resources;
	private final Label band;
	private final Label name;
	private final Label status;
	private final Label value;
	private final Label target;
	private final Label change;
	private final Label sample;
	private final Label lowSample;

	TileControl(Composite parent, String metric) {
		super(parent, SWT.BORDER);
		resources = new LocalResourceManager(JFaceResources.getResources(), this);
		// no background of its own: the theme's CSS styles labels after creation and would leave grey boxes on it
		setData(DashboardView.WIDGET_KEY, "tile." + metric);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 10;
		layout.marginHeight = 0;
		layout.marginBottom = 10;
		layout.verticalSpacing = 5;
		setLayout(layout);

		band = new Label(this, SWT.NONE);
		GridData bandData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		bandData.heightHint = 6;
		bandData.horizontalIndent = -10;
		bandData.widthHint = 10;
		band.setLayoutData(bandData);

		name = label(SWT.NONE, FontDescriptor.createFrom(JFaceResources.getDialogFont()).setStyle(SWT.BOLD), 2);
		value = label(SWT.NONE, FontDescriptor.createFrom(JFaceResources.getDialogFont()).setHeight(20)
				.setStyle(SWT.BOLD), 1);
		value.setData(DashboardView.WIDGET_KEY, "value." + metric);
		// beside the value rather than the name, so that long names (Vietnamese) keep the tile's width
		status = label(SWT.RIGHT, FontDescriptor.createFrom(JFaceResources.getDialogFont()).setStyle(SWT.BOLD), 1);
		status.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
		target = label(SWT.NONE, null, 2);
		change = label(SWT.NONE, null, 2);
		change.setData(DashboardView.WIDGET_KEY, "change." + metric);
		sample = label(SWT.NONE, null, 1);
		sample.setForeground(resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(TEXT_MUTED)));
		lowSample = new Label(this, SWT.CENTER);
		lowSample.setText(" " + Messages.Tile_lowSample + " ");
		lowSample.setToolTipText(Messages.Tile_lowSampleHint);
		lowSample.setFont(resources.create(FontDescriptor.createFrom(JFaceResources.getDialogFont())
				.setHeight(8).setStyle(SWT.BOLD)));
		GridData lowSampleData = new GridData(SWT.END, SWT.CENTER, false, false);
		lowSampleData.exclude = true;
		lowSample.setLayoutData(lowSampleData);
		lowSample.setVisible(false);
		lowSample.setData(DashboardView.WIDGET_KEY, "lowSample." + metric);
	}

	private Label label(int style, FontDescriptor font, int span) {
		Label label = new Label(this, style);
		if (font != null) {
			label.setFont(resources.create(font));
		}
		label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
		return label;
	}

	@Override
	public org.eclipse.swt.graphics.Point computeSize(int wHint, int hHint, boolean changed) {
		// the grid decides the width: a long name or interval must not widen one column over the others
		org.eclipse.swt.graphics.Point size = super.computeSize(wHint, hHint, changed);
		return wHint == SWT.DEFAULT ? new org.eclipse.swt.graphics.Point(200, size.y) : size;
	}

	private Color color(RGB rgb) {
		return resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(rgb));
	}

	String valueText() {
		return value.getText();
	}

	void show(Tile tile, String label, ValueFormat format) {
		name.setText(label);
		name.setToolTipText(label);
		Optional<Status> state = tile.status();
		RGB statusColour = state.map(s -> switch (s) {
		case MET -> MET;
		case AT_RISK -> AT_RISK;
		case MISSED -> MISSED;
		}).orElse(NONE);
		band.setBackground(color(statusColour));
		status.setText(state.map(s -> switch (s) {
		case MET -> Messages.Status_MET;
		case AT_RISK -> Messages.Status_AT_RISK;
		case MISSED -> Messages.Status_MISSED;
		}).orElse(""));
		status.setForeground(color(statusColour));
		value.setText(tile.value().map(v -> format.value(tile.unit(), v)).orElse(Messages.Tile_noValue));
		value.setToolTipText(tile.value().isPresent() ? null : Messages.Tile_noValueHint);
		String direction = tile.direction() == org.carelens.core.api.targets.TargetDirection.HIGHER_IS_BETTER
				? "\u2265 " : "\u2264 ";
		target.setText(tile.target().map(t -> NLS.bind(Messages.Tile_target, direction + format.value(tile.unit(), t)))
				.orElse(Messages.Tile_noTarget));
		Optional<Double> delta = tile.change();
		if (delta.isPresent()) {
			boolean none = format.negligible(tile.unit(), delta.get());
			String arrow = none ? "\u25c6 " : delta.get() > 0 ? "\u25b2 " : "\u25bc ";
			change.setText(arrow + NLS.bind(Messages.Tile_change, format.change(tile.unit(), delta.get())));
			change.setForeground(color(none ? TEXT_MUTED
					: tile.improved().map(better -> better ? MET : MISSED).orElse(TEXT_MUTED)));
		} else {
			change.setText(Messages.Tile_noChange);
			change.setForeground(color(TEXT_MUTED));
		}
		StringBuilder footer = new StringBuilder();
		tile.sampleSize().ifPresent(n -> footer.append(NLS.bind(Messages.Tile_sample, format.count(n))));
		tile.ci().ifPresent(ci -> footer.append(footer.isEmpty() ? "" : "  \u00b7  ")
				.append(NLS.bind(Messages.Tile_ci, format.interval(tile.unit(), ci))));
		sample.setText(footer.toString());
		sample.setToolTipText(footer.toString());
		// colours are set here, after the theme's CSS has styled the new labels (it would reset them otherwise)
		for (org.eclipse.swt.widgets.Control child : getChildren()) {
			if (child != band) {
				child.setBackground(getBackground());
			}
		}
		lowSample.setBackground(color(AT_RISK));
		lowSample.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		lowSample.setVisible(tile.lowSample());
		// excluded while hidden, so that the sample line gets the tile's whole width
		((GridData) lowSample.getLayoutData()).exclude = !tile.lowSample();
		((GridData) sample.getLayoutData()).horizontalSpan = tile.lowSample() ? 1 : 2;
		layout(true, true);
	}

	// selection: the tile whose trend is shown below the tiles

	private boolean selected;
	private boolean paintsSelection;

	/** Marks the tile as the one whose trend is shown, with a frame in the charts' colour. */
	void setSelected(boolean select) {
		if (selected == select) {
			return;
		}
		if (!paintsSelection) {
			addListener(SWT.Paint, this::paintSelection);
			paintsSelection = true;
		}
		selected = select;
		redraw();
	}

	boolean isSelected() {
		return selected;
	}

	private void paintSelection(org.eclipse.swt.widgets.Event e) {
		if (!selected) {
			return;
		}
		org.eclipse.swt.graphics.Rectangle area = getClientArea();
		e.gc.setForeground(color(SELECTED));
		e.gc.setLineWidth(4);
		e.gc.drawRectangle(area.x + 2, area.y + 2, area.width - 4, area.height - 4);
	}

	static final RGB SELECTED = new RGB(21, 101, 192);

	/**
	 * Makes a double click anywhere on the tile, and the item Show Conversations of its context menu, run
	 * {@code drill}: the drill-down into the conversations behind the tile's number.
	 */
	void onDrill(Runnable drill) {
		Menu menu = new Menu(this);
		MenuItem show = new MenuItem(menu, SWT.PUSH);
		show.setText(Messages.Tile_showConversations);
		show.addListener(SWT.Selection, e -> drill.run());
		setMenu(menu);
		addListener(SWT.MouseDoubleClick, e -> drill.run());
		for (org.eclipse.swt.widgets.Control child : getChildren()) {
			child.setMenu(menu);
			child.addListener(SWT.MouseDoubleClick, e -> drill.run());
		}
	}
}
