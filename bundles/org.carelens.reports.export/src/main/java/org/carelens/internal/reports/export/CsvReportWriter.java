package org.carelens.internal.reports.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.carelens.reports.export.Cell;
import org.carelens.reports.export.ReportDocument;
import org.carelens.reports.export.Section;
import org.carelens.reports.export.Table;

/**
 * Writes a report as one CSV file (RFC 4180, CRLF): each table (and each chart's data) under a line naming its
 * section and caption, then its header and rows, a blank line between tables. Numbers are raw in their unit
 * (seconds, ratios 0..1) in plain decimal notation, so that a script reads them without knowing the language.
 */
public final class CsvReportWriter {

	/** Makes spreadsheet programs read the file as UTF-8 (Vietnamese names). */
	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private CsvReportWriter() {
	}

	public static void write(ReportDocument document, OutputStream stream) throws IOException {
		Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
		out.write(BYTE_ORDER_MARK);
		line(out, List.of(document.title()));
		for (String line : document.subtitle()) {
			line(out, List.of(line));
		}
		for (Section section : document.sections()) {
			for (Table table : ChartTables.all(section)) {
				out.write("\r\n");
				line(out, List.of(table.title().isEmpty() || table.title().equals(section.title()) ? section.title()
						: section.title() + " \u2013 " + table.title()));
				line(out, table.columns().stream().map(Table.Column::header).toList());
				for (List<Cell> row : table.rows()) {
					List<String> fields = new ArrayList<>();
					for (Cell cell : row) {
						fields.add(raw(cell));
					}
					line(out, fields);
				}
			}
		}
		out.flush();
	}

	/** @return the text, or the number in plain decimal notation, read back exactly by Double.parseDouble */
	static String raw(Cell cell) {
		if (cell.text().isPresent()) {
			return cell.text().get();
		}
		return cell.number().map(v -> BigDecimal.valueOf(v).stripTrailingZeros().toPlainString()).orElse("");
	}

	private static void line(Writer out, List<String> fields) throws IOException {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(quoted(fields.get(i)));
		}
		out.write("\r\n");
	}

	private static String quoted(String field) {
		if (field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
			return field;
		}
		return '"' + field.replace("\"", "\"\"") + '"';
	}
}
