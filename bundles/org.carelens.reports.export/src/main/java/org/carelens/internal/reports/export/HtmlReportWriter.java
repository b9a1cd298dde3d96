package org.carelens.internal.reports.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.carelens.reports.export.Cell;
import org.carelens.reports.export.Chart;
import org.carelens.reports.export.ReportDocument;
import org.carelens.reports.export.Section;
import org.carelens.reports.export.Table;

/**
 * Writes a report as one self-contained HTML page: inline CSS, inline SVG charts, no script and nothing fetched, so
 * that it opens from a mail attachment and prints on A4 landscape. Numbers read in the report's locale; each number
 * cell keeps its raw value in {@code data-value} for scripts.
 */
public final class HtmlReportWriter {

	static final double CHART_WIDTH = 560;
	static final double CHART_HEIGHT = 260;

	private static final String STYLE = """
			@page { size: A4 landscape; margin: 14mm; }
			body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #222; margin: 24px; font-size: 12px; }
			h1 { font-size: 22px; margin: 0 0 4px; color: #1f3b63; }
			.subtitle { color: #555; margin: 0 0 2px; }
			header { border-bottom: 2px solid #1f3b63; padding-bottom: 8px; margin-bottom: 12px; }
			h2 { font-size: 16px; color: #1f3b63; border-bottom: 1px solid #ccd; padding-bottom: 3px; margin-top: 22px; }
			section { break-before: auto; }
			table { border-collapse: collapse; margin: 8px 0 14px; font-size: 11px; }
			caption { text-align: left; font-weight: bold; padding: 4px 0; }
			th { background: #dde4ee; text-align: left; padding: 4px 6px; border: 1px solid #c4ccd8; }
			td { padding: 3px 6px; border: 1px solid #dde1e7; }
			td.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
			tr:nth-child(even) td { background: #f6f8fb; }
			td.good { background: #c6efce !important; } td.warning { background: #ffeb9c !important; }
			td.bad { background: #ffc7ce !important; }
			tr { break-inside: avoid; }
			.charts { display: flex; flex-wrap: wrap; gap: 16px; }
			figure { margin: 0; width: 560px; max-width: 100%; break-inside: avoid; }
			figure svg { width: 100%; height: auto; font-family: inherit; }
			@media print { body { margin: 0; } h2 { break-after: avoid; } }
			""";

	private HtmlReportWriter() {
	}

	public static void write(ReportDocument document, OutputStream stream) throws IOException {
		Numbers numbers = new Numbers(new Texts(document.locale()));
		ChartPainter painter = new ChartPainter(numbers);
		Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
		out.write("<!DOCTYPE html>\n<html lang=\"" + escape(document.locale().getLanguage()) + "\">\n<head>\n"
				+ "<meta charset=\"utf-8\">\n<title>" + escape(document.title()) + "</title>\n<style>\n" + STYLE
				+ "</style>\n</head>\n<body>\n<header>\n<h1>" + escape(document.title()) + "</h1>\n");
		for (String line : document.subtitle()) {
			out.write("<p class=\"subtitle\">" + escape(line) + "</p>\n");
		}
		out.write("</header>\n");
		for (Section section : document.sections()) {
			out.write("<section id=\"" + escape(section.id()) + "\">\n<h2>" + escape(section.title()) + "</h2>\n");
			for (Table table : section.tables()) {
				table(out, table, numbers);
			}
			if (!section.charts().isEmpty()) {
				out.write("<div class=\"charts\">\n");
				for (Chart chart : section.charts()) {
					SvgCanvas canvas = new SvgCanvas(CHART_WIDTH, CHART_HEIGHT);
					painter.paint(chart, canvas, CHART_WIDTH, CHART_HEIGHT);
					out.write("<figure>" + canvas.element(chart.title()) + "</figure>\n");
				}
				out.write("</div>\n");
			}
			out.write("</section>\n");
		}
		out.write("</body>\n</html>\n");
		out.flush();
	}

	private static void table(Writer out, Table table, Numbers numbers) throws IOException {
		List<Integer> shown = new ArrayList<>();
		for (int c = 0; c < table.columns().size(); c++) {
			if (!table.columns().get(c).detail()) {
				shown.add(c);
			}
		}
		out.write("<table>\n");
		if (!table.title().isEmpty()) {
			out.write("<caption>" + escape(table.title()) + "</caption>\n");
		}
		out.write("<thead><tr>");
		for (int c : shown) {
			out.write("<th>" + escape(table.columns().get(c).header()) + "</th>");
		}
		out.write("</tr></thead>\n<tbody>\n");
		for (List<Cell> row : table.rows()) {
			out.write("<tr>");
			for (int c : shown) {
				Cell cell = row.get(c);
				List<String> classes = new ArrayList<>();
				if (cell.number().isPresent()) {
					classes.add("n");
				}
				cell.tone().ifPresent(t -> classes.add(t.name().toLowerCase(java.util.Locale.ROOT)));
				out.write("<td" + (classes.isEmpty() ? "" : " class=\"" + String.join(" ", classes) + "\"")
						+ cell.number().map(v -> " data-value=\"" + CsvReportWriter.raw(cell) + "\"").orElse("") + ">"
						+ escape(numbers.text(cell)) + "</td>");
			}
			out.write("</tr>\n");
		}
		out.write("</tbody>\n</table>\n");
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
			case '<' -> escaped.append("&lt;");
			case '>' -> escaped.append("&gt;");
			case '&' -> escaped.append("&amp;");
			case '"' -> escaped.append("&quot;");
			default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}
}
