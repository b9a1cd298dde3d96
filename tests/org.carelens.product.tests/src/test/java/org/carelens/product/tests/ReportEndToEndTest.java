package org.carelens.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code carelens report} through the real launcher on a small demo workspace: a saved report to PDF and XLSX, the
 * numbers equal to {@code carelens kpi}'s over the same days, and the errors.
 */
class ReportEndToEndTest {

	@TempDir
	Path dir;

	@BeforeEach
	void demoWorkspaceWithASavedReport() throws Exception {
		Launcher.Run demo = Launcher.run(dir, "demo", "--workspace", "ws", "--conversations", "2000", "--seed", "5",
				"--from", "2026-01-01");
		assertEquals(0, demo.exit(), demo.err());
		Files.createDirectories(dir.resolve("ws/reports"));
		Files.writeString(dir.resolve("ws/reports/q1.properties"), """
				title = Q1 quality review
				sections = dashboard, charts, comparison, surveys
				period = 2026-01-01..2026-03-31
				by = team
				metrics = resolution_rate, first_response_time, csat
				locale = en
				""", StandardCharsets.UTF_8);
	}

	/** @return per metric id, its value over Q1 as {@code carelens kpi} prints it (rounded) */
	private Map<String, BigDecimal> kpi() throws Exception {
		Launcher.Run kpi = Launcher.run(dir, "kpi", "--workspace", "ws", "--metrics",
				"resolution_rate,first_response_time,csat", "--from", "2026-01-01", "--to", "2026-03-31", "--format",
				"csv");
		assertEquals(0, kpi.exit(), kpi.err());
		List<String> header = List.of(kpi.out().lines().toList().get(0).split(","));
		List<String> row = List.of(kpi.out().lines().toList().get(1).split(",", -1));
		Map<String, BigDecimal> values = new HashMap<>();
		values.put("resolution_rate", new BigDecimal(row.get(header.indexOf("resolution_rate.value"))));
		values.put("first_response_time", new BigDecimal(row.get(header.indexOf("first_response_time.mean"))));
		values.put("csat", new BigDecimal(row.get(header.indexOf("csat.value"))));
		return values;
	}

	@Test
	void xlsxHoldsTheNumbersOfCarelensKpi() throws Exception {
		Launcher.Run report = Launcher.run(dir, "report", "--workspace", "ws", "--report", "q1", "--out",
				"out/q1.xlsx");
		assertEquals(0, report.exit(), report.err());
		Map<String, BigDecimal> kpi = kpi();
		try (ReadableWorkbook workbook = new ReadableWorkbook(dir.resolve("out/q1.xlsx").toFile())) {
			List<Sheet> sheets = workbook.getSheets().toList();
			assertEquals(List.of("Contents", "KPI dashboard", "Charts", "Comparison Teams", "Surveys"),
					sheets.stream().map(Sheet::getName).toList());
			Map<String, Row> tiles = new HashMap<>();
			for (Row row : sheets.get(1).read()) {
				tiles.put(row.getCellAsString(0).orElse(""), row);
			}
			assertSame(kpi.get("resolution_rate"), number(tiles.get("Resolution rate")));
			assertSame(kpi.get("first_response_time"), number(tiles.get("First response time")));
			assertSame(kpi.get("csat"), number(tiles.get("Customer satisfaction (CSAT)")));
			// the teams' rows, the total, then the chart's data
			Row total = sheets.get(3).read().stream()
					.filter(r -> r.getCellAsString(0).orElse("").equals("All conversations")).findFirst().orElseThrow();
			assertSame(kpi.get("resolution_rate"), total.getCellAsNumber(1).orElseThrow().doubleValue());
		}
	}

	@Test
	void pdfInVietnameseOpensWithItsNumbersAndPages() throws Exception {
		Files.writeString(dir.resolve("ws/reports/q1-vi.properties"), """
				title = Báo cáo chất lượng quý 1
				sections = dashboard, charts, comparison, surveys
				period = 2026-01-01..2026-03-31
				metrics = resolution_rate, first_response_time, csat
				locale = vi
				""", StandardCharsets.UTF_8);
		Launcher.Run report = Launcher.run(dir, "report", "--workspace", "ws", "--report", "q1-vi", "--out",
				"q1.pdf", "--at", "2026-04-01");
		assertEquals(0, report.exit(), report.err());
		double rate = kpi().get("resolution_rate").doubleValue();
		try (PDDocument pdf = Loader.loadPDF(dir.resolve("q1.pdf").toFile())) {
			assertTrue(pdf.getNumberOfPages() >= 2);
			assertEquals(842, pdf.getPage(0).getMediaBox().getWidth(), 1);
			String text = new PDFTextStripper().getText(pdf);
			String percent = new BigDecimal(rate * 100).setScale(1, java.math.RoundingMode.HALF_EVEN).toPlainString()
					.replace('.', ',') + "%";
			for (String expected : List.of("Báo cáo chất lượng quý 1", "Bảng chỉ số KPI", "Tỷ lệ giải quyết vấn đề", percent,
					"Trang 1 / " + pdf.getNumberOfPages())) {
				assertTrue(text.contains(expected), expected + " in\n" + text);
			}
		}
	}

	@Test
	void listShowsTheSavedReportsAndTheBadOnes() throws Exception {
		Files.writeString(dir.resolve("ws/reports/broken.properties"), "sections = dashboard\nperiod = yesterday\n");
		Launcher.Run list = Launcher.run(dir, "report", "--workspace", "ws", "--list");
		assertEquals(1, list.exit(), list.err());
		assertTrue(list.out().contains("broken\tINVALID\t"), list.out());
		assertTrue(list.out().contains("period: 'yesterday' is neither a preset"), list.out());
		assertTrue(list.out().contains("q1\t2026-01-01..2026-03-31\tdashboard,charts,comparison,surveys\ten\t"
				+ "Q1 quality review"), list.out());
	}

	@Test
	void wrongArgumentsAndReportsFailWithoutWritingAFile() throws Exception {
		Launcher.Run format = Launcher.run(dir, "report", "--workspace", "ws", "--report", "q1", "--out", "q1.docx");
		assertEquals(2, format.exit());
		assertTrue(format.err().contains("the format comes from the file's extension"), format.err());
		Launcher.Run missing = Launcher.run(dir, "report", "--workspace", "ws", "--report", "q2", "--out", "q2.pdf");
		assertEquals(1, missing.exit());
		assertTrue(missing.err().contains("there is no saved report 'q2'; the saved reports are [q1]"),
				missing.err());
		Files.writeString(dir.resolve("ws/reports/q3.properties"),
				"sections = dashboard\nperiod = this_month\nmetrics = speed_of_light\n");
		Launcher.Run metric = Launcher.run(dir, "report", "--workspace", "ws", "--report", "q3", "--out", "q3.pdf");
		assertEquals(1, metric.exit());
		assertTrue(metric.err().contains("q3.properties: metrics: unknown metric 'speed_of_light'"), metric.err());
		assertFalse(Files.exists(dir.resolve("q2.pdf")) || Files.exists(dir.resolve("q3.pdf")));
	}

	/** Asserts that the report's exact number is {@code carelens kpi}'s, rounded as it prints (4 decimals). */
	private static void assertSame(BigDecimal kpi, double report) {
		assertEquals(0, kpi.compareTo(BigDecimal.valueOf(report).setScale(4, java.math.RoundingMode.HALF_EVEN)),
				"carelens kpi printed " + kpi + ", the report holds " + report);
	}

	private static double number(Row row) throws IOException {
		assertTrue(row != null, "a row for the metric");
		return row.getCellAsNumber(1).orElseThrow().doubleValue();
	}
}
