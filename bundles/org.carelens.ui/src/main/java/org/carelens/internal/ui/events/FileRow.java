package org.carelens.internal.ui.events;

import java.nio.file.Path;

import org.carelens.core.inspect.FileReport;

/**
 * A row of the files table: one file, or the whole set.
 *
 * @param report the file's report, or the set's
 * @param all    whether this row stands for the whole set
 */
record FileRow(FileReport report, boolean all) {

	/** @return the file name, for a table cell */
	String name() {
		Path path = Path.of(report.source());
		return path.getFileName() == null ? report.source() : path.getFileName().toString();
	}
}
