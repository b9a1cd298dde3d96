package org.carelens.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.carelens.core.inspect.InspectionReport;
import org.carelens.internal.ui.events.EventFilesView;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a person sees in the Event Files view after opening event files.
 */
class EventFilesViewUiTest {

	private static final int CHAT = 2;
	private static final int VOICE = 1;
	private static final int NO_CONVERSATION = 8;
	private static final int TOTAL = 9;

	@TempDir
	Path dir;

	private IWorkbenchWindow window;
	private EventFilesView view;

	@BeforeEach
	void showView() throws Exception {
		window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "the workbench has a window");
		IWorkbenchPage page = window.getActivePage();
		view = (EventFilesView) page.showView(EventFilesView.ID);
	}

	@Test
	void theWindowIsTitledCareLens() {
		assertEquals("CareLens", window.getShell().getText());
	}

	@Test
	void progressPropertiesAndPreferencesAreAvailable() throws Exception {
		IWorkbenchPage page = window.getActivePage();
		assertNotNull(page.showView("org.eclipse.ui.views.ProgressView"));
		assertNotNull(page.showView(IPageLayout.ID_PROP_SHEET));
		assertNotNull(PlatformUI.getWorkbench().getPreferenceManager().find("org.carelens.ui.preferences"),
				"Window > Preferences has a CareLens page");
		page.resetPerspective();
	}

	@Test
	void openingAFileShowsCountsByTypeAndChannelAndTheRejectedLines() throws Exception {
		Path file = write("sample.jsonl",
				opened("e1", "c1", "CHAT"), opened("e2", "c2", "CHAT"), opened("e3", "c3", "VOICE"),
				message("e4", "c1", "customer"), message("e5", "c1", "agent"), message("e6", "c2", "customer"),
				message("e7", "c2", "bot"),
				"{\"id\":\"e8\",\"type\":\"queue.entered\",\"at\":\"2026-02-10T08:20:00+07:00\",\"conversation\":\"c3\"}",
				"{\"id\":\"e9\",\"type\":\"order\",\"at\":\"2026-02-11T10:00:00+07:00\",\"customer\":\"cu\",\"amount\":450000}",
				"{\"id\":\"bad1\",\"type\":\"message\",\"at\":\"2026-02-10T08:20:00+07:00\",\"conversation\":\"c1\"}",
				"this is not JSON");

		InspectionReport report = openAndWait(List.of(file));

		assertEquals(9, report.total().events());
		assertEquals("9", tile(EventFilesView.TILE_EVENTS));
		assertEquals("2", tile(EventFilesView.TILE_REJECTED));
		assertEquals("1", tile(EventFilesView.TILE_FILES));

		Table counts = table(EventFilesView.COUNTS_TABLE);
		assertEquals("2", cell(counts, "conversation.opened", CHAT));
		assertEquals("1", cell(counts, "conversation.opened", VOICE));
		assertEquals("3", cell(counts, "conversation.opened", TOTAL));
		assertEquals("4", cell(counts, "message", CHAT));
		assertEquals("1", cell(counts, "queue.entered", VOICE));
		assertEquals("1", cell(counts, "order", NO_CONVERSATION));
		assertEquals("9", cell(counts, "Total", TOTAL));

		Table problems = table(EventFilesView.PROBLEMS_TABLE);
		assertEquals(2, problems.getItemCount());
		assertEquals("10", problems.getItem(0).getText(1));
		assertEquals("missing required field 'author'", problems.getItem(0).getText(2));
		assertTrue(problems.getItem(1).getText(2).startsWith("not valid JSON"), problems.getItem(1).getText(2));
	}

	@Test
	void severalFilesGetAnAllFilesRowAndSelectingAFileShowsItsCounts() throws Exception {
		Path chat = write("chat.jsonl", opened("a1", "c1", "CHAT"), message("a2", "c1", "customer"));
		Path email = write("email.jsonl", opened("b1", "c2", "EMAIL"), message("b2", "c2", "agent"),
				message("b3", "c1", "agent"));
		openAndWait(List.of(chat, email));

		Table files = table(EventFilesView.FILES_TABLE);
		assertEquals(3, files.getItemCount(), "all files, then one row per file");
		assertEquals("5", files.getItem(0).getText(1));
		assertEquals("chat.jsonl", files.getItem(1).getText(0));
		assertEquals("3", files.getItem(2).getText(1));

		Table counts = table(EventFilesView.COUNTS_TABLE);
		assertEquals("2", cell(counts, "message", CHAT), "c1's message in email.jsonl is counted under CHAT");
	}

	@Test
	void theLatestRequestWins() throws Exception {
		Path first = write("first.jsonl", opened("f1", "c1", "CHAT"));
		Path second = write("second.jsonl", opened("s1", "c1", "VOICE"), opened("s2", "c2", "VOICE"));
		view.open(List.of(first));
		InspectionReport report = openAndWait(List.of(second));
		assertEquals(second.toString(), report.files().get(0).source());
		assertEquals("2", tile(EventFilesView.TILE_EVENTS));
	}

	private InspectionReport openAndWait(List<Path> files) throws Exception {
		Job job = view.open(files);
		assertNotNull(job, "the inspector service is available");
		job.join(20_000, null);
		waitUntil(() -> view.shownReport().filter(r -> r.files().size() == files.size()
				&& r.files().get(0).source().equals(files.get(0).toString())).isPresent());
		return view.shownReport().orElseThrow();
	}

	private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 20_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("the view did not show the report within 20 s");
			}
			if (!display.readAndDispatch()) {
				Thread.sleep(10);
			}
		}
		while (display.readAndDispatch()) {
			// let the layout settle
		}
	}

	private String tile(String key) {
		return ((Label) find(window.getShell(), key)).getText();
	}

	private Table table(String key) {
		return (Table) find(window.getShell(), key);
	}

	private static String cell(Table table, String rowLabel, int column) {
		for (TableItem item : table.getItems()) {
			if (item.getText(0).equals(rowLabel)) {
				return item.getText(column);
			}
		}
		List<String> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			rows.add(item.getText(0));
		}
		throw new AssertionError("no row " + rowLabel + " in " + rows);
	}

	private static Control find(Control control, String key) {
		if (key.equals(control.getData(EventFilesView.WIDGET_KEY))) {
			return control;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Control found = find(child, key);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private Path write(String name, String... lines) throws IOException {
		return Files.write(dir.resolve(name), List.of(lines), StandardCharsets.UTF_8);
	}

	private static String opened(String id, String conversation, String channel) {
		return "{\"id\":\"" + id + "\",\"type\":\"conversation.opened\",\"at\":\"2026-02-10T08:15:00+07:00\","
				+ "\"conversation\":\"" + conversation + "\",\"channel\":\"" + channel + "\",\"customer\":\"cu\"}";
	}

	private static String message(String id, String conversation, String author) {
		return "{\"id\":\"" + id + "\",\"type\":\"message\",\"at\":\"2026-02-10T08:16:00+07:00\",\"conversation\":\""
				+ conversation + "\",\"author\":\"" + author + "\"}";
	}
}
