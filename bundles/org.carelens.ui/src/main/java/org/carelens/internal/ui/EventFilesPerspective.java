package org.carelens.internal.ui;

import org.carelens.internal.ui.events.EventFilesView;
import org.eclipse.ui.IPlaceholderFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Event Files perspective: the Event Files view, with room below it for Progress and Properties.
 */
public final class EventFilesPerspective implements IPerspectiveFactory {

	public static final String ID = "org.carelens.ui.perspectives.events";
	static final String PROGRESS_VIEW = "org.eclipse.ui.views.ProgressView";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		String editorArea = layout.getEditorArea();
		layout.addStandaloneView(EventFilesView.ID, false, IPageLayout.TOP, 0.75f, editorArea);
		layout.getViewLayout(EventFilesView.ID).setCloseable(false);
		// Progress and Properties open below on demand (Window > Show View, or the status line's progress area)
		IPlaceholderFolderLayout bottom = layout.createPlaceholderFolder("bottom", IPageLayout.BOTTOM, 0.75f,
				EventFilesView.ID);
		bottom.addPlaceholder(PROGRESS_VIEW);
		bottom.addPlaceholder(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(EventFilesView.ID);
		layout.addShowViewShortcut(PROGRESS_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
	}
}
