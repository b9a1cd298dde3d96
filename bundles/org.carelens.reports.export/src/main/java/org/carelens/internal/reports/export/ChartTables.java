package org.carelens.internal.reports.export;

import java.util.ArrayList;
import java.util.List;

import org.carelens.reports.export.Cell;
import org.carelens.reports.export.Chart;
import org.carelens.reports.export.Table;

/** A chart's data as a table, for the formats that hold data rather than drawings (CSV, XLSX). */
final class ChartTables {

	private ChartTables() {
	}

	/** @return one row per category, one column per series, and the reference level as a last column if any */
	static Table of(Chart chart) {
		List<Table.Column> columns = new ArrayList<>();
		columns.add(Table.Column.of(""));
		chart.series().forEach(s -> columns.add(Table.Column.of(s.name())));
		chart.reference().ifPresent(r -> columns.add(Table.Column.of(chart.referenceLabel())));
		List<List<Cell>> rows = new ArrayList<>();
		for (int i = 0; i < chart.categories().size(); i++) {
			List<Cell> row = new ArrayList<>();
			row.add(Cell.text(chart.categories().get(i)));
			for (Chart.Series series : chart.series()) {
				row.add(Cell.number(series.values().get(i), chart.format()));
			}
			chart.reference().ifPresent(r -> row.add(Cell.number(r, chart.format())));
			rows.add(row);
		}
		return new Table(chart.title(), columns, rows);
	}

	/** @return the section's tables, then its charts' data */
	static List<Table> all(org.carelens.reports.export.Section section) {
		List<Table> tables = new ArrayList<>(section.tables());
		section.charts().forEach(c -> tables.add(of(c)));
		return tables;
	}
}
