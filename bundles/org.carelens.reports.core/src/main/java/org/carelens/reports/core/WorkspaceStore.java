package org.carelens.reports.core;

import java.nio.file.Path;
import java.util.function.Function;

import org.carelens.store.api.EventStore;
import org.carelens.store.api.EventStoreProvider;
import org.carelens.store.api.StoreLocation;

/**
 * Opens a workspace's embedded store for one read or write and closes it after: a session holds no store open (so
 * that the command line can import meanwhile), and the store refuses to be opened twice in one process, so every
 * read and write of the workbench goes through here, one at a time.
 */
final class WorkspaceStore {

	private static final Object LOCK = new Object();

	private WorkspaceStore() {
	}

	/**
	 * @throws org.carelens.store.api.StoreException when the store cannot be opened (another process holds it) or
	 *                                               used, naming the workspace
	 */
	static <T> T with(Path workspace, EventStoreProvider stores, Function<EventStore, T> work) {
		synchronized (LOCK) {
			try (EventStore store = stores.open(new StoreLocation.Workspace(workspace))) {
				return work.apply(store);
			}
		}
	}
}
