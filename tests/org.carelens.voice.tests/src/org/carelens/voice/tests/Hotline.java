package org.carelens.voice.tests;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.carelens.channels.api.ConnectorStatus;
import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.channel.ChannelInstance;
import org.carelens.internal.channels.runtime.ChannelRuntime;
import org.carelens.internal.channels.runtime.ChannelRuntimes;
import org.carelens.internal.channels.runtime.StatusListener;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.EventStoreProvider;
import org.carelens.store.api.StoreLocation;

/**
 * A voice channel instance run as {@code carelens serve} runs it: the workspace's DuckDB store, the channel runtime,
 * the instance started and left to receive. It can be stopped and started again, as a server is restarted.
 */
final class Hotline implements AutoCloseable {

	static final String INSTANCE = "hotline";

	private final Path workspace;
	private final EventStoreProvider stores;
	private final ChannelRuntimes runtimes;
	private final ChannelInstance instance;
	private EventStore store;
	private ChannelRuntime runtime;

	Hotline(Path workspace, EventStoreProvider stores, ChannelRuntimes runtimes, Map<String, String> settings) {
		this.workspace = workspace;
		this.stores = stores;
		this.runtimes = runtimes;
		this.instance = new ChannelInstance(INSTANCE, "Hotline 1900", ChannelKind.VOICE, "voice.asterisk",
				settings);
	}

	Hotline start() throws Exception {
		store = stores.open(new StoreLocation.Workspace(workspace));
		runtime = runtimes.open(workspace, store, StatusListener.NONE);
		runtime.start(instance, Duration.ofSeconds(10));
		return this;
	}

	/** Stops the instance (it commits what it received) and closes the store. */
	void stop() {
		runtime.close();
		store.close();
	}

	ConnectorStatus status() {
		return runtime.status(INSTANCE).orElseThrow();
	}

	/** @return what {@code query} reads from the store, while the instance may be writing to it */
	<T> T read(Function<EventStore, T> query) {
		synchronized (store) {
			return query.apply(store);
		}
	}

	/** Waits up to 20 s until {@code query} reads a value that {@code expected} accepts, and returns it. */
	<T> T await(Function<EventStore, T> query, Predicate<T> expected) throws InterruptedException {
		long deadline = System.nanoTime() + 20_000_000_000L;
		T value = read(query);
		while (!expected.test(value)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("after 20 s still " + value + "; status " + runtime.statuses());
			}
			Thread.sleep(20);
			value = read(query);
		}
		return value;
	}

	/** Waits up to 20 s until the instance's status is one {@code expected} accepts, and returns it. */
	ConnectorStatus awaitStatus(Predicate<ConnectorStatus> expected) throws InterruptedException {
		long deadline = System.nanoTime() + 20_000_000_000L;
		while (!expected.test(status())) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("after 20 s the status is still " + status());
			}
			Thread.sleep(20);
		}
		return status();
	}

	@Override
	public void close() {
		stop();
	}
}
