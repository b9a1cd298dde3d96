package org.carelens.internal.ui;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;

/**
 * Sets the defaults of the workbench preferences.
 */
public final class PreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		UiPreferences.setDefaults(DefaultScope.INSTANCE.getNode(UiPreferences.QUALIFIER));
	}
}
