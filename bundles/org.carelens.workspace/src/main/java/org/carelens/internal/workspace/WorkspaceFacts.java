package org.carelens.internal.workspace;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.carelens.core.api.workspace.WorkspaceConfig;
import org.carelens.core.api.workspace.WorkspaceConfigurations;
import org.carelens.facts.FactContext;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.FactRefresh;
import org.carelens.store.api.RecentEvents;

/**
 * Keeps the conversation facts of a workspace's store up to date, folded with the workspace's configuration, and
 * reports how far it is on stderr.
 */
final class WorkspaceFacts {

	private WorkspaceFacts() {
	}

	/**
	 * @return what facts of the workspace are folded with: its SLA policies, calendars and organisation; without a
	 *         configuration file, wall-clock durations and no SLA
	 * @throws IOException when there is a configuration but it cannot be used (its reason says why)
	 */
	static FactContext context(Path workspace, Optional<WorkspaceConfigurations> configurations) throws IOException {
		if (!Files.exists(workspace.resolve(WorkspaceConfigurations.FILE_NAME))) {
			return FactContext.EMPTY;
		}
		if (configurations.isEmpty()) {
			throw new IOException("the workspace has a configuration (" + WorkspaceConfigurations.FILE_NAME
					+ ") but the service that reads it is not installed");
		}
		return of(configurations.get().open(workspace));
	}

	static FactContext of(WorkspaceConfig config) {
		return new FactContext(config.calendars(), config.slaPolicies(), config.organization(),
				FactContext.DEFAULT_FCR_WINDOW);
	}

	/**
	 * Brings the facts up to date (or folds them all again when {@code rebuild}), reporting progress every second.
	 */
	static FactRefresh.Result refresh(EventStore store, FactContext context, boolean rebuild, PrintStream err) {
		return refresh(store, context, rebuild, err, RecentEvents.none());
	}

	/** As {@link #refresh(EventStore, FactContext, boolean, PrintStream)}, with the events just appended at hand. */
	static FactRefresh.Result refresh(EventStore store, FactContext context, boolean rebuild, PrintStream err,
			RecentEvents recent) {
		FactRefresh refresh = new FactRefresh(store, context);
		FactRefresh.Listener progress = new FactRefresh.Listener() {
			private long lastReport = System.nanoTime();

			@Override
			public void folded(long folded, long total) {
				long now = System.nanoTime();
				if (now - lastReport > 1_000_000_000L) {
					lastReport = now;
					err.printf("computing conversation facts: %,d of %,d conversations%n", folded, total);
				}
			}
		};
		return rebuild ? refresh.rebuild(progress) : refresh.run(progress, recent);
	}
}
