package org.carelens.internal.store.jdbc;

import java.util.List;

/**
 * One step of the store's schema history: the statements that take a database from {@code version - 1} to
 * {@code version}.
 */
public record Migration(int version, List<String> statements) {

	public Migration {
		if (version < 1) {
			throw new IllegalArgumentException("schema versions start at 1, not " + version);
		}
		statements = List.copyOf(statements);
	}
}
