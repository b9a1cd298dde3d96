package org.carelens.ui.tests;

import static org.carelens.ui.tests.ReportTests.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.carelens.internal.reports.ui.DashboardView;
import org.carelens.internal.surveys.ui.SurveyEditorView;
import org.carelens.model.Survey;
import org.carelens.model.Workspace;
import org.carelens.model.store.WorkspaceModelStore;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Survey Definitions view on a generated workspace: an edit of a survey's sampling and question is in
 * {@code workspace.carelens} after Save and in the form when the view is opened again; a value the model's validator
 * refuses shows its message and leaves the file as it was.
 */
class SurveyEditorUiTest {

	@TempDir
	Path dir;

	/** Closed after the test, so that the next test opens its own dashboard rather than finding this one. */
	@AfterEach
	void hideViews() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		for (String id : new String[] { SurveyEditorView.ID, DashboardView.ID }) {
			IViewPart view = page.findView(id);
			if (view instanceof SurveyEditorView editor && editor.isDirty()) {
				// a test that failed half-way: reverted, or closing it would ask whether to save
				editor.button("revert").orElseThrow().notifyListeners(org.eclipse.swt.SWT.Selection,
						new org.eclipse.swt.widgets.Event());
			}
			if (view != null) {
				page.hideView(view);
			}
		}
	}

	private static Survey survey(Workspace workspace, String id) {
		return workspace.getSurveys().stream().filter(s -> s.getId().equals(id)).findFirst().orElseThrow();
	}

	private static SurveyEditorView showEditor(IWorkbenchPage page) throws Exception {
		SurveyEditorView view = (SurveyEditorView) page.showView(SurveyEditorView.ID);
		waitFor(() -> !view.listed().isEmpty());
		return view;
	}

	private static Text text(SurveyEditorView view, String key) {
		return (Text) view.field(key).orElseThrow();
	}

	@Test
	void anEditedSamplingAndQuestionAreSavedAndAnInvalidValueIsNot() throws Exception {
		Path workspace = dir.resolve("ws");
		ReportTests.demoWorkspace(workspace, 5);
		WorkspaceModelStore file = new WorkspaceModelStore(workspace);

		DashboardView dashboard = ReportTests.dashboardOn(workspace);
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window.getActivePage();

		SurveyEditorView view = showEditor(page);
		Workspace original = file.load();
		int csat = original.getSurveys().indexOf(survey(original, "csat-2026"));
		view.select(csat);
		assertEquals("csat-2026", text(view, "id").getText());
		text(view, "samplingPercent").setText("45");
		text(view, "questionEn").setText("How happy are you with our help today?");
		assertTrue(view.isDirty());
		assertEquals("", view.shownProblems());
		Button save = view.button("save").orElseThrow();
		assertTrue(save.isEnabled());
		view.doSave(null);
		assertFalse(view.isDirty());

		Survey saved = survey(file.load(), "csat-2026");
		assertEquals(45.0, saved.getDispatch().getSamplingPercent());
		assertEquals("How happy are you with our help today?", saved.getQuestionEn());

		page.hideView(view);
		SurveyEditorView reopened = showEditor(page);
		reopened.select(csat);
		assertEquals("45", text(reopened, "samplingPercent").getText());
		assertEquals("How happy are you with our help today?", text(reopened, "questionEn").getText());

		byte[] before = Files.readAllBytes(file.file());
		text(reopened, "samplingPercent").setText("150");
		assertEquals("Survey 'csat-2026' samples 150.0% of conversations; a sampling rate is from 0 to 100",
				reopened.shownProblems());
		assertFalse(reopened.button("save").orElseThrow().isEnabled(), "Save is refused while the survey is broken");
		// what Ctrl+S does: refused in a dialog naming the validator's message, closed here once it shows
		Display display = window.getShell().getDisplay();
		boolean[] refused = { false };
		display.timerExec(100, new Runnable() {
			@Override
			public void run() {
				for (Shell shell : display.getShells()) {
					if (shell != window.getShell() && shell.isVisible()) {
						refused[0] = true;
						shell.close();
						return;
					}
				}
				display.timerExec(100, this);
			}
		});
		reopened.doSave(null);
		assertTrue(refused[0], "Save said why it refused");
		assertTrue(reopened.isDirty());
		assertEquals(new String(before, java.nio.charset.StandardCharsets.UTF_8),
				Files.readString(file.file()), "the file is as it was");

		reopened.button("revert").orElseThrow().notifyListeners(org.eclipse.swt.SWT.Selection,
				new org.eclipse.swt.widgets.Event());
		assertFalse(reopened.isDirty());
		reopened.select(csat);
		assertEquals("45", text(reopened, "samplingPercent").getText());
		assertEquals("", reopened.shownProblems());
	}
}
