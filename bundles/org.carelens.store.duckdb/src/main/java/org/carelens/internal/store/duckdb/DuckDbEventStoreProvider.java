package org.carelens.internal.store.duckdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.carelens.store.api.EventStore;
import org.carelens.store.api.EventStoreProvider;
import org.carelens.store.api.StoreException;
import org.carelens.store.api.StoreLocation;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;
import org.osgi.service.component.annotations.Component;

/**
 * Opens the embedded event store of a workspace: the DuckDB database file {@value #FILE_NAME} in its directory.
 */
@Component(service = EventStoreProvider.class, property = { EventStoreProvider.KIND + "=" + EventStoreProvider.EMBEDDED,
		EventStoreProvider.ENGINE + "=duckdb" })
public final class DuckDbEventStoreProvider implements EventStoreProvider {

	/** The name of the database file in a workspace directory. */
	public static final String FILE_NAME = "events.duckdb";

	/** The database files open in this process, by real path. */
	private static final Set<String> OPEN = ConcurrentHashMap.newKeySet();

	private final Schema schema;

	public DuckDbEventStoreProvider() {
		this(new Schema(Schema.MIGRATIONS));
	}

	DuckDbEventStoreProvider(Schema schema) {
		this.schema = schema;
	}

	@Override
	public String kind() {
		return EMBEDDED;
	}

	@Override
	public EventStore open(StoreLocation location) {
		if (!(location instanceof StoreLocation.Workspace workspace)) {
			throw new StoreException("the DuckDB event store opens a workspace directory, not " + location);
		}
		Path directory = workspace.directory().toAbsolutePath().normalize();
		String key;
		try {
			key = Files.createDirectories(directory).toRealPath().resolve(FILE_NAME).toString();
		} catch (IOException e) {
			throw new StoreException("cannot create workspace directory " + directory + ": " + e.getMessage(), e);
		}
		// DuckDB shares one database between the connections of a process, so its file lock cannot stop a second
		// store in this process; two stores on one file would each assume to be its only writer
		if (!OPEN.add(key)) {
			throw new StoreException("workspace " + directory + " is already open in this CareLens process");
		}
		try {
			DuckDBConnection connection = connect(directory);
			try {
				int version = schema.migrate(connection, directory.toString());
				return new DuckDbEventStore(connection, directory.toString(), version, () -> OPEN.remove(key));
			} catch (SQLException | RuntimeException e) {
				try {
					connection.close();
				} catch (SQLException suppressed) {
					e.addSuppressed(suppressed);
				}
				throw e;
			}
		} catch (SQLException | RuntimeException e) {
			OPEN.remove(key);
			if (e instanceof StoreException known) {
				throw known;
			}
			throw new StoreException("cannot open the event store of workspace " + directory + ": " + e.getMessage(), e);
		}
	}

	/** The system property that sets DuckDB's memory limit, e.g. {@code -Dcarelens.duckdb.memoryLimit=8GB}. */
	static final String MEMORY_LIMIT_PROPERTY = "carelens.duckdb.memoryLimit";
	private static final String DEFAULT_MEMORY_LIMIT = "4GB";

	static DuckDBConnection connect(Path directory) {
		Path file = directory.resolve(FILE_NAME);
		Properties properties = new Properties();
		// reads hand events over one by one instead of materializing a whole time range in memory
		properties.setProperty(DuckDBDriver.JDBC_STREAM_RESULTS, "true");
		// DuckDB would take up to 80% of the machine's memory for its buffers; it shares the machine with the JVM
		// (and the workbench), and spills big sorts to disk beyond its limit instead
		properties.setProperty("memory_limit", System.getProperty(MEMORY_LIMIT_PROPERTY, DEFAULT_MEMORY_LIMIT));
		try {
			// not DriverManager: inside OSGi it cannot see a driver in another bundle
			return (DuckDBConnection) new DuckDBDriver().connect("jdbc:duckdb:" + file, properties);
		} catch (SQLException e) {
			String message = String.valueOf(e.getMessage());
			if (isLockConflict(message)) {
				throw new StoreException("workspace " + directory + " is in use by another CareLens process ("
						+ file + " is locked: " + message + ")", e);
			}
			throw new StoreException("cannot open event database " + file + ": " + message, e);
		}
	}

	private static boolean isLockConflict(String message) {
		String lower = message.toLowerCase(Locale.ROOT);
		return List.of("could not set lock", "conflicting lock").stream().anyMatch(lower::contains);
	}
}
