package org.carelens.internal.channels.file;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.api.Rejected;
import org.carelens.internal.channels.file.CsvReader.CsvFormatException;
import org.carelens.internal.channels.file.RowConverter.MissingColumnsException;
import org.carelens.internal.channels.file.RowConverter.RowException;

/**
 * Reads a CSV export with a column mapping: converts its rows after the committed position to events, rejects the
 * rows that cannot be converted with their line number and reason, and commits every {@code commitEvery} rows.
 */
final class CsvFile {

	private final ColumnMapping mapping;
	private final boolean allColumnsRequired;
	private final char delimiter;
	private final int commitEvery;

	CsvFile(ColumnMapping mapping, boolean allColumnsRequired, char delimiter, int commitEvery) {
		this.mapping = mapping;
		this.allColumnsRequired = allColumnsRequired;
		this.delimiter = delimiter;
		this.commitEvery = commitEvery;
	}

	/**
	 * @param from where the last commit left the file; when the file no longer begins with what was committed there
	 *             (replaced by another export), it is read from its start
	 * @throws UnfitFileException when the file is empty or its header lacks columns the mapping needs
	 * @throws ConnectorException when a commit fails; what was committed before stays committed
	 */
	Position read(Path file, String source, String instance, Position from, Emit emit)
			throws ConnectorException, IOException, UnfitFileException {
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			CsvReader csv = new CsvReader(in, delimiter);
			String[] header = next(csv, source, emit);
			if (header == null) {
				throw new UnfitFileException(source + " is empty: a CSV export starts with its header row");
			}
			RowConverter converter;
			try {
				converter = RowConverter.bind(mapping, header, instance, allColumnsRequired);
			} catch (MissingColumnsException e) {
				throw new UnfitFileException(source + " " + e.getMessage());
			}
			PrefixHash hash = new PrefixHash();
			long records = 0;
			boolean replaying = from.records() > 0;
			boolean replayedState = mapping.mode() == ColumnMapping.Mode.EVENT_LOG;
			String[] row;
			while ((row = next(csv, source, emit)) != null) {
				if (row.length == 1 && row[0].isBlank()) {
					continue; // a blank line, usually the last
				}
				for (String field : row) {
					hash.update(field);
					hash.separate('\u001f');
				}
				hash.separate('\u001e');
				records++;
				if (replaying) {
					if (replayedState) {
						try {
							converter.convert(row, event -> {
							});
						} catch (RowException e) {
							// rejected when it was first read
						}
					}
					if (records == from.records()) {
						replaying = false;
						if (!hash.value().equals(from.hash())) {
							// not the file that was committed: read it again from its start
							return read(file, source, instance, Position.START, emit);
						}
					}
					continue;
				}
				try {
					converter.convert(row, emit::accept);
				} catch (RowException e) {
					emit.reject(Rejected.row(source, csv.recordLine(), e.getMessage(), String.join(
							String.valueOf(delimiter), row)));
				}
				if (records % commitEvery == 0) {
					emit.commit(new Position(records, hash.value()));
					if (emit.stopRequested()) {
						return new Position(records, hash.value());
					}
				}
			}
			if (replaying) {
				// shorter than what was committed: another file now
				return read(file, source, instance, Position.START, emit);
			}
			Position end = new Position(records, hash.value());
			emit.commit(end);
			return end;
		}
	}

	/**
	 * @return the next record; null at the end, or after a record that is not CSV (an unclosed quote runs to the end
	 *         of the file), which is rejected with its line so that the rows before it are still imported
	 */
	private static String[] next(CsvReader csv, String source, Emit emit) throws IOException {
		try {
			return csv.next();
		} catch (CsvFormatException e) {
			emit.reject(Rejected.row(source, e.line(), e.getMessage(), ""));
			return null;
		}
	}
}
