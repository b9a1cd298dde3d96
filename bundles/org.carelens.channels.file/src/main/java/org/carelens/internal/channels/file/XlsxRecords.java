package org.carelens.internal.channels.file;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The rows of the first sheet of an XLSX export, each cell as the text the CSV export of the same data would hold.
 * Excel keeps a date as a number of days: a numeric cell in a timestamp column becomes an ISO local date-time, read
 * in the mapping's zone.
 */
final class XlsxRecords implements TableFile.Records {

	private final ReadableWorkbook workbook;
	private final Stream<Row> rows;
	private final Iterator<Row> iterator;
	private final Set<String> timestampColumns;
	private boolean[] isTimestamp = new boolean[0];
	private int width;
	private long line;

	XlsxRecords(Path file, Set<String> timestampColumns) throws IOException {
		this.workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(false, false));
		this.rows = workbook.getFirstSheet().openStream();
		this.iterator = rows.iterator();
		this.timestampColumns = timestampColumns;
	}

	@Override
	public String[] next() throws IOException {
		if (!iterator.hasNext()) {
			return null;
		}
		Row row = iterator.next();
		line = row.getRowNum();
		boolean header = width == 0;
		int cells = header ? row.getCellCount() : Math.max(width, row.getCellCount());
		String[] fields = new String[cells];
		for (int i = 0; i < cells; i++) {
			Cell cell = i < row.getCellCount() ? row.getCell(i) : null;
			fields[i] = cell == null ? "" : text(cell, !header && i < isTimestamp.length && isTimestamp[i]);
		}
		if (header) {
			width = cells;
			isTimestamp = new boolean[cells];
			for (int i = 0; i < cells; i++) {
				isTimestamp[i] = timestampColumns.contains(fields[i].strip());
			}
		}
		return fields;
	}

	private static String text(Cell cell, boolean timestamp) {
		if (cell.getType() == CellType.NUMBER && timestamp) {
			LocalDateTime date = cell.asDate();
			return date.toString();
		}
		if (cell.getType() == CellType.NUMBER) {
			// a whole number (a ticket id) without Excel's ".0"
			return cell.asNumber().stripTrailingZeros().toPlainString();
		}
		return cell.getText() == null ? "" : cell.getText();
	}

	@Override
	public long line() {
		return line;
	}

	@Override
	public void close() throws IOException {
		rows.close();
		workbook.close();
	}
}
