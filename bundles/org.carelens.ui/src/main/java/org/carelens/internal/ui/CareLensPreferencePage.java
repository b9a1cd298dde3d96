package org.carelens.internal.ui;

import java.time.ZoneId;

import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Window &gt; Preferences &gt; CareLens: the time zone dates and times are shown in.
 */
public final class CareLensPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public CareLensPreferencePage() {
		super(GRID);
		setDescription(Messages.Preferences_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(UiPreferences.store());
	}

	@Override
	protected void createFieldEditors() {
		String[][] zones = ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("/") && !id.startsWith("Etc/"))
				.sorted().map(id -> new String[] { id, id }).toArray(String[][]::new);
		addField(new ComboFieldEditor(UiPreferences.ZONE, Messages.Preferences_zone, zones, getFieldEditorParent()));
	}
}
