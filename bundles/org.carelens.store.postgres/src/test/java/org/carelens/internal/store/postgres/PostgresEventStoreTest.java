package org.carelens.internal.store.postgres;

import static org.carelens.store.api.contract.SampleEvents.opened;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.carelens.store.api.EventStore;
import org.carelens.store.api.StoreException;
import org.carelens.store.api.StoreLocation;
import org.carelens.store.api.contract.FactStoreContractTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL event store passes the store contract against a real PostgreSQL 18 server, one fresh database per
 * test, and guards its schema.
 */
class PostgresEventStoreTest extends FactStoreContractTest {

	private static final AtomicInteger DATABASES = new AtomicInteger();
	private static EmbeddedPostgres server;

	private Optional<String> database = Optional.empty();

	@BeforeAll
	static void startServer() throws IOException {
		server = EmbeddedPostgres.builder().start();
	}

	@AfterAll
	static void stopServer() throws IOException {
		server.close();
	}

	@Override
	protected EventStore openStore() {
		// created here, not in a @BeforeEach: the contract opens the store before a subclass's @BeforeEach runs
		if (database.isEmpty()) {
			database = Optional.of("store_" + DATABASES.incrementAndGet());
			execute("postgres", "CREATE DATABASE " + database.get());
		}
		return new PostgresEventStoreProvider().open(location());
	}

	@Test
	void aStoreWrittenByANewerCareLensIsRefusedWithTheVersions() {
		execute(database.orElseThrow(), "INSERT INTO schema_version (version) VALUES (99)");
		StoreException refused = assertThrows(StoreException.class, this::openStore);
		assertTrue(refused.getMessage().contains("schema version 99"), refused.getMessage());
		assertTrue(refused.getMessage().contains("newer"), refused.getMessage());
	}

	@Test
	void twoServersOnOneDatabaseStoreAnIdOnce() {
		try (EventStore other = new PostgresEventStoreProvider().open(location())) {
			store().append(List.of(opened("e-1", "c-1", T0)), "server-1");
			assertEquals(0, other.append(List.of(opened("e-1", "c-1", T0)), "server-2").ingested());
			assertEquals(1, other.eventCount());
		}
	}

	@Test
	void aWorkspaceLocationIsNotForTheServerStore() {
		StoreException refused = assertThrows(StoreException.class, () -> new PostgresEventStoreProvider()
				.open(new StoreLocation.Workspace(Path.of("w"))));
		assertTrue(refused.getMessage().contains("server location"), refused.getMessage());
	}

	private StoreLocation location() {
		return new StoreLocation.Server(server.getJdbcUrl("postgres", database.orElseThrow()), "postgres", "");
	}

	private static void execute(String databaseName, String sql) {
		try (Connection connection = server.getDatabase("postgres", databaseName).getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		} catch (SQLException e) {
			throw new AssertionError(sql + ": " + e.getMessage(), e);
		}
	}
}
