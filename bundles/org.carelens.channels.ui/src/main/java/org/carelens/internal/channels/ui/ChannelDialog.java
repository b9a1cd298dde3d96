package org.carelens.internal.channels.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import org.carelens.channels.api.FieldType;
import org.carelens.channels.api.InvalidSettingsException;
import org.carelens.channels.api.SettingField;
import org.carelens.channels.api.SettingsSchema;
import org.carelens.core.api.channel.ChannelInstance;
import org.carelens.internal.channels.runtime.ConnectorRegistry;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Adds or edits a channel instance with a form generated from its connector's settings schema: a text field per
 * text, number, duration, zone or path setting (paths with a browse button), a check box per flag, a drop-down per
 * choice, a masked field per secret; required settings are marked. OK is refused, with the reason, until the
 * settings fit the schema.
 */
public final class ChannelDialog extends TitleAreaDialog {

	/** What the dialog was closed with. */
	public record Result(ChannelInstance instance, Map<String, String> values, Set<String> secretKeys) {
	}

	private final List<ConnectorRegistry.Registered> connectors;
	private final Optional<ChannelInstance> editing;
	private final Set<String> takenIds;
	/** The stored secret of an instance being edited, by instance and key: a secret left empty is kept. */
	private final BiFunction<String, String, Optional<String>> storedSecret;
	private Text id;
	private Text name;
	private Combo connector;
	private Composite fields;
	private final Map<String, Control> controls = new LinkedHashMap<>();
	private Result result;

	public ChannelDialog(Shell shell, List<ConnectorRegistry.Registered> connectors, Optional<ChannelInstance> editing,
			Set<String> takenIds, BiFunction<String, String, Optional<String>> storedSecret) {
		super(shell);
		this.connectors = List.copyOf(connectors);
		this.editing = editing;
		this.takenIds = Set.copyOf(takenIds);
		this.storedSecret = storedSecret;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		String title = editing.map(e -> NLS.bind(Messages.Dialog_editTitle, e.id())).orElse(Messages.Dialog_addTitle);
		setTitle(title);
		setMessage(Messages.Dialog_message);
		getShell().setText(title);
		Composite form = new Composite(area, SWT.NONE);
		form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		form.setLayout(new GridLayout(3, false));
		id = text(form, NLS.bind(Messages.Dialog_required, Messages.Dialog_id), "id", SWT.BORDER);
		name = text(form, Messages.Dialog_name, "name", SWT.BORDER);
		new Label(form, SWT.NONE).setText(NLS.bind(Messages.Dialog_required, Messages.Dialog_connector));
		connector = new Combo(form, SWT.READ_ONLY);
		connector.setData(ChannelsView.WIDGET_KEY, "connector");
		connector.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		for (ConnectorRegistry.Registered registered : connectors) {
			connector.add(registered.descriptor().label() + " (" + registered.descriptor().id() + ")");
		}
		fields = new Composite(form, SWT.NONE);
		fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		fields.setLayout(new GridLayout(3, false));
		if (editing.isPresent()) {
			ChannelInstance instance = editing.get();
			id.setText(instance.id());
			id.setEnabled(false);
			name.setText(instance.name());
			for (int i = 0; i < connectors.size(); i++) {
				if (connectors.get(i).descriptor().id().equals(instance.connectorId())) {
					connector.select(i);
				}
			}
			connector.setEnabled(false);
		} else if (!connectors.isEmpty()) {
			connector.select(0);
		}
		connector.addListener(SWT.Selection, e -> showFields());
		showFields();
		return area;
	}

	private static Text text(Composite parent, String label, String key, int style) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, style);
		text.setData(ChannelsView.WIDGET_KEY, key);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		return text;
	}

	private Optional<ConnectorRegistry.Registered> selected() {
		int index = connector.getSelectionIndex();
		return index < 0 ? Optional.empty() : Optional.of(connectors.get(index));
	}

	/** Builds the form of the selected connector's schema. */
	private void showFields() {
		for (Control child : fields.getChildren()) {
			child.dispose();
		}
		controls.clear();
		Optional<ConnectorRegistry.Registered> chosen = selected();
		if (chosen.isPresent()) {
			Map<String, String> current = editing.map(ChannelInstance::settings).orElse(Map.of());
			for (SettingField field : chosen.get().connector().settingsSchema().fields()) {
				controls.put(field.key(), control(field, Optional.ofNullable(current.get(field.key()))));
			}
		}
		fields.layout(true, true);
		if (getShell().isVisible()) {
			getShell().pack();
		}
	}

	private Control control(SettingField field, Optional<String> current) {
		Label label = new Label(fields, SWT.NONE);
		label.setText(field.required() ? NLS.bind(Messages.Dialog_required, field.label()) : field.label());
		label.setToolTipText(field.help());
		String value = current.or(field::defaultValue).orElse("");
		Control control;
		int span = 2;
		switch (field.type()) {
		case BOOLEAN -> {
			Button check = new Button(fields, SWT.CHECK);
			check.setSelection(Boolean.parseBoolean(value));
			control = check;
		}
		case CHOICE -> {
			Combo combo = new Combo(fields, SWT.READ_ONLY);
			if (!field.required() || field.defaultValue().isPresent()) {
				field.choices().forEach(combo::add);
			} else {
				combo.add("");
				field.choices().forEach(combo::add);
			}
			combo.select(Math.max(0, combo.indexOf(value)));
			control = combo;
		}
		default -> {
			Text text = new Text(fields, SWT.BORDER | (field.secret() ? SWT.PASSWORD : SWT.NONE));
			if (!field.secret()) {
				text.setText(value);
			}
			control = text;
			if (field.type() == FieldType.PATH) {
				span = 1;
				Button browse = new Button(fields, SWT.PUSH);
				browse.setText(Messages.Dialog_browse);
				browse.setData(ChannelsView.WIDGET_KEY, "browse." + field.key());
				browse.addListener(SWT.Selection, e -> browse(field, text));
				browse.moveBelow(text);
			}
		}
		}
		control.setToolTipText(field.help());
		control.setData(ChannelsView.WIDGET_KEY, "setting." + field.key());
		control.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
		return control;
	}

	private void browse(SettingField field, Text text) {
		String chosen;
		if (field.key().contains("folder")) {
			chosen = new DirectoryDialog(getShell()).open();
		} else {
			chosen = new FileDialog(getShell(), SWT.OPEN).open();
		}
		if (chosen != null) {
			text.setText(chosen);
		}
	}

	private static String valueOf(Control control) {
		if (control instanceof Text text) {
			return text.getText().strip();
		}
		if (control instanceof Combo combo) {
			return combo.getText();
		}
		return Boolean.toString(((Button) control).getSelection());
	}

	@Override
	protected void okPressed() {
		String instanceId = id.getText().strip();
		if (!instanceId.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
			setErrorMessage(Messages.Dialog_idInvalid);
			return;
		}
		if (editing.isEmpty() && takenIds.contains(instanceId)) {
			setErrorMessage(NLS.bind(Messages.Dialog_idTaken, instanceId));
			return;
		}
		Optional<ConnectorRegistry.Registered> chosen = selected();
		if (chosen.isEmpty()) {
			return;
		}
		SettingsSchema schema = chosen.get().connector().settingsSchema();
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, String> checked = new LinkedHashMap<>();
		controls.forEach((key, control) -> {
			String value = valueOf(control);
			if (!value.isEmpty()) {
				values.put(key, value);
				checked.put(key, value);
			} else if (schema.secretKeys().contains(key) && editing.isPresent()) {
				storedSecret.apply(instanceId, key).ifPresent(kept -> checked.put(key, kept));
			}
		});
		try {
			schema.validate(checked);
		} catch (InvalidSettingsException e) {
			setErrorMessage(String.join("\n", e.problems()));
			return;
		}
		String label = name.getText().strip();
		Map<String, String> settings = new LinkedHashMap<>(values);
		settings.keySet().removeAll(schema.secretKeys());
		result = new Result(new ChannelInstance(instanceId, label.isEmpty() ? instanceId : label,
				chosen.get().descriptor().channel(), chosen.get().descriptor().id(), settings), values,
				schema.secretKeys());
		super.okPressed();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setData(ChannelsView.WIDGET_KEY, "ok");
	}

	/** @return the instance and settings entered, once closed with OK */
	public Optional<Result> result() {
		return Optional.ofNullable(result);
	}

	/** Presses OK as a person would; for tests, which cannot click. */
	public void pressOk() {
		okPressed();
	}
}
