package org.carelens.kpi.api;

/**
 * A {@link FactRow} that moves over a range of rows: {@code while (cursor.next()) { ... read the row ... }}.
 */
public interface FactCursor extends FactRow {

	/** @return whether the cursor moved to a row; false past the last one */
	boolean next();

	/** @return the position of the current row in its {@link RowSet} */
	int position();
}
