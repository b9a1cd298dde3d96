package org.carelens.store.api;

/**
 * Opens event stores of one kind; registered as an OSGi service with the service property {@value #KIND}, so that a
 * client selects the provider for its location with a filter such as {@code (carelens.store.kind=embedded)}.
 */
public interface EventStoreProvider {

	/** The service property naming the kind of {@link StoreLocation} a provider opens. */
	String KIND = "carelens.store.kind";

	/** The service property naming the database engine behind a provider, e.g. {@code duckdb}, for diagnostics. */
	String ENGINE = "carelens.store.engine";

	/** The kind of a {@link StoreLocation.Workspace}: one database file in the workspace directory. */
	String EMBEDDED = "embedded";

	/** The kind of a {@link StoreLocation.Server}: a shared database server. */
	String SERVER = "server";

	/** @return the kind of location this provider opens, as in its {@value #KIND} property */
	String kind();

	/**
	 * Opens the store at {@code location}, creating or migrating its schema as needed.
	 *
	 * @throws StoreException when the location is of another kind, is in use by another process, holds a schema newer
	 *                        than this code knows, or cannot be opened
	 */
	EventStore open(StoreLocation location);
}
