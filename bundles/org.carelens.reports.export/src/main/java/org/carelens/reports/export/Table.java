package org.carelens.reports.export;

import java.util.List;
import java.util.Objects;

/**
 * A table of a report: columns, and rows of cells.
 *
 * @param title   a caption, empty for none
 * @param columns in order
 * @param rows    each with one cell per column
 */
public record Table(String title, List<Column> columns, List<List<Cell>> rows) {

	public Table {
		Objects.requireNonNull(title, "title");
		columns = List.copyOf(columns);
		rows = rows.stream().map(List::copyOf).toList();
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).size() != columns.size()) {
				throw new IllegalArgumentException("row " + (i + 1) + " of table '" + title + "' has "
						+ rows.get(i).size() + " cells for " + columns.size() + " columns");
			}
		}
	}

	/**
	 * A column.
	 *
	 * @param header the heading, in the report's language
	 * @param detail whether the column is for spreadsheets only (CSV, XLSX): a page (HTML, PDF) leaves it out to
	 *               stay readable
	 */
	public record Column(String header, boolean detail) {

		public Column {
			Objects.requireNonNull(header, "header");
		}

		public static Column of(String header) {
			return new Column(header, false);
		}

		public static Column detail(String header) {
			return new Column(header, true);
		}
	}
}
