package org.carelens.internal.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.carelens.store.api.EventStore;
import org.carelens.store.api.EventStoreProvider;
import org.carelens.store.api.StoreException;
import org.carelens.store.api.StoreLocation;
import org.osgi.service.component.annotations.Component;
import org.postgresql.Driver;

/**
 * Opens the team event store on a PostgreSQL server, creating or migrating its schema.
 * <p>
 * Each store holds one connection: a store is used by one thread at a time, so a pool would add nothing until reads
 * run concurrently.
 */
@Component(service = EventStoreProvider.class, property = { EventStoreProvider.KIND + "=" + EventStoreProvider.SERVER,
		EventStoreProvider.ENGINE + "=postgresql" })
public final class PostgresEventStoreProvider implements EventStoreProvider {

	private final Schema schema;

	public PostgresEventStoreProvider() {
		this(new Schema(Schema.MIGRATIONS));
	}

	PostgresEventStoreProvider(Schema schema) {
		this.schema = schema;
	}

	@Override
	public String kind() {
		return SERVER;
	}

	@Override
	public EventStore open(StoreLocation location) {
		if (!(location instanceof StoreLocation.Server server)) {
			throw new StoreException("the PostgreSQL event store opens a server location, not " + location);
		}
		Properties properties = new Properties();
		properties.setProperty("user", server.user());
		properties.setProperty("password", server.password());
		properties.setProperty("ApplicationName", "CareLens");
		Connection connection;
		try {
			// not DriverManager: inside OSGi it cannot see a driver in another bundle
			connection = new Driver().connect(server.jdbcUrl(), properties);
			if (connection == null) {
				throw new StoreException("not a PostgreSQL JDBC URL: " + server.jdbcUrl());
			}
		} catch (SQLException e) {
			throw new StoreException("cannot connect to the event store at " + server + ": " + e.getMessage(), e);
		}
		try {
			connection.setAutoCommit(false);
			int version = schema.migrate(connection, server.toString());
			return new PostgresEventStore(connection, server.toString(), version);
		} catch (SQLException | RuntimeException e) {
			try {
				connection.close();
			} catch (SQLException suppressed) {
				e.addSuppressed(suppressed);
			}
			if (e instanceof StoreException known) {
				throw known;
			}
			throw new StoreException("cannot open the event store at " + server + ": " + e.getMessage(), e);
		}
	}
}
