package org.carelens.internal.reports.ui;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Report perspective: the KPI dashboard over the whole window, Progress below it on demand.
 */
public final class ReportPerspective implements IPerspectiveFactory {

	public static final String ID = "org.carelens.reports.ui.perspectives.report";
	private static final String PROGRESS_VIEW = "org.eclipse.ui.views.ProgressView";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		layout.addStandaloneView(DashboardView.ID, false, IPageLayout.TOP, 0.8f, layout.getEditorArea());
		layout.getViewLayout(DashboardView.ID).setCloseable(false);
		layout.createPlaceholderFolder("bottom", IPageLayout.BOTTOM, 0.8f, DashboardView.ID)
				.addPlaceholder(PROGRESS_VIEW);
		layout.addShowViewShortcut(DashboardView.ID);
		layout.addShowViewShortcut(PROGRESS_VIEW);
	}
}
