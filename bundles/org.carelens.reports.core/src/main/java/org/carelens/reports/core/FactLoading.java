package org.carelens.reports.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.carelens.core.api.Event;
import org.carelens.facts.ConversationFact;
import org.carelens.facts.FactContext;
import org.carelens.kpi.api.FactTable;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.FactRefresh;

/**
 * Brings a store's conversation facts up to date and loads them into a KPI fact table: what {@code carelens kpi
 * --workspace} and a workbench session both do before computing.
 */
public final class FactLoading {

	private static final int BATCH = 50_000;

	private FactLoading() {
	}

	/** Reports how far loading is. */
	public interface Listener {
		/** Facts of {@code folded} of {@code total} conversations are up to date. */
		void refreshing(long folded, long total);

		/** {@code loaded} conversations are in the table. */
		void loaded(long loaded);

		Listener NONE = new Listener() {
			@Override
			public void refreshing(long folded, long total) {
			}

			@Override
			public void loaded(long loaded) {
			}
		};
	}

	/**
	 * @param orders whether to take in orders and customer identities too (for retention, loyalty and CLV), which
	 *               reads every event of the store
	 * @throws org.carelens.store.api.StoreException when the store cannot be read
	 */
	public static void load(EventStore store, FactContext context, FactTable table, boolean orders,
			Listener listener) {
		new FactRefresh(store, context).run(listener::refreshing);
		loadFacts(store, table, listener); // the ids are for drill-downs, which a command line does not make
		if (orders && store.firstEventAt().isPresent()) {
			loadOrders(store, table);
		}
	}

	/**
	 * Takes the store's conversation facts, as they are, into {@code table}.
	 *
	 * @return the ids of the conversations taken in, in the order read
	 * @throws org.carelens.store.api.StoreException when the store cannot be read
	 */
	static List<String> loadFacts(EventStore store, FactTable table, Listener listener) {
		List<String> ids = new ArrayList<>();
		// Reading facts from the store and taking them into the table take about 4:1 of the time: the table takes
		// each batch on its own thread while the store reads the next, one batch in flight (a single writer).
		ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
			Thread thread = new Thread(r, "carelens-fact-table-upsert");
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<ConversationFact> batch = new ArrayList<>(BATCH);
			long[] loaded = { 0 };
			Future<?>[] inFlight = new Future<?>[] { CompletableFuture.completedFuture(null) };
			store.facts().facts(fact -> {
				batch.add(fact);
				ids.add(fact.conversation());
				if (batch.size() == BATCH) {
					inFlight[0] = handOver(writer, inFlight[0], table, List.copyOf(batch));
					loaded[0] += batch.size();
					batch.clear();
					listener.loaded(loaded[0]);
				}
			});
			await(handOver(writer, inFlight[0], table, List.copyOf(batch)));
			listener.loaded(loaded[0] + batch.size());
		} finally {
			writer.shutdownNow();
		}
		return ids;
	}

	private static void loadOrders(EventStore store, FactTable table) {
		List<Event> found = new ArrayList<>();
		Map<String, String> keyOf = new HashMap<>();
		store.eventsBetween(store.firstEventAt().get(), store.lastEventAt().orElseThrow().plusNanos(1), e -> {
			if (e instanceof Event.Order) {
				found.add(e);
			} else if (e instanceof Event.CustomerIdentity identity) {
				// as FactBook links them: every channel identity, and the id itself, belong to the customer
				String customer = identity.header().customer().orElseThrow();
				keyOf.put(customer, customer);
				identity.identities().forEach(i -> keyOf.put(i.value(), customer));
			}
		});
		table.addOrders(found, id -> keyOf.getOrDefault(id, id));
	}

	/** Waits for the batch in flight, then starts taking in the next one. */
	private static Future<?> handOver(ExecutorService writer, Future<?> previous, FactTable table,
			List<ConversationFact> next) {
		await(previous);
		return writer.submit(() -> table.upsert(next));
	}

	private static void await(Future<?> upsert) {
		try {
			upsert.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while loading conversation facts", e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(e.getCause());
		}
	}
}
