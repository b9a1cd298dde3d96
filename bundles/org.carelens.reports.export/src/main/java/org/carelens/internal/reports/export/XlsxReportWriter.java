package org.carelens.internal.reports.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.carelens.reports.export.Cell;
import org.carelens.reports.export.Format;
import org.carelens.reports.export.ReportDocument;
import org.carelens.reports.export.Section;
import org.carelens.reports.export.Table;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a report as an XLSX workbook: a first sheet saying what the report covers, then one sheet per section with
 * its tables (and its charts' data) one under the other, the first header frozen. Numbers are real number cells in
 * their unit (seconds, ratios 0..1) with a number format, so that a spreadsheet computes with them.
 */
public final class XlsxReportWriter {

	/** Excel's limit on sheet names. */
	private static final int SHEET_NAME_LENGTH = 31;
	private static final String HEADER_FILL = "DDE4EE";

	private XlsxReportWriter() {
	}

	public static void write(ReportDocument document, OutputStream out) throws IOException {
		Texts texts = new Texts(document.locale());
		Workbook workbook = new Workbook(out, "CareLens", "1.0");
		Set<String> names = new HashSet<>();
		Worksheet cover = workbook.newWorksheet(sheetName(texts.get("Report_contents"), names));
		cover.value(0, 0, document.title());
		cover.style(0, 0).bold().fontSize(14).set();
		int row = 1;
		for (String line : document.subtitle()) {
			cover.value(row++, 0, line);
		}
		row++;
		for (Section section : document.sections()) {
			cover.value(row++, 0, section.title());
		}
		cover.width(0, 80);
		for (Section section : document.sections()) {
			Worksheet sheet = workbook.newWorksheet(sheetName(section.title(), names));
			sheet(sheet, section, ChartTables.all(section));
		}
		workbook.finish();
	}

	private static void sheet(Worksheet sheet, Section section, List<Table> tables) {
		int row = 0;
		int[] widths = new int[1];
		for (int t = 0; t < tables.size(); t++) {
			Table table = tables.get(t);
			if (t > 0) {
				row++;
				sheet.value(row, 0, table.title());
				sheet.style(row, 0).bold().set();
				row++;
			}
			if (widths.length < table.columns().size()) {
				widths = java.util.Arrays.copyOf(widths, table.columns().size());
			}
			for (int c = 0; c < table.columns().size(); c++) {
				String header = table.columns().get(c).header();
				sheet.value(row, c, header);
				sheet.style(row, c).bold().fillColor(HEADER_FILL).wrapText(true).set();
				widths[c] = Math.max(widths[c], Math.min(40, header.length() + 2));
			}
			if (t == 0) {
				sheet.freezePane(1, 1);
			}
			row++;
			for (List<Cell> cells : table.rows()) {
				for (int c = 0; c < cells.size(); c++) {
					Cell cell = cells.get(c);
					if (cell.text().isPresent()) {
						sheet.value(row, c, cell.text().get());
						widths[c] = Math.max(widths[c], Math.min(40, cell.text().get().length() + 2));
					} else if (cell.number().isPresent()) {
						sheet.value(row, c, cell.number().get());
						StyleSetter style = sheet.style(row, c).format(numberFormat(cell.format()));
						Optional<String> fill = fill(cell.tone());
						if (fill.isPresent()) {
							// not a method reference: fastexcel declares the setters in a package-private class
							style = style.fillColor(fill.get());
						}
						style.set();
						widths[c] = Math.max(widths[c], 12);
					}
				}
				row++;
			}
		}
		for (int c = 0; c < widths.length; c++) {
			sheet.width(c, Math.max(8, widths[c]));
		}
	}

	/** The number formats, in the cell's unit: seconds stay seconds, ratios show as percentages. */
	static String numberFormat(Format format) {
		return switch (format) {
		case INTEGER -> "#,##0";
		case DECIMAL -> "#,##0.0";
		case PERCENT -> "0.0%";
		case DURATION -> "#,##0\" s\"";
		case SIGNED -> "+#,##0;-#,##0;0";
		};
	}

	private static Optional<String> fill(Optional<Cell.Tone> tone) {
		return tone.map(t -> switch (t) {
		case GOOD -> "C6EFCE";
		case WARNING -> "FFEB9C";
		case BAD -> "FFC7CE";
		});
	}

	/** @return a name Excel accepts, unique in the workbook: no {@code []:*?/\}, at most 31 characters */
	static String sheetName(String title, Set<String> taken) {
		String cleaned = title.replaceAll("[\\[\\]:*?/\\\\]", " ").replaceAll("\\s+", " ").strip();
		if (cleaned.isEmpty()) {
			cleaned = "Sheet";
		}
		String base = cleaned.length() > SHEET_NAME_LENGTH ? cleaned.substring(0, SHEET_NAME_LENGTH).strip() : cleaned;
		String name = base;
		for (int n = 2; taken.contains(name.toLowerCase(java.util.Locale.ROOT)); n++) {
			String suffix = " (" + n + ")";
			name = base.substring(0, Math.min(base.length(), SHEET_NAME_LENGTH - suffix.length())) + suffix;
		}
		taken.add(name.toLowerCase(java.util.Locale.ROOT));
		return name;
	}
}
