package org.carelens.channels.http.tests;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import org.carelens.core.api.channel.ChannelInstance;
import org.carelens.internal.channels.http.EndpointRegistry;
import org.carelens.internal.channels.runtime.ChannelRuntime;
import org.carelens.internal.channels.runtime.ChannelRuntimes;
import org.carelens.internal.channels.runtime.StatusListener;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.EventStoreProvider;
import org.carelens.store.api.StoreLocation;

/**
 * A webhook channel instance running as the server runs it: the workspace's DuckDB store, the channel runtime, the
 * instance started and its endpoint served by the Jetty of the test runtime. It can be stopped and started again,
 * as a server is restarted.
 */
final class Node implements AutoCloseable {

	private final Path workspace;
	private final EventStoreProvider stores;
	private final ChannelRuntimes runtimes;
	private final EndpointRegistry endpoints;
	private final ChannelInstance instance;
	private EventStore store;
	private ChannelRuntime runtime;

	Node(Path workspace, EventStoreProvider stores, ChannelRuntimes runtimes, EndpointRegistry endpoints,
			ChannelInstance instance) {
		this.workspace = workspace;
		this.stores = stores;
		this.runtimes = runtimes;
		this.endpoints = endpoints;
		this.instance = instance;
	}

	Node start() throws Exception {
		store = stores.open(new StoreLocation.Workspace(workspace));
		runtime = runtimes.open(workspace, store, StatusListener.NONE);
		runtime.start(instance, Duration.ofSeconds(10));
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (!endpoints.served().contains(instance.id())) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("endpoint of " + instance.id() + " not served after 10 s: "
						+ runtime.statuses());
			}
			Thread.sleep(20);
		}
		return this;
	}

	/** Stops the instance (its endpoint waits for the deliveries in flight) and closes the store. */
	void stop() {
		runtime.close();
		store.close();
	}

	/** @return how the running instance sends to customers, if it can */
	java.util.Optional<org.carelens.channels.api.Outbound> outbound() {
		return runtime.outbound(instance.id());
	}

	/** @return what {@code query} reads from the store, while the runtime may be writing to it */
	<T> T read(Function<EventStore, T> query) {
		synchronized (store) {
			return query.apply(store);
		}
	}

	@Override
	public void close() {
		stop();
	}
}
