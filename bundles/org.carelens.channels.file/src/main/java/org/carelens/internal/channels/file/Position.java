package org.carelens.internal.channels.file;

import java.util.Objects;

import org.carelens.channels.api.Checkpoint;

/**
 * How far a file was committed: the number of records (data rows, lines) and the hash of those records.
 */
record Position(long records, String hash) {

	static final Position START = new Position(0, new PrefixHash().value());

	Position {
		Objects.requireNonNull(hash, "hash");
	}

	/** @return the position kept in {@code checkpoint} under {@code prefix}, or the start */
	static Position of(Checkpoint checkpoint, String prefix) {
		return checkpoint.get(prefix + "records").isPresent()
				? new Position(checkpoint.number(prefix + "records"), checkpoint.get(prefix + "hash").orElse(""))
				: START;
	}

	Checkpoint into(Checkpoint checkpoint, String prefix) {
		return checkpoint.with(prefix + "records", Long.toString(records)).with(prefix + "hash", hash);
	}
}
