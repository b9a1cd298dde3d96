package org.carelens.internal.workspace;

import java.io.PrintStream;

import org.carelens.facts.FactContext;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.FactRefresh;
import org.carelens.store.api.RecentEvents;

/**
 * Keeps the conversation facts of a workspace's store up to date, reporting how far it is on stderr.
 */
final class WorkspaceFacts {

	private WorkspaceFacts() {
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
