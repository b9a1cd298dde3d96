package org.carelens.internal.channels.runtime;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

import org.carelens.channels.api.Capability;
import org.carelens.channels.api.Checkpoint;
import org.carelens.channels.api.ConnectorContext;
import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.api.ConnectorInstance;
import org.carelens.channels.api.ConnectorStatus;
import org.carelens.channels.api.EventSink;
import org.carelens.channels.api.Settings;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.RecentEvents;

/**
 * Runs one channel instance: starts its connector with the last committed checkpoint, pulls, and keeps its status.
 * A failed start or pull leaves the instance failing with the reason; what it held uncommitted is dropped, so the
 * next attempt starts again from the last commit.
 */
final class InstanceRunner implements ConnectorContext {

	private static final System.Logger LOG = System.getLogger(InstanceRunner.class.getName());

	private final String instanceId;
	private final ConnectorRegistry.Registered connector;
	private final Settings settings;
	private final StatusTracker tracker;
	private final StoreSink sink;
	private volatile Optional<Checkpoint> checkpoint;
	private volatile boolean stopRequested;
	/** Read without the runner's lock by {@link #outbound()}, which must not wait for a pull to end. */
	private volatile ConnectorInstance instance;

	InstanceRunner(String instanceId, ConnectorRegistry.Registered connector, Settings settings, Path workspace,
			EventStore store, Object storeLock, StatusListener listener, Clock clock,
			Consumer<RecentEvents> afterCommit)
			throws IOException {
		this.instanceId = instanceId;
		this.connector = connector;
		this.settings = settings;
		this.tracker = new StatusTracker(instanceId, connector.descriptor().id(), listener, clock);
		CheckpointFile checkpoints = new CheckpointFile(workspace, instanceId);
		this.checkpoint = checkpoints.read();
		this.sink = new StoreSink(store, storeLock, instanceId, checkpoints, tracker,
				committed -> checkpoint = Optional.of(committed), afterCommit, factsOnSchedule(connector));
	}

	/** @return whether the instance only receives: its facts are brought up to date on a schedule, not per commit */
	static boolean factsOnSchedule(ConnectorRegistry.Registered connector) {
		return connector.descriptor().can(Capability.PUSH) && !connector.descriptor().can(Capability.PULL);
	}

	/**
	 * Brings the facts up to date with what the instance committed since the last time; a failure is logged and
	 * made good by the next call.
	 */
	void catchUpFacts() {
		try {
			sink.refreshFacts();
		} catch (ConnectorException | RuntimeException e) {
			LOG.log(System.Logger.Level.WARNING, "channel " + instanceId + ": conversation facts not updated: "
					+ e.getMessage());
		}
	}

	@Override
	public String instanceId() {
		return instanceId;
	}

	@Override
	public Settings settings() {
		return settings;
	}

	@Override
	public Optional<Checkpoint> checkpoint() {
		return checkpoint;
	}

	@Override
	public EventSink sink() {
		return sink;
	}

	@Override
	public boolean stopRequested() {
		return stopRequested;
	}

	/** @return the status, failing with its reason while a started push instance says it is not receiving */
	ConnectorStatus status() {
		ConnectorStatus status = tracker.status();
		ConnectorInstance started = instance;
		if (started != null && status.state() != ConnectorStatus.State.FAILING) {
			Optional<String> problem = started.problem();
			if (problem.isPresent()) {
				return new ConnectorStatus(ConnectorStatus.State.FAILING, problem, status.lastEventAt(),
						status.counters());
			}
		}
		return status;
	}

	String connectorId() {
		return connector.descriptor().id();
	}

	synchronized boolean started() {
		return instance != null;
	}

	/** @return whether the instance started; if not, it is failing with the reason */
	synchronized boolean start() {
		if (instance != null) {
			return true;
		}
		stopRequested = false;
		try {
			instance = connector.connector().start(this);
			tracker.idle();
			return true;
		} catch (ConnectorException | RuntimeException e) {
			tracker.failing("cannot start: " + reason(e));
			return false;
		}
	}

	/** @return whether the pull succeeded; if not, the instance is failing with the reason */
	synchronized boolean pull() {
		if (instance == null && !start()) {
			return false;
		}
		tracker.running();
		sink.pulling(true);
		try {
			instance.pull();
			sink.endPull();
			sink.refreshFacts();
			tracker.idle();
			return true;
		} catch (ConnectorException | RuntimeException e) {
			sink.discard();
			tracker.failing(reason(e));
			return false;
		} finally {
			sink.pulling(false);
		}
	}

	/** @return how the instance sends to customers, while it is started and can */
	Optional<org.carelens.channels.api.Outbound> outbound() {
		ConnectorInstance started = instance;
		return started == null ? Optional.empty() : started.outbound();
	}

	void requestStop() {
		stopRequested = true;
	}

	synchronized void stop() {
		stopRequested = true;
		if (instance != null) {
			instance.stop();
			instance = null;
			catchUpFacts();
		}
		sink.discard();
		tracker.stopped();
	}

	private static String reason(Exception e) {
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}
}
