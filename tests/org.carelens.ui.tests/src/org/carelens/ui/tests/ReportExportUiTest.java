package org.carelens.ui.tests;

import static org.carelens.ui.tests.ReportTests.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.carelens.internal.reports.ui.DashboardView;
import org.carelens.internal.reports.ui.ReportPerspective;
import org.carelens.reports.core.DashboardResponse;
import org.carelens.reports.core.Tile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export... of the dashboard: the files it writes open and hold the tiles' numbers as the dashboard computed them.
 */
class ReportExportUiTest {

	@TempDir
	Path dir;

	@Test
	void dashboardExportHoldsTheTilesNumbersAndItsPdfOpens() throws Exception {
		Path workspace = dir.resolve("ws");
		ReportTests.demoWorkspace(workspace, 17);
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		PlatformUI.getWorkbench().showPerspective(ReportPerspective.ID, window);
		DashboardView dashboard = (DashboardView) window.getActivePage().showView(DashboardView.ID);
		dashboard.open(workspace);
		waitFor(() -> dashboard.shown().map(r -> r.status() == DashboardResponse.Status.COMPLETED).orElse(false)
				&& dashboard.shownCharts().isPresent());
		List<Tile> tiles = dashboard.shown().orElseThrow().tiles();

		Path csv = dir.resolve("dashboard.csv");
		Job csvJob = dashboard.reportActions().export(csv).orElseThrow();
		waitFor(() -> csvJob.getResult() != null);
		assertTrue(csvJob.getResult().isOK(), csvJob.getResult().getMessage());
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		// the title and what the report covers, a blank line, the section's title and the header, then one row a tile
		int first = lines.indexOf("") + 3;
		for (int i = 0; i < tiles.size(); i++) {
			List<String> fields = ReportTests.csvFields(lines.get(first + i));
			Tile tile = tiles.get(i);
			assertEquals(tile.value().map(v -> BigDecimal.valueOf(v).stripTrailingZeros().toPlainString()).orElse(""),
					fields.get(1), tile.metric() + " in " + lines.get(first + i));
			assertEquals(tile.sampleSize().map(String::valueOf).orElse(""), fields.get(6), tile.metric());
		}

		Path pdf = dir.resolve("dashboard.pdf");
		Job pdfJob = dashboard.reportActions().export(pdf).orElseThrow();
		waitFor(() -> pdfJob.getResult() != null);
		assertTrue(pdfJob.getResult().isOK(), pdfJob.getResult().getMessage());
		byte[] bytes = Files.readAllBytes(pdf);
		assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.US_ASCII));
		assertTrue(bytes.length > 20_000, "the tiles, the charts and the embedded font: " + bytes.length + " bytes");
	}
}
