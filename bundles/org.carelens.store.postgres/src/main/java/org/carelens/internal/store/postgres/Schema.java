package org.carelens.internal.store.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.carelens.internal.store.jdbc.FactColumns;
import org.carelens.internal.store.jdbc.Migration;
import org.carelens.store.api.StoreException;

/**
 * The versioned schema of the PostgreSQL event store: brings a database up to the newest version this code knows in
 * one transaction under an advisory lock, so that several servers starting together migrate it once, and refuses a
 * database written by a newer CareLens.
 */
final class Schema {

	/** The history of the schema; append new migrations, never change a released one. */
	static final List<Migration> MIGRATIONS = List.of(new Migration(1, List.of("""
			CREATE TABLE events (
				seq BIGINT GENERATED ALWAYS AS IDENTITY,
				id TEXT PRIMARY KEY,
				type TEXT NOT NULL,
				at_us BIGINT NOT NULL,
				at_ns SMALLINT NOT NULL,
				conversation TEXT,
				customer TEXT,
				channel TEXT,
				agent TEXT,
				team TEXT,
				source TEXT NOT NULL,
				payload TEXT NOT NULL)""",
			"CREATE INDEX events_by_conversation ON events (conversation, at_us, at_ns, seq)",
			"CREATE INDEX events_by_time ON events (at_us, at_ns, seq)", """
			CREATE TABLE quarantine (
				seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
				source TEXT NOT NULL,
				line BIGINT,
				event_id TEXT,
				reason TEXT NOT NULL,
				raw TEXT NOT NULL)""")),
			new Migration(2, concat(FactColumns.CREATE,
					"CREATE UNIQUE INDEX facts_by_conversation ON facts (conversation)",
					"CREATE INDEX facts_by_customer_key ON facts (customer_key, opened_us)",
					"CREATE INDEX facts_by_customer ON facts (customer)",
					"CREATE UNIQUE INDEX fact_replies_by_conversation ON fact_replies (conversation, ord)",
					"CREATE INDEX events_by_seq ON events (seq)",
					"CREATE INDEX events_by_type ON events (type, seq)")));

	/** The key of the advisory lock that serializes migrations; any constant unlikely to be used elsewhere. */
	private static final long LOCK = 0x4361_7265_4c65_6e73L;

	private final List<Migration> migrations;

	private static List<String> concat(List<String> first, String... more) {
		List<String> all = new java.util.ArrayList<>(first);
		all.addAll(List.of(more));
		return all;
	}

	Schema(List<Migration> migrations) {
		for (int i = 0; i < migrations.size(); i++) {
			if (migrations.get(i).version() != i + 1) {
				throw new IllegalArgumentException("migration " + (i + 1) + " is missing or out of order");
			}
		}
		this.migrations = List.copyOf(migrations);
	}

	int newest() {
		return migrations.size();
	}

	/**
	 * Migrates the database at {@code where} to {@link #newest()}; the connection must not be in auto-commit mode.
	 *
	 * @return the version it is at now
	 */
	int migrate(Connection connection, String where) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
			statement.execute("""
					CREATE TABLE IF NOT EXISTS schema_version (
						version INTEGER NOT NULL,
						applied_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())""");
			int current = current(statement);
			if (current > newest()) {
				throw new StoreException("the event store at " + where + " is at schema version " + current
						+ ", newer than this CareLens knows (" + newest() + "): use a newer CareLens");
			}
			for (Migration migration : migrations.subList(current, migrations.size())) {
				for (String sql : migration.statements()) {
					statement.execute(sql);
				}
				statement.execute("INSERT INTO schema_version (version) VALUES (" + migration.version() + ")");
			}
			connection.commit();
			return newest();
		} catch (SQLException | RuntimeException e) {
			connection.rollback();
			throw e;
		}
	}

	private static int current(Statement statement) throws SQLException {
		try (ResultSet rows = statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
			rows.next();
			return rows.getInt(1);
		}
	}
}
