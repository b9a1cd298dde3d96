package org.carelens.internal.channels.file;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.api.Rejected;
import org.carelens.core.api.io.EventCodec;
import org.carelens.core.api.io.EventFormatException;

/**
 * Reads a JSON Lines file of CareLens events (EVENTS.md): every line after the committed position that is a valid
 * event is handed over as it is, ids included; every other non-blank line is rejected with its line number and
 * reason.
 */
final class JsonlFile {

	private final int commitEvery;

	JsonlFile(int commitEvery) {
		this.commitEvery = commitEvery;
	}

	Position read(Path file, String source, Position from, Emit emit) throws ConnectorException, IOException {
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			PrefixHash hash = new PrefixHash();
			long lines = 0;
			boolean replaying = from.records() > 0;
			String line;
			while ((line = in.readLine()) != null) {
				hash.update(line);
				hash.separate('\n');
				lines++;
				if (replaying) {
					if (lines == from.records()) {
						replaying = false;
						if (!hash.value().equals(from.hash())) {
							return read(file, source, Position.START, emit);
						}
					}
					continue;
				}
				if (lines == 1 && line.startsWith("\uFEFF")) {
					line = line.substring(1);
				}
				if (!line.isBlank()) {
					try {
						emit.accept(EventCodec.decode(line));
					} catch (EventFormatException e) {
						emit.reject(Rejected.row(source, lines, e.getMessage(), line));
					}
				}
				if (lines % commitEvery == 0) {
					emit.commit(new Position(lines, hash.value()));
					if (emit.stopRequested()) {
						return new Position(lines, hash.value());
					}
				}
			}
			if (replaying) {
				return read(file, source, Position.START, emit);
			}
			Position end = new Position(lines, hash.value());
			emit.commit(end);
			return end;
		}
	}
}
