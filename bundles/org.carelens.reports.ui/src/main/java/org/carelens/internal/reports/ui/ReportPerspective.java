package org.carelens.internal.reports.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPlaceholderFolderLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Report perspective: the report views stacked over most of the window (dashboard first), the drill-down lists,
 * a conversation's timeline and Progress below them, opened on demand.
 */
public final class ReportPerspective implements IPerspectiveFactory {

	public static final String ID = "org.carelens.reports.ui.perspectives.report";
	/** The folder of the report views: dashboard, comparisons, and those that report packs add. */
	public static final String REPORTS_FOLDER = "org.carelens.reports.ui.folders.reports";
	/** The folder below: the conversations behind a number, a conversation's timeline, progress. */
	public static final String DETAILS_FOLDER = "org.carelens.reports.ui.folders.details";
	public static final String COMPARISONS_VIEW = "org.carelens.reports.ui.views.comparisons";
	public static final String SURVEYS_VIEW = "org.carelens.reports.ui.views.surveys";
	public static final String QA_VIEW = "org.carelens.reports.ui.views.qa";
	public static final String SLA_QUEUE_VIEW = "org.carelens.reports.ui.views.slaQueue";
	public static final String CONVERSATIONS_VIEW = "org.carelens.reports.ui.views.conversations";
	public static final String TIMELINE_VIEW = "org.carelens.reports.ui.views.timeline";
	private static final String PROGRESS_VIEW = "org.eclipse.ui.views.ProgressView";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		IFolderLayout reports = layout.createFolder(REPORTS_FOLDER, IPageLayout.TOP, 0.95f, layout.getEditorArea());
		reports.addView(DashboardView.ID);
		reports.addPlaceholder(COMPARISONS_VIEW);
		reports.addPlaceholder(SURVEYS_VIEW);
		reports.addPlaceholder(QA_VIEW);
		reports.addPlaceholder(SLA_QUEUE_VIEW);
		layout.getViewLayout(DashboardView.ID).setCloseable(false);
		IPlaceholderFolderLayout details = layout.createPlaceholderFolder(DETAILS_FOLDER, IPageLayout.BOTTOM, 0.55f,
				REPORTS_FOLDER);
		details.addPlaceholder(CONVERSATIONS_VIEW);
		details.addPlaceholder(TIMELINE_VIEW);
		details.addPlaceholder(PROGRESS_VIEW);
		layout.addShowViewShortcut(DashboardView.ID);
		layout.addShowViewShortcut(COMPARISONS_VIEW);
		layout.addShowViewShortcut(SURVEYS_VIEW);
		layout.addShowViewShortcut(QA_VIEW);
		layout.addShowViewShortcut(SLA_QUEUE_VIEW);
		layout.addShowViewShortcut(PROGRESS_VIEW);
	}
}
