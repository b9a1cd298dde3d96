package org.carelens.internal.reports.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * "Choose Tiles...": every installed metric in a checklist, the chosen ones first in their order, which the Up and
 * Down buttons change.
 */
final class ChooseTilesDialog extends Dialog {

	/** Metric id → its name, chosen ones first in tile order, then the others by name. */
	private final Map<String, String> metrics;
	private final List<String> defaults;
	private List<String> chosen;
	private Table table;
	private Button ok;

	/**
	 * @param labels   every installed metric's name by id
	 * @param chosen   the tiles shown now, in order
	 * @param defaults the tiles of a new dashboard, for "Restore Defaults"
	 */
	ChooseTilesDialog(Shell parent, Map<String, String> labels, List<String> chosen, List<String> defaults) {
		super(parent);
		this.metrics = ordered(labels, chosen);
		this.chosen = List.copyOf(chosen);
		this.defaults = List.copyOf(defaults);
	}

	private static Map<String, String> ordered(Map<String, String> labels, List<String> chosen) {
		Map<String, String> ordered = new LinkedHashMap<>();
		chosen.stream().filter(labels::containsKey).forEach(id -> ordered.put(id, labels.get(id)));
		labels.entrySet().stream().filter(e -> !ordered.containsKey(e.getKey()))
				.sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
				.forEach(e -> ordered.put(e.getKey(), e.getValue()));
		return ordered;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.ChooseTiles_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		Label message = new Label(area, SWT.WRAP);
		message.setText(Messages.ChooseTiles_message);
		GridData messageData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		messageData.widthHint = 420;
		message.setLayoutData(messageData);
		table = new Table(area, SWT.CHECK | SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
		table.setData(DashboardView.WIDGET_KEY, "chooseTiles.table");
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 1, 3);
		tableData.heightHint = 360;
		tableData.widthHint = 360;
		table.setLayoutData(tableData);
		fill(metrics.keySet().stream().toList(), chosen);
		table.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK) {
				updateOk();
			}
		});
		button(area, Messages.ChooseTiles_up, () -> move(-1));
		button(area, Messages.ChooseTiles_down, () -> move(1));
		Button restore = button(area, Messages.ChooseTiles_defaults, () -> {
			List<String> order = new ArrayList<>(defaults);
			metrics.keySet().stream().filter(id -> !defaults.contains(id)).forEach(order::add);
			fill(order, defaults);
			updateOk();
		});
		((GridData) restore.getLayoutData()).verticalAlignment = SWT.TOP;
		return area;
	}

	private Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	private void fill(List<String> order, List<String> checked) {
		table.removeAll();
		for (String id : order) {
			if (!metrics.containsKey(id)) {
				continue;
			}
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(metrics.get(id));
			item.setData(id);
			item.setChecked(checked.contains(id));
		}
	}

	private void move(int by) {
		int index = table.getSelectionIndex();
		int to = index + by;
		if (index < 0 || to < 0 || to >= table.getItemCount()) {
			return;
		}
		List<String> order = new ArrayList<>();
		List<String> checked = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			order.add((String) item.getData());
			if (item.getChecked()) {
				checked.add((String) item.getData());
			}
		}
		order.add(to, order.remove(index));
		fill(order, checked);
		table.setSelection(to);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		ok = getButton(IDialogConstants.OK_ID);
		updateOk();
	}

	private void updateOk() {
		if (ok != null) {
			// a dashboard without tiles says nothing: at least one
			ok.setEnabled(checked().size() > 0);
		}
	}

	private List<String> checked() {
		List<String> ids = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			if (item.getChecked()) {
				ids.add((String) item.getData());
			}
		}
		return ids;
	}

	@Override
	protected void okPressed() {
		chosen = checked();
		super.okPressed();
	}

	/** @return the chosen tiles in order, once OK was pressed */
	List<String> chosen() {
		return chosen;
	}
}
