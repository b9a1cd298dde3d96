package org.carelens.internal.store.duckdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.carelens.internal.store.jdbc.FactColumns;
import org.carelens.internal.store.jdbc.Migration;
import org.carelens.store.api.StoreException;

/**
 * The versioned schema of the DuckDB event store: brings a database up to the newest version this code knows, one
 * migration per transaction, and refuses a database written by a newer CareLens.
 */
final class Schema {

	/** The history of the schema; append new migrations, never change a released one. */
	static final List<Migration> MIGRATIONS = List.of(new Migration(1, List.of("""
			CREATE TABLE events (
				seq BIGINT NOT NULL,
				id VARCHAR NOT NULL,
				type VARCHAR NOT NULL,
				at_us BIGINT NOT NULL,
				at_ns SMALLINT NOT NULL,
				conversation VARCHAR,
				customer VARCHAR,
				channel VARCHAR,
				agent VARCHAR,
				team VARCHAR,
				source VARCHAR NOT NULL,
				payload VARCHAR NOT NULL)""", """
			CREATE TABLE quarantine (
				seq BIGINT NOT NULL,
				source VARCHAR NOT NULL,
				line BIGINT,
				event_id VARCHAR,
				reason VARCHAR NOT NULL,
				raw VARCHAR NOT NULL)""")),
			new Migration(2, FactColumns.CREATE));

	private final List<Migration> migrations;

	Schema(List<Migration> migrations) {
		for (int i = 0; i < migrations.size(); i++) {
			if (migrations.get(i).version() != i + 1) {
				throw new IllegalArgumentException("migration " + (i + 1) + " is missing or out of order");
			}
		}
		this.migrations = List.copyOf(migrations);
	}

	/** @return the version this code writes */
	int newest() {
		return migrations.size();
	}

	/**
	 * Migrates the database of {@code workspace} to {@link #newest()}.
	 *
	 * @return the version it is at now
	 */
	int migrate(Connection connection, String workspace) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("""
					CREATE TABLE IF NOT EXISTS schema_version (
						version INTEGER NOT NULL,
						applied_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT current_timestamp)""");
			int current = current(statement);
			if (current > newest()) {
				throw new StoreException("the event store of workspace " + workspace + " is at schema version " + current
						+ ", newer than this CareLens knows (" + newest() + "): open it with a newer CareLens");
			}
			for (Migration migration : migrations.subList(current, migrations.size())) {
				apply(statement, migration, workspace);
			}
			return current(statement);
		}
	}

	private static void apply(Statement statement, Migration migration, String workspace) throws SQLException {
		statement.execute("BEGIN TRANSACTION");
		try {
			for (String sql : migration.statements()) {
				statement.execute(sql);
			}
			statement.execute("INSERT INTO schema_version (version) VALUES (" + migration.version() + ")");
			statement.execute("COMMIT");
		} catch (SQLException | RuntimeException e) {
			statement.execute("ROLLBACK");
			throw new StoreException("could not migrate the event store of workspace " + workspace
					+ " to schema version " + migration.version() + ": " + e.getMessage(), e);
		}
	}

	private static int current(Statement statement) throws SQLException {
		try (ResultSet rows = statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
			rows.next();
			return rows.getInt(1);
		}
	}
}
