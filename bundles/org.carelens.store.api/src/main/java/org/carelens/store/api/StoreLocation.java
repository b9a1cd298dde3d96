package org.carelens.store.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where an event store lives: the directory of a workspace for the embedded store, or a database server.
 */
public sealed interface StoreLocation {

	/** @return the {@value EventStoreProvider#KIND} of the providers that open this kind of location */
	String kind();

	/**
	 * A workspace directory that holds the embedded store's files.
	 *
	 * @param directory the workspace directory, created on first open if missing
	 */
	record Workspace(Path directory) implements StoreLocation {
		public Workspace {
			Objects.requireNonNull(directory, "directory");
		}

		@Override
		public String kind() {
			return EventStoreProvider.EMBEDDED;
		}
	}

	/**
	 * A database server shared by a team.
	 *
	 * @param jdbcUrl  e.g. {@code jdbc:postgresql://db.example.vn:5432/carelens}
	 * @param user     the database user
	 * @param password the user's password; never shown by {@link #toString()}
	 */
	record Server(String jdbcUrl, String user, String password) implements StoreLocation {
		public Server {
			Objects.requireNonNull(jdbcUrl, "jdbcUrl");
			Objects.requireNonNull(user, "user");
			Objects.requireNonNull(password, "password");
		}

		@Override
		public String kind() {
			return EventStoreProvider.SERVER;
		}

		@Override
		public String toString() {
			return "Server[" + user + "@" + jdbcUrl + "]";
		}
	}
}
