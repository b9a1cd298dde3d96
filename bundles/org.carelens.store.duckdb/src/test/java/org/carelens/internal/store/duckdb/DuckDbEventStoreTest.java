package org.carelens.internal.store.duckdb;

import static org.carelens.store.api.contract.SampleEvents.opened;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.carelens.internal.store.jdbc.Migration;
import org.carelens.store.api.AppendResult;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.StoreException;
import org.carelens.store.api.StoreLocation;
import org.carelens.store.api.contract.FactStoreContractTest;
import org.duckdb.DuckDBDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DuckDB event store passes the store contract, keeps one database file per workspace and guards its schema.
 */
class DuckDbEventStoreTest extends FactStoreContractTest {

	@TempDir
	Path workspace;

	@Override
	protected EventStore openStore() {
		return new DuckDbEventStoreProvider().open(new StoreLocation.Workspace(workspace));
	}

	@Test
	void theStoreIsOneFileInTheWorkspace() {
		store().append(List.of(opened("e-1", "c-1", T0)), "a.jsonl");
		assertTrue(Files.isRegularFile(workspace.resolve("events.duckdb")));
	}

	@Test
	void aWorkspaceIsOpenedOnceInAProcessUntilItsStoreIsClosed() {
		StoreException refused = assertThrows(StoreException.class,
				() -> new DuckDbEventStoreProvider().open(new StoreLocation.Workspace(workspace.resolve("."))));
		assertEquals("workspace " + workspace.toAbsolutePath() + " is already open in this CareLens process",
				refused.getMessage());
		assertEquals(0, reopen().eventCount(), "open again once closed");
	}

	@Test
	void aFreshStoreIsAtTheNewestSchemaVersion() {
		assertEquals(Schema.MIGRATIONS.size(), store().schemaVersion());
	}

	@Test
	void aStoreWrittenByANewerCareLensIsRefusedWithTheVersions() throws Exception {
		store().close();
		execute("INSERT INTO schema_version (version) VALUES (" + (Schema.MIGRATIONS.size() + 1) + ")");
		StoreException refused = assertThrows(StoreException.class, this::openStore);
		assertTrue(refused.getMessage().contains("schema version " + (Schema.MIGRATIONS.size() + 1)),
				refused.getMessage());
		assertTrue(refused.getMessage().contains(workspace.toAbsolutePath().toString()), refused.getMessage());
		assertTrue(refused.getMessage().contains("newer"), refused.getMessage());
		execute("DELETE FROM schema_version WHERE version > " + Schema.MIGRATIONS.size());
		reopen();
	}

	@Test
	void anOlderStoreIsMigratedKeepingItsEvents() {
		store().append(List.of(opened("e-1", "c-1", T0)), "a.jsonl");
		store().close();
		List<Migration> next = new ArrayList<>(Schema.MIGRATIONS);
		next.add(new Migration(next.size() + 1, List.of("ALTER TABLE events ADD COLUMN note VARCHAR")));
		try (EventStore migrated = new DuckDbEventStoreProvider(new Schema(next))
				.open(new StoreLocation.Workspace(workspace))) {
			assertEquals(next.size(), migrated.schemaVersion());
			assertEquals(1, migrated.eventCount());
			assertEquals(new AppendResult(1, 1, 0),
					migrated.append(List.of(opened("e-1", "c-1", T0), opened("e-2", "c-2", T0)), "b.jsonl"));
		}
		assertThrows(StoreException.class, this::openStore, "the code of version 1 cannot go back");
	}

	@Test
	void duckDbKeepsToItsMemoryLimitNotMostOfTheMachine() throws Exception {
		assertEquals("3.7 GiB", memoryLimit(), "4 GB by default");
		System.setProperty(DuckDbEventStoreProvider.MEMORY_LIMIT_PROPERTY, "512MB");
		try {
			assertEquals("488.2 MiB", memoryLimit());
		} finally {
			System.clearProperty(DuckDbEventStoreProvider.MEMORY_LIMIT_PROPERTY);
		}
	}

	private String memoryLimit() throws Exception {
		Path other = workspace.resolve("other");
		Files.createDirectories(other);
		try (Connection connection = DuckDbEventStoreProvider.connect(other);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT current_setting('memory_limit')")) {
			rows.next();
			return rows.getString(1);
		}
	}

	@Test
	void aServerLocationIsNotForTheEmbeddedStore() {
		StoreException refused = assertThrows(StoreException.class, () -> new DuckDbEventStoreProvider()
				.open(new StoreLocation.Server("jdbc:postgresql://db/carelens", "qa", "secret")));
		assertTrue(refused.getMessage().contains("workspace directory"), refused.getMessage());
	}

	private void execute(String sql) throws Exception {
		try (Connection connection = new DuckDBDriver().connect("jdbc:duckdb:" + workspace.resolve("events.duckdb"),
				new Properties()); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}
}
