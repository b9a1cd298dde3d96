package org.carelens.reports.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each format's file opens with an independent reader and holds the numbers of the provider responses. */
class ReportFormatTest {

	private static final Locale ENGLISH = Locale.forLanguageTag("en");
	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static byte[] write(ReportFormat format, Locale locale) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		format.write(SampleResponses.document(locale), out);
		return out.toByteArray();
	}

	@Test
	void xlsxHoldsTheTilesAsNumberCellsOnTheirOwnSheet() throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(write(ReportFormat.XLSX,
				ENGLISH)))) {
			List<Sheet> sheets = workbook.getSheets().toList();
			assertEquals(List.of("Contents", "KPI dashboard", "Charts", "Comparison Teams", "Surveys"),
					sheets.stream().map(Sheet::getName).toList());
			List<Row> rows = sheets.get(1).read();
			assertEquals("Metric", rows.get(0).getCellAsString(0).orElseThrow());
			Map<String, Row> byMetric = new HashMap<>();
			rows.stream().skip(1).forEach(r -> byMetric.put(r.getCellAsString(0).orElseThrow(), r));
			assertNumber(125.0, byMetric.get("first_response_time"), 1);
			assertNumber(120.0, byMetric.get("first_response_time"), 2);
			assertEquals("At risk", byMetric.get("first_response_time").getCellAsString(3).orElseThrow());
			assertNumber(-5.0, byMetric.get("first_response_time"), 4);
			assertNumber(412, byMetric.get("first_response_time"), 6);
			assertNumber(110.5, byMetric.get("first_response_time"), 7);
			assertNumber(139.25, byMetric.get("first_response_time"), 8);
			assertNumber(0.8523, byMetric.get("resolution_rate"), 1);
			assertNumber(34, byMetric.get("nps"), 1);
			assertNumber(4.31, byMetric.get("csat"), 1);
			assertEquals("yes", byMetric.get("csat").getCellAsString(9).orElseThrow());
		}
	}

	@Test
	void xlsxComparisonKeepsEveryDetailColumnAndTheTotal() throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(write(ReportFormat.XLSX,
				ENGLISH)))) {
			List<Row> rows = workbook.getSheets().toList().get(3).read();
			assertEquals(List.of("Teams", "first_response_time", "first_response_time: Sample",
					"first_response_time: Target", "first_response_time: Status", "first_response_time: Rank",
					"first_response_time: Previous period", "first_response_time: Change",
					"first_response_time: Benchmark", "resolution_rate"),
					headers(rows.get(0)).subList(0, 10));
			assertEquals("Đội Hà Nội", rows.get(1).getCellAsString(0).orElseThrow());
			assertNumber(98.0, rows.get(1), 1);
			assertNumber(1, rows.get(1), 5);
			assertNumber(-10.0, rows.get(1), 7);
			assertNumber(0.78, rows.get(2), 9);
			assertEquals("All conversations", rows.get(3).getCellAsString(0).orElseThrow());
			assertNumber(0.8523, rows.get(3), 9);
		}
	}

	@Test
	void xlsxChartSheetHoldsTheChartsData() throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(write(ReportFormat.XLSX,
				ENGLISH)))) {
			List<Row> rows = workbook.getSheets().toList().get(2).read();
			assertEquals("Chat", rows.get(1).getCellAsString(0).orElseThrow());
			assertNumber(640, rows.get(1), 1);
			assertNumber(360, rows.get(2), 1);
			List<String> firstColumn = rows.stream().map(r -> r.getCellAsString(0).orElse("")).toList();
			int backlog = firstColumn.indexOf("2026-W12");
			assertNumber(350, rows.get(backlog), 1);
			assertNumber(390, rows.get(backlog), 2);
			assertNumber(25, rows.get(backlog), 3);
		}
	}

	@Test
	void csvHoldsTheRawNumbersOfEverySection() throws IOException {
		String csv = new String(write(ReportFormat.CSV, ENGLISH), StandardCharsets.UTF_8);
		assertTrue(csv.startsWith("\uFEFFMarch review\r\n"), csv.substring(0, 40));
		assertTrue(csv.contains("\r\nfirst_response_time,125,120,At risk,-5,130,412,110.5,139.25,no\r\n"), csv);
		assertTrue(csv.contains("\r\nresolution_rate,0.8523,0.8,Met,0.0111"), csv);
		assertTrue(csv.contains(",0.8411,1000,0.8289,0.8731,no\r\n"), csv);
		assertTrue(csv.contains("\r\nĐội Hà Nội,98,200,120,Met,1,108,-10,,0.91,500,0.8,Met,1,,,\r\n"), csv);
		assertTrue(csv.contains("\r\nChat,57,190,0.3"), csv);
	}

	@Test
	void htmlIsOnePageWithTheFormattedNumbersTheirRawValuesAndSvgCharts() throws IOException {
		String html = new String(write(ReportFormat.HTML, ENGLISH), StandardCharsets.UTF_8);
		assertFalse(html.contains("<script"));
		assertFalse(html.contains("src=\"http"));
		Map<String, String> cells = new HashMap<>();
		Matcher td = Pattern.compile("<td class=\"n[^\"]*\" data-value=\"([^\"]*)\">([^<]*)</td>").matcher(html);
		while (td.find()) {
			cells.putIfAbsent(td.group(1), td.group(2));
		}
		assertEquals("2 min 05 s", cells.get("125"));
		assertEquals("85.2%", cells.get("0.8523"));
		assertEquals("+34", cells.get("34"));
		assertEquals("4.3", cells.get("4.31"));
		assertEquals("412", cells.get("412"));
		// channel mix, first response times, flow, the comparison's chart, two spreads and the response rates
		assertEquals(7, count(html, "<svg "));
		assertTrue(html.contains("<td class=\"n warning\" data-value=\"125\">"), "the value in its status colour");
		assertTrue(html.contains(">Đội Hà Nội</td>"));
		assertFalse(html.contains("first_response_time: Benchmark"), "detail columns are for spreadsheets");
	}

	@Test
	void pdfIsA4LandscapeWithTheNumbersPageNumbersAndAnEmbeddedFont() throws IOException {
		try (PDDocument pdf = PdfText.load(write(ReportFormat.PDF, ENGLISH))) {
			assertEquals(842, pdf.getPage(0).getMediaBox().getWidth(), 1);
			assertEquals(595, pdf.getPage(0).getMediaBox().getHeight(), 1);
			String text = PdfText.text(pdf);
			for (String value : List.of("March review", "Period: Mar 1, 2026 – Mar 31, 2026 (Asia/Ho_Chi_Minh)",
					"Filters: Channels = Chat, Voice", "2 min 05 s", "85.2%", "+34", "4.3", "At risk", "Đội Hà Nội",
					"Conversations by channel", "Created vs resolved, and backlog", "All conversations")) {
				assertTrue(text.contains(value), value + " in\n" + text);
			}
			int pages = pdf.getNumberOfPages();
			assertTrue(text.contains("Page " + pages + " of " + pages), text);
			assertTrue(PdfText.fontsEmbedded(pdf.getPage(0)));
		}
	}

	@Test
	void vietnameseReportReadsInVietnameseWithVietnameseNumbers() throws IOException {
		try (PDDocument pdf = PdfText.load(write(ReportFormat.PDF, VIETNAMESE))) {
			String text = PdfText.text(pdf);
			for (String value : List.of("Bảng chỉ số KPI", "Kỳ báo cáo", "2 phút 05 giây", "85,2%", "Có nguy cơ",
					"Tất cả hội thoại", "Trang 1 / ")) {
				assertTrue(text.contains(value), value + " in\n" + text);
			}
		}
		String html = new String(write(ReportFormat.HTML, VIETNAMESE), StandardCharsets.UTF_8);
		assertTrue(html.contains("<html lang=\"vi\">"));
		assertTrue(html.contains(">85,2%</td>"), html);
	}

	@Test
	void writingAFileReplacesItWholeAndLeavesNoTemporaryFile(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("report.xlsx");
		Files.writeString(file, "an older export");
		ReportFormat.of(file).orElseThrow().write(SampleResponses.document(ENGLISH), file);
		try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
			assertEquals(5, workbook.getSheets().count());
		}
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of(file), files.toList());
		}
	}

	@Test
	void formatIsTheFileExtension() {
		assertEquals(Optional.of(ReportFormat.PDF), ReportFormat.of(Path.of("out/Report.PDF")));
		assertEquals(Optional.of(ReportFormat.HTML), ReportFormat.of(Path.of("r.html")));
		assertEquals(Optional.empty(), ReportFormat.of(Path.of("r.docx")));
	}

	private static List<String> headers(Row row) {
		List<String> headers = new ArrayList<>();
		for (int i = 0; i < row.getCellCount(); i++) {
			headers.add(row.getCellAsString(i).orElse(""));
		}
		return headers;
	}

	private static void assertNumber(double expected, Row row, int column) {
		BigDecimal actual = row.getCellAsNumber(column).orElseThrow(() -> new AssertionError("no number in column "
				+ column + " of " + row));
		assertEquals(expected, actual.doubleValue(), 0, "column " + column + " of " + row);
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}
}
