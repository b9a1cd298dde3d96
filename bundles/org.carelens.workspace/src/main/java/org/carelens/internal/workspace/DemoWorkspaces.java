package org.carelens.internal.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.carelens.core.api.Event;
import org.carelens.core.api.workspace.WorkspaceConfig;
import org.carelens.demo.DemoEventGenerator;
import org.carelens.demo.DemoPlan;
import org.carelens.facts.FactContext;
import org.carelens.model.Workspace;
import org.carelens.model.convert.WorkspaceConverter;
import org.carelens.model.demo.DemoWorkspace;
import org.carelens.model.store.WorkspaceModelStore;
import org.carelens.store.api.AppendResult;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.EventStoreProvider;
import org.carelens.store.api.FactRefresh;
import org.carelens.store.api.RecentEvents;
import org.carelens.store.api.StoreLocation;

/**
 * Creates a demo workspace: the retailer's configuration and a year of its contacts, stored with their facts. Used
 * by {@code carelens demo} and by the workbench's {@code --demo}.
 */
public final class DemoWorkspaces {

	public static final int DEFAULT_CONVERSATIONS = 200_000;
	public static final int DAYS = 365;

	private DemoWorkspaces() {
	}

	/** Reports how far the creation is. */
	public interface Listener {
		/** {@code opened} of {@code conversations} conversations are generated and stored. */
		void generated(long opened, long conversations, long events);

		/** Facts of {@code folded} of {@code total} conversations are computed. */
		void folded(long folded, long total);
	}

	/**
	 * What was created.
	 *
	 * @param config    the workspace's configuration
	 * @param generated what the generator made
	 * @param stored    what the store took in
	 * @param facts     the facts computed
	 */
	public record Created(WorkspaceConfig config, DemoEventGenerator.Summary generated, AppendResult stored,
			FactRefresh.Result facts) {
	}

	/**
	 * Creates the demo workspace in {@code directory}, which must be new or empty (the caller checks, to say so in
	 * its own words).
	 *
	 * @param from the first of the {@value #DAYS} days of contacts
	 * @throws IOException when the configuration cannot be written
	 * @throws org.carelens.store.api.StoreException when the store cannot be written
	 */
	public static Created create(Path directory, int conversations, long seed, LocalDate from,
			EventStoreProvider stores, Listener listener) throws IOException {
		Files.createDirectories(directory);
		Workspace model = DemoWorkspace.create(seed);
		new WorkspaceModelStore(directory).save(model);
		WorkspaceConfig config = WorkspaceConverter.config(model);
		DemoPlan plan = DemoPlans.of(config, conversations, seed, from, DAYS);
		try (EventStore store = stores.open(new StoreLocation.Workspace(directory))) {
			Batcher batcher = new Batcher(store, listener, conversations);
			DemoEventGenerator.Summary generated = DemoEventGenerator.generate(plan, batcher);
			AppendResult stored = batcher.finish();
			FactRefresh.Result facts = new FactRefresh(store, FactContext.of(config)).run(listener::folded,
					batcher.recent());
			return new Created(config, generated, stored, facts);
		}
	}

	/** Hands generated events to the store in batches and reports progress. */
	private static final class Batcher implements Consumer<Event> {
		private final EventStore store;
		private final Listener listener;
		private final int conversations;
		private final List<Event> batch = new ArrayList<>(EventImporter.BATCH);
		private final RecentEvents recent;
		private AppendResult stored = AppendResult.NONE;
		private long opened;

		Batcher(EventStore store, Listener listener, int conversations) {
			this.store = store;
			this.listener = listener;
			this.conversations = conversations;
			this.recent = new RecentEvents(store.lastPosition(), RecentEvents.defaultBudget());
		}

		@Override
		public void accept(Event event) {
			batch.add(event);
			if (event instanceof Event.ConversationOpened) {
				opened++;
			}
			if (batch.size() >= EventImporter.BATCH) {
				flush();
			}
		}

		private void flush() {
			List<Event> appended = List.copyOf(batch);
			stored = stored.plus(store.append(appended, "demo"));
			recent.add(appended);
			batch.clear();
			listener.generated(opened, conversations, stored.ingested());
		}

		/** @return the events appended, for folding their facts without reading them back */
		RecentEvents recent() {
			return recent;
		}

		AppendResult finish() {
			if (!batch.isEmpty()) {
				flush();
			}
			return stored;
		}
	}
}
