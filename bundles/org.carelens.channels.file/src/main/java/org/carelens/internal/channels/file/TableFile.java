package org.carelens.internal.channels.file;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.api.Rejected;
import org.carelens.internal.channels.file.CsvReader.CsvFormatException;
import org.carelens.internal.channels.file.RowConverter.MissingColumnsException;
import org.carelens.internal.channels.file.RowConverter.RowException;

/**
 * Reads a ticket export, CSV or XLSX, with a column mapping: converts its rows after the committed position to
 * events, rejects the rows that cannot be converted with their line (CSV) or row (XLSX) number and reason, and
 * commits every {@code commitEvery} rows.
 */
final class TableFile {

	/** The rows of an export, the header first. */
	interface Records extends AutoCloseable {
		/** @return the next row's fields, or null at the end */
		String[] next() throws IOException;

		/** @return the line or row number of the row {@link #next()} returned last, as a person sees it */
		long line();

		@Override
		void close() throws IOException;
	}

	private final ColumnMapping mapping;
	private final boolean allColumnsRequired;
	private final char delimiter;
	private final int commitEvery;

	TableFile(ColumnMapping mapping, boolean allColumnsRequired, char delimiter, int commitEvery) {
		this.mapping = mapping;
		this.allColumnsRequired = allColumnsRequired;
		this.delimiter = delimiter;
		this.commitEvery = commitEvery;
	}

	/** @return whether {@code file} is read as XLSX (by its name), else as CSV */
	static boolean isXlsx(Path file) {
		return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
	}

	private Records open(Path file, String source, Emit emit) throws IOException {
		if (isXlsx(file)) {
			Set<String> timestampColumns = mapping.timestampColumns();
			return new XlsxRecords(file, timestampColumns);
		}
		Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
		CsvReader csv = new CsvReader(in, delimiter);
		return new Records() {
			@Override
			public String[] next() throws IOException {
				try {
					return csv.next();
				} catch (CsvFormatException e) {
					// an unclosed quote runs to the end of the file: reject it with its line, keep the rows before
					emit.reject(Rejected.row(source, e.line(), e.getMessage(), ""));
					return null;
				}
			}

			@Override
			public long line() {
				return csv.recordLine();
			}

			@Override
			public void close() throws IOException {
				in.close();
			}
		};
	}

	/**
	 * @param from where the last commit left the file; when the file no longer begins with what was committed there
	 *             (replaced by another export), it is read from its start
	 * @throws UnfitFileException when the file is empty or its header lacks columns the mapping needs
	 * @throws ConnectorException when a commit fails; what was committed before stays committed
	 */
	Position read(Path file, String source, String instance, Position from, Emit emit)
			throws ConnectorException, IOException, UnfitFileException {
		try (Records records = open(file, source, emit)) {
			String[] header = records.next();
			if (header == null) {
				throw new UnfitFileException(source + " is empty: a ticket export starts with its header row");
			}
			RowConverter converter;
			try {
				converter = RowConverter.bind(mapping, header, instance, allColumnsRequired);
			} catch (MissingColumnsException e) {
				throw new UnfitFileException(source + " " + e.getMessage());
			}
			PrefixHash hash = new PrefixHash();
			long count = 0;
			boolean replaying = from.records() > 0;
			boolean replayState = mapping.mode() == ColumnMapping.Mode.EVENT_LOG;
			String[] row;
			while ((row = records.next()) != null) {
				if (row.length == 1 && row[0].isBlank()) {
					continue; // a blank line, usually the last
				}
				for (String field : row) {
					hash.update(field);
					hash.separate('\u001f');
				}
				hash.separate('\u001e');
				count++;
				if (replaying) {
					if (replayState) {
						try {
							// an event log's conversions depend on the rows before: replay them without emitting
							converter.convert(row, event -> {
							});
						} catch (RowException e) {
							// rejected when it was first read
						}
					}
					if (count == from.records()) {
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
					emit.reject(Rejected.row(source, records.line(), e.getMessage(),
							String.join(String.valueOf(delimiter), row)));
				}
				if (count % commitEvery == 0) {
					emit.commit(new Position(count, hash.value()));
					if (emit.stopRequested()) {
						return new Position(count, hash.value());
					}
				}
			}
			if (replaying) {
				// shorter than what was committed: another file now
				return read(file, source, instance, Position.START, emit);
			}
			Position end = new Position(count, hash.value());
			emit.commit(end);
			return end;
		}
	}
}
