package org.carelens.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.carelens.internal.channels.ui.ChannelDialog;
import org.carelens.internal.channels.ui.ChannelsView;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Channels view: a channel added through the form generated from its connector's settings, imported now, its
 * status, counters and last error shown.
 */
class ChannelsViewUiTest {

	private static final String EXPORT = """
			Ticket ID,Subject,Status,Priority,Source,Type,Agent,Group,Created time,Resolved time,Initial response time,Survey results,Contact ID
			101,Không đăng nhập được,Closed,Medium,Email,Problem,Võ Thị Cúc,Tier 1,2026-03-02 09:00:00,2026-03-02 15:30:00,2026-03-02 10:30:00,Awesome,c-9001
			102,Gọi lại,Pending,Urgent,Phone,Question,Võ Thị Cúc,Tier 1,2026-03-02 11:00:00,,,,c-9002
			103,Hoàn tiền,Resolved,Low,WhatsApp,Refund,,Tier 2,2026-03-03 08:00:00,,,,c-9003
			""";

	@TempDir
	Path dir;

	private IWorkbenchPage page;
	private ChannelsView view;

	@BeforeEach
	void showView() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		view = (ChannelsView) page.showView(ChannelsView.ID);
		view.showWorkspace(dir.resolve("ws"));
	}

	@AfterEach
	void hideView() {
		page.hideView(view);
	}

	private static Control find(Control root, String key) {
		if (key.equals(root.getData(ChannelsView.WIDGET_KEY))) {
			return root;
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Control found = find(child, key);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Opens the add dialog and chooses the CSV connector, as a person would. */
	private ChannelDialog addDialog() {
		ChannelDialog dialog = view.dialog(Optional.empty());
		dialog.setBlockOnOpen(false);
		dialog.open();
		Combo connector = (Combo) find(dialog.getShell(), "connector");
		connector.select(Arrays.asList(connector.getItems()).indexOf("CSV or XLSX ticket export (file.csv)"));
		connector.notifyListeners(SWT.Selection, null);
		return dialog;
	}

	private static void waitFor(java.util.function.BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 30_000;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
			if (!display.readAndDispatch()) {
				display.sleep();
				display.timerExec(50, () -> {
				});
			}
		}
	}

	@Test
	void theAddFormIsGeneratedFromTheConnectorsSettings() {
		ChannelDialog dialog = addDialog();
		try {
			Text file = (Text) find(dialog.getShell(), "setting.file");
			assertNotNull(file, "a text field for the file");
			assertNotNull(find(dialog.getShell(), "browse.file"), "with a browse button");
			Combo preset = (Combo) find(dialog.getShell(), "setting.preset");
			assertEquals(List.of("", "zendesk", "freshdesk", "osticket", "chatwoot", "servicenow", "custom"),
					List.of(preset.getItems()));
			assertEquals("UTC", ((Text) find(dialog.getShell(), "setting.zone")).getText(), "defaults filled in");
			assertEquals("20000", ((Text) find(dialog.getShell(), "setting.commit_rows")).getText());

			((Text) find(dialog.getShell(), "id")).setText("fd");
			dialog.pressOk();
			assertTrue(dialog.getErrorMessage().contains("setting 'file' (Export file) is required"),
					dialog.getErrorMessage());
			assertFalse(dialog.result().isPresent(), "the dialog stays open until the settings fit");
		} finally {
			dialog.close();
		}
	}

	@Test
	void aChannelAddedAndImportedNowShowsItsCountersAndAFailingOneItsError() throws Exception {
		Path export = dir.resolve("freshdesk.csv");
		Files.writeString(export, EXPORT, StandardCharsets.UTF_8);
		ChannelDialog dialog = addDialog();
		((Text) find(dialog.getShell(), "id")).setText("fd");
		((Text) find(dialog.getShell(), "setting.file")).setText(export.toString());
		Combo preset = (Combo) find(dialog.getShell(), "setting.preset");
		preset.select(preset.indexOf("freshdesk"));
		((Text) find(dialog.getShell(), "setting.zone")).setText("Asia/Ho_Chi_Minh");
		dialog.pressOk();
		view.save(dialog.result().orElseThrow());
		assertEquals(List.of(List.of("fd", "file.csv", "stopped", "0", "0", "", "")), view.rows());
		assertTrue(Files.readString(dir.resolve("ws/workspace.carelens")).contains("connectorId=\"file.csv\""));

		view.importNow("fd").join();
		waitFor(() -> view.rows().get(0).get(2).equals("idle"));
		List<String> row = view.rows().get(0);
		assertEquals(List.of("fd", "file.csv", "idle", "7", "1"), row.subList(0, 5), "7 events stored, 1 row rejected");
		assertFalse(row.get(5).isEmpty(), "the time of the last event");

		Files.delete(export);
		view.importNow("fd").join();
		waitFor(() -> view.rows().get(0).get(2).equals("failing"));
		assertEquals("no such file: " + export, view.rows().get(0).get(6));

		view.remove("fd");
		assertEquals(List.of(), view.rows());
	}
}
