package org.carelens.internal.store.duckdb;

import java.nio.file.Path;

import org.carelens.store.api.EventStore;
import org.carelens.store.api.StoreLocation;

/**
 * The child process of the crash tests: {@code import WORKSPACE FILE BATCH} imports a file and prints
 * {@code committed LINES} after every durable batch; {@code hold WORKSPACE} opens the store, prints {@code open} and
 * waits to be killed.
 */
public final class ImportChild {

	private ImportChild() {
	}

	public static void main(String[] args) throws Exception {
		try (EventStore store = new DuckDbEventStoreProvider().open(new StoreLocation.Workspace(Path.of(args[1])))) {
			if (args[0].equals("hold")) {
				System.out.println("open");
				System.out.flush();
				Thread.sleep(Long.MAX_VALUE);
			}
			BatchImport.run(store, Path.of(args[2]), Integer.parseInt(args[3]), lines -> {
				System.out.println("committed " + lines);
				System.out.flush();
			});
			System.out.println("done");
		}
	}
}
