package org.carelens.internal.channels.runtime;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.carelens.channels.api.Capability;
import org.carelens.channels.api.ConnectorStatus;
import org.carelens.channels.api.InvalidSettingsException;
import org.carelens.channels.api.Settings;
import org.carelens.core.api.channel.ChannelInstance;
import org.carelens.facts.FactContext;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.FactRefresh;
import org.carelens.store.api.RecentEvents;

/**
 * Runs the channel instances of one workspace against its event store: once (pull until caught up, retrying with
 * back-off) or continuously (pull connectors on a schedule, push connectors started and left to receive).
 */
public final class ChannelRuntime implements AutoCloseable {

	private final Path workspace;
	private final EventStore store;
	private final ConnectorRegistry registry;
	private final SecretStore secrets;
	private final StatusListener listener;
	private final Backoff backoff;
	private final Clock clock;
	private final Consumer<RecentEvents> refreshFacts;
	private final Map<String, InstanceRunner> running = new LinkedHashMap<>();
	private final Map<String, Integer> failures = new ConcurrentHashMap<>();
	private final ScheduledExecutorService scheduler;
	/** How far the conversation facts of a push instance may lag behind its stored events. */
	static final Duration FACTS_EVERY = Duration.ofSeconds(2);

	/**
	 * @param facts what the store's conversation facts are folded with, to bring them up to date after every commit;
	 *              empty to leave them (they are then brought up to date by the next import or
	 *              {@code carelens workspace facts})
	 */
	public ChannelRuntime(Path workspace, EventStore store, ConnectorRegistry registry, SecretStore secrets,
			StatusListener listener, Backoff backoff, Clock clock, Optional<FactContext> facts) {
		this.workspace = workspace;
		this.refreshFacts = facts.<Consumer<RecentEvents>>map(context -> recent -> new FactRefresh(store, context)
				.run((done, all) -> {
				}, recent)).orElse(recent -> {
				});
		this.store = store;
		this.registry = registry;
		this.secrets = secrets;
		this.listener = listener;
		this.backoff = backoff;
		this.clock = clock;
		this.scheduler = Executors.newScheduledThreadPool(2, task -> {
			Thread thread = new Thread(task, "carelens-channels");
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * @return the instance's settings: those of the workspace configuration and its secrets, validated
	 * @throws ChannelException when its connector is not installed or its settings do not fit the connector's schema
	 */
	public Settings settingsOf(ChannelInstance instance) throws ChannelException {
		ConnectorRegistry.Registered connector = connectorOf(instance);
		Map<String, String> values = new HashMap<>(instance.settings());
		for (String key : connector.connector().settingsSchema().secretKeys()) {
			secrets.get(workspace, instance.id(), key).ifPresent(value -> values.put(key, value));
		}
		try {
			return connector.connector().settingsSchema().validate(values);
		} catch (InvalidSettingsException e) {
			throw new ChannelException("channel " + instance.id() + ": " + e.getMessage(), e);
		}
	}

	private ConnectorRegistry.Registered connectorOf(ChannelInstance instance) throws ChannelException {
		return registry.find(instance.connectorId()).orElseThrow(() -> new ChannelException("channel "
				+ instance.id() + ": connector '" + instance.connectorId() + "' is not installed (installed: "
				+ registry.all().stream().map(r -> r.descriptor().id()).toList() + ")"));
	}

	private InstanceRunner runner(ChannelInstance instance) throws ChannelException {
		ConnectorRegistry.Registered connector = connectorOf(instance);
		Settings settings = settingsOf(instance);
		try {
			return new InstanceRunner(instance.id(), connector, settings, workspace, store, store, listener, clock,
					refreshFacts);
		} catch (IOException | IllegalArgumentException e) {
			throw new ChannelException("channel " + instance.id() + ": cannot read its checkpoint: " + e.getMessage(),
					e);
		}
	}

	/**
	 * Pulls an instance until it has caught up, retrying a failed start or pull after the back-off, at most
	 * {@code attempts} times in all.
	 *
	 * @return the status after the last attempt: idle when it succeeded, failing with the reason otherwise
	 */
	public ConnectorStatus runOnce(ChannelInstance instance, int attempts) throws ChannelException,
			InterruptedException {
		ConnectorRegistry.Registered connector = connectorOf(instance);
		if (!connector.descriptor().can(Capability.PULL)) {
			throw new ChannelException("channel " + instance.id() + ": connector " + connector.descriptor().id()
					+ " does not pull; it can only run continuously");
		}
		InstanceRunner runner = runner(instance);
		try {
			for (int attempt = 1;; attempt++) {
				if (runner.pull()) {
					return runner.status();
				}
				if (attempt >= attempts) {
					return runner.status();
				}
				Thread.sleep(backoff.delay(attempt).toMillis());
			}
		} finally {
			runner.stop();
		}
	}

	/**
	 * Starts an instance and keeps it running: a pull connector is pulled every {@code interval} (after the back-off
	 * when a pull failed), a push connector receives on its own.
	 */
	public synchronized void start(ChannelInstance instance, Duration interval) throws ChannelException {
		if (running.containsKey(instance.id())) {
			return;
		}
		ConnectorRegistry.Registered connector = connectorOf(instance);
		InstanceRunner runner = runner(instance);
		running.put(instance.id(), runner);
		if (connector.descriptor().can(Capability.PULL)) {
			scheduler.execute(() -> pullAndReschedule(runner, interval));
		} else {
			scheduler.execute(() -> startAndRetry(runner));
		}
	}

	private void pullAndReschedule(InstanceRunner runner, Duration interval) {
		if (runner.stopRequested()) {
			return;
		}
		Duration next;
		if (runner.pull()) {
			failures.remove(runner.instanceId());
			next = interval;
		} else {
			next = backoff.delay(failures.merge(runner.instanceId(), 1, Integer::sum));
		}
		if (!runner.stopRequested() && !scheduler.isShutdown()) {
			scheduler.schedule(() -> pullAndReschedule(runner, interval), next.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	private void startAndRetry(InstanceRunner runner) {
		if (runner.stopRequested()) {
			return;
		}
		if (runner.start()) {
			scheduler.schedule(() -> catchUpFacts(runner), FACTS_EVERY.toMillis(), TimeUnit.MILLISECONDS);
			return;
		}
		Duration next = backoff.delay(failures.merge(runner.instanceId(), 1, Integer::sum));
		if (!scheduler.isShutdown()) {
			scheduler.schedule(() -> startAndRetry(runner), next.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	/** Brings a push instance's facts up to date every {@link #FACTS_EVERY} while it runs (and once as it stops). */
	private void catchUpFacts(InstanceRunner runner) {
		if (runner.stopRequested() || scheduler.isShutdown()) {
			return;
		}
		runner.catchUpFacts();
		if (!scheduler.isShutdown()) {
			scheduler.schedule(() -> catchUpFacts(runner), FACTS_EVERY.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	/** Stops a running instance; its held, uncommitted events are dropped and replayed at its next start. */
	public void stop(String instanceId) {
		InstanceRunner runner;
		synchronized (this) {
			runner = running.remove(instanceId);
		}
		if (runner != null) {
			runner.requestStop();
			runner.stop();
		}
	}

	/** @return the status of a running instance */
	public synchronized Optional<ConnectorStatus> status(String instanceId) {
		return Optional.ofNullable(running.get(instanceId)).map(InstanceRunner::status);
	}

	/**
	 * @return how a running instance sends messages to customers (survey invitations); empty when it is not
	 *         running, not started yet, or cannot send
	 */
	public Optional<org.carelens.channels.api.Outbound> outbound(String instanceId) {
		InstanceRunner runner;
		synchronized (this) {
			runner = running.get(instanceId);
		}
		return runner == null ? Optional.empty() : runner.outbound();
	}

	/** @return the status of every running instance, by id */
	public synchronized Map<String, ConnectorStatus> statuses() {
		Map<String, ConnectorStatus> statuses = new LinkedHashMap<>();
		running.forEach((id, runner) -> statuses.put(id, runner.status()));
		return statuses;
	}

	/** Stops every instance; the event store stays open, it belongs to the caller. */
	@Override
	public void close() {
		List<String> ids;
		synchronized (this) {
			ids = List.copyOf(running.keySet());
		}
		for (String id : ids) {
			stop(id);
		}
		scheduler.shutdownNow();
		try {
			scheduler.awaitTermination(30, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
