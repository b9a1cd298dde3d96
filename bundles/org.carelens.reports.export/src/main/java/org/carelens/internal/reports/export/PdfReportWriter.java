package org.carelens.internal.reports.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.carelens.reports.export.Cell;
import org.carelens.reports.export.Chart;
import org.carelens.reports.export.ReportDocument;
import org.carelens.reports.export.Section;
import org.carelens.reports.export.Table;

/**
 * Writes a report as a PDF drawn with PDFBox: A4 landscape, the title and what the report covers on the first page,
 * each section's tables (split into column groups that fit the page, the header repeated on every page) and its
 * charts as vectors, two side by side, and "Page n of m" at the foot of every page. DejaVu Sans is embedded (subset),
 * so that Vietnamese and every other script reads the same everywhere.
 */
public final class PdfReportWriter {

	private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
	private static final float MARGIN = 36;
	private static final float FOOTER = 28;
	private static final float BODY_SIZE = 8;
	private static final float HEADER_SIZE = 7.5f;
	private static final float ROW_HEIGHT = 13;
	private static final float PADDING = 4;
	private static final float MAX_COLUMN = 230;
	private static final float CHART_WIDTH = 372;
	private static final float CHART_HEIGHT = 215;
	private static final String TITLE_COLOUR = "#1f3b63";

	private final ReportDocument document;
	private final Texts texts;
	private final Numbers numbers;
	private final PDDocument pdf;
	private final PDFont regular;
	private final PDFont bold;
	private PDPageContentStream stream;
	/** The top of the free space on the current page, in points from its bottom. */
	private float y;

	private PdfReportWriter(ReportDocument document, PDDocument pdf) throws IOException {
		this.document = document;
		this.texts = new Texts(document.locale());
		this.numbers = new Numbers(texts);
		this.pdf = pdf;
		this.regular = font(pdf, "/fonts/DejaVuSans.ttf");
		this.bold = font(pdf, "/fonts/DejaVuSans-Bold.ttf");
	}

	public static void write(ReportDocument document, OutputStream out) throws IOException {
		try (PDDocument pdf = new PDDocument()) {
			pdf.getDocumentInformation().setTitle(document.title());
			pdf.getDocumentInformation().setCreator("CareLens");
			PdfReportWriter writer = new PdfReportWriter(document, pdf);
			try {
				writer.body();
			} catch (UncheckedIOException e) {
				throw e.getCause();
			} finally {
				writer.stream.close();
			}
			writer.footers();
			pdf.save(out);
		}
	}

	private static PDFont font(PDDocument pdf, String resource) throws IOException {
		try (InputStream in = PdfReportWriter.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IOException("the report font " + resource + " is missing from the bundle");
			}
			return PDType0Font.load(pdf, in);
		}
	}

	private void body() throws IOException {
		newPage();
		text(document.title(), MARGIN, y - 20, 20, true, TITLE_COLOUR);
		y -= 30;
		for (String line : document.subtitle()) {
			text(line, MARGIN, y - 10, 9, false, "#555555");
			y -= 13;
		}
		y -= 4;
		canvas(0).line(MARGIN, 0, PAGE.getWidth() - MARGIN, 0, TITLE_COLOUR, 1.5, false);
		y -= 8;
		for (Section section : document.sections()) {
			section(section);
		}
	}

	private void section(Section section) throws IOException {
		// the heading stays with the start of what it heads: a table's header and first rows, or the first charts
		ensure(section.tables().isEmpty() && !section.charts().isEmpty() ? 36 + CHART_HEIGHT + 10 : 110);
		y -= 10;
		text(section.title(), MARGIN, y - 13, 13, true, TITLE_COLOUR);
		y -= 18;
		canvas(0).line(MARGIN, 0, PAGE.getWidth() - MARGIN, 0, "#ccccdd", 0.7, false);
		y -= 8;
		for (Table table : section.tables()) {
			table(table);
		}
		ChartPainter painter = new ChartPainter(numbers);
		List<Chart> charts = section.charts();
		for (int i = 0; i < charts.size(); i += 2) {
			ensure(CHART_HEIGHT + 10);
			for (int j = i; j < Math.min(i + 2, charts.size()); j++) {
				float left = MARGIN + (j - i) * (CHART_WIDTH + 26);
				painter.paint(charts.get(j), new PdfCanvas(stream, regular, bold, left, y), CHART_WIDTH, CHART_HEIGHT);
			}
			y -= CHART_HEIGHT + 14;
		}
	}

	private void table(Table table) throws IOException {
		List<Integer> shown = new ArrayList<>();
		for (int c = 0; c < table.columns().size(); c++) {
			if (!table.columns().get(c).detail()) {
				shown.add(c);
			}
		}
		float[] widths = new float[table.columns().size()];
		for (int c : shown) {
			float w = longestWord(table.columns().get(c).header()) + 2 * PADDING;
			for (List<Cell> row : table.rows()) {
				w = Math.max(w, (float) PdfCanvas.width(regular, numbers.text(row.get(c)), BODY_SIZE) + 2 * PADDING);
			}
			w = Math.max(w, (float) PdfCanvas.width(bold, table.columns().get(c).header(), HEADER_SIZE) / 2
					+ 2 * PADDING);
			widths[c] = Math.min(MAX_COLUMN, w);
		}
		// columns that do not fit go to a following part of the table, the first column repeated
		float usable = PAGE.getWidth() - 2 * MARGIN;
		List<List<Integer>> parts = new ArrayList<>();
		List<Integer> part = new ArrayList<>();
		float used = 0;
		for (int c : shown) {
			if (!part.isEmpty() && used + widths[c] > usable) {
				parts.add(part);
				part = new ArrayList<>(List.of(shown.get(0)));
				used = widths[shown.get(0)];
			}
			part.add(c);
			used += widths[c];
		}
		if (!part.isEmpty()) {
			parts.add(part);
		}
		for (List<Integer> columns : parts) {
			tablePart(table, columns, widths);
		}
	}

	private void tablePart(Table table, List<Integer> columns, float[] widths) throws IOException {
		List<List<String>> headers = new ArrayList<>();
		int headerLines = 1;
		for (int c : columns) {
			List<String> lines = wrap(table.columns().get(c).header(), widths[c] - 2 * PADDING);
			headers.add(lines);
			headerLines = Math.max(headerLines, lines.size());
		}
		float headerHeight = headerLines * (HEADER_SIZE + 2) + 6;
		boolean caption = !table.title().isEmpty();
		ensure((caption ? 14 : 0) + headerHeight + ROW_HEIGHT * Math.min(3, Math.max(1, table.rows().size())));
		if (caption) {
			text(table.title(), MARGIN, y - 9, 9, true, "#222222");
			y -= 14;
		}
		header(columns, widths, headers, headerHeight);
		for (int r = 0; r < table.rows().size(); r++) {
			if (y - ROW_HEIGHT < MARGIN + FOOTER) {
				newPage();
				header(columns, widths, headers, headerHeight);
			}
			List<Cell> row = table.rows().get(r);
			Canvas canvas = canvas(0);
			float x = MARGIN;
			for (int c : columns) {
				Cell cell = row.get(c);
				String fill = cell.tone().map(PdfReportWriter::toneColour).orElse(r % 2 == 1 ? "#f4f6fa" : null);
				if (fill != null) {
					canvas.rect(x, 0, widths[c], ROW_HEIGHT, fill);
				}
				String value = fit(numbers.text(cell), widths[c] - 2 * PADDING);
				if (cell.number().isPresent()) {
					canvas.text(value, x + widths[c] - PADDING, ROW_HEIGHT - 4, BODY_SIZE, false, "#222222",
							Canvas.Align.END);
				} else {
					canvas.text(value, x + PADDING, ROW_HEIGHT - 4, BODY_SIZE, false, "#222222", Canvas.Align.START);
				}
				x += widths[c];
			}
			canvas.line(MARGIN, ROW_HEIGHT, x, ROW_HEIGHT, "#dde1e7", 0.4, false);
			y -= ROW_HEIGHT;
		}
		y -= 12;
	}

	private void header(List<Integer> columns, float[] widths, List<List<String>> headers, float height) {
		Canvas canvas = canvas(0);
		float x = MARGIN;
		for (int i = 0; i < columns.size(); i++) {
			int c = columns.get(i);
			canvas.rect(x, 0, widths[c] - 0.5, height, "#dde4ee");
			List<String> lines = headers.get(i);
			for (int l = 0; l < lines.size(); l++) {
				canvas.text(lines.get(l), x + PADDING, 3 + (l + 1) * (HEADER_SIZE + 2), HEADER_SIZE, true, "#1f3b63",
						Canvas.Align.START);
			}
			x += widths[c];
		}
		y -= height;
	}

	private static String toneColour(Cell.Tone tone) {
		return switch (tone) {
		case GOOD -> "#c6efce";
		case WARNING -> "#ffeb9c";
		case BAD -> "#ffc7ce";
		};
	}

	private float longestWord(String text) {
		float longest = 0;
		for (String word : text.split("\\s+")) {
			longest = Math.max(longest, (float) PdfCanvas.width(bold, word, HEADER_SIZE));
		}
		return longest;
	}

	private List<String> wrap(String text, float width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split("\\s+")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty() && PdfCanvas.width(bold, candidate, HEADER_SIZE) > width) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			} else {
				line = new StringBuilder(candidate);
			}
		}
		lines.add(line.toString());
		return lines;
	}

	/** @return the text, cut with an ellipsis where it is wider than the column */
	private String fit(String text, float width) {
		// the column's width was measured on the same text, rounded to a float: a hair of slack keeps it whole
		if (PdfCanvas.width(regular, text, BODY_SIZE) <= width + 0.5) {
			return text;
		}
		String cut = text;
		while (!cut.isEmpty() && PdfCanvas.width(regular, cut + "\u2026", BODY_SIZE) > width) {
			cut = cut.substring(0, cut.length() - 1);
		}
		return cut + "\u2026";
	}

	private Canvas canvas(float left) {
		return new PdfCanvas(stream, regular, bold, left, y);
	}

	private void text(String text, float x, float baseline, float size, boolean isBold, String colour) {
		new PdfCanvas(stream, regular, bold, 0, 0).text(text, x, -baseline, size, isBold, colour, Canvas.Align.START);
	}

	private void ensure(float space) throws IOException {
		if (y - space < MARGIN + FOOTER) {
			newPage();
		}
	}

	private void newPage() throws IOException {
		if (stream != null) {
			stream.close();
		}
		PDPage page = new PDPage(PAGE);
		pdf.addPage(page);
		stream = new PDPageContentStream(pdf, page);
		y = PAGE.getHeight() - MARGIN;
	}

	private void footers() throws IOException {
		int count = pdf.getNumberOfPages();
		for (int i = 0; i < count; i++) {
			PDPage page = pdf.getPage(i);
			try (PDPageContentStream footer = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND,
					true, true)) {
				PdfCanvas canvas = new PdfCanvas(footer, regular, bold, 0, PAGE.getHeight());
				float base = PAGE.getHeight() - MARGIN + 12;
				canvas.line(MARGIN, base - 12, PAGE.getWidth() - MARGIN, base - 12, "#ccccdd", 0.5, false);
				canvas.text(document.title(), MARGIN, base, 7.5, false, "#666666", Canvas.Align.START);
				canvas.text(texts.get("Report_page", i + 1, count), PAGE.getWidth() - MARGIN, base, 7.5, false,
						"#666666", Canvas.Align.END);
			}
		}
	}
}
