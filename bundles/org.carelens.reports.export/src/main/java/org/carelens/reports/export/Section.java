package org.carelens.reports.export;

import java.util.List;
import java.util.Objects;

/**
 * One part of a report, as one view of the workbench shows it: its tables and its charts.
 *
 * @param id     a stable name in the report's language-independent forms (the XLSX sheet falls back on it)
 * @param title  the heading, in the report's language
 * @param tables in order
 * @param charts in order, drawn after the tables; CSV and XLSX write their data as tables
 */
public record Section(String id, String title, List<Table> tables, List<Chart> charts) {

	public Section {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(title, "title");
		tables = List.copyOf(tables);
		charts = List.copyOf(charts);
	}
}
