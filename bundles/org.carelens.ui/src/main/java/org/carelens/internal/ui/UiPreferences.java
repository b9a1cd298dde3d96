package org.carelens.internal.ui;

import java.time.DateTimeException;
import java.time.ZoneId;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * The workbench's own preferences and their defaults.
 */
public final class UiPreferences {

	public static final String QUALIFIER = "org.carelens.ui";
	/** The zone dates and times are shown in; METRICS.md's workspace default. */
	public static final String ZONE = "displayZone";
	public static final String DEFAULT_ZONE = "Asia/Ho_Chi_Minh";

	private static IPreferenceStore store;

	private UiPreferences() {
	}

	public static synchronized IPreferenceStore store() {
		if (store == null) {
			store = new ScopedPreferenceStore(InstanceScope.INSTANCE, QUALIFIER);
		}
		return store;
	}

	/** @return the display zone; the default when the preference holds no valid zone */
	public static ZoneId zone() {
		String id = store().getString(ZONE);
		try {
			return ZoneId.of(id);
		} catch (DateTimeException e) {
			return ZoneId.of(DEFAULT_ZONE);
		}
	}

	static void setDefaults(IEclipsePreferences defaults) {
		defaults.put(ZONE, DEFAULT_ZONE);
	}
}
