package org.carelens.internal.channels.runtime;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.carelens.channels.api.Checkpoint;
import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.api.EventSink;
import org.carelens.channels.api.Rejected;
import org.carelens.core.api.Event;
import org.carelens.store.api.AppendResult;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.QuarantineEntry;
import org.carelens.store.api.RecentEvents;
import org.carelens.store.api.StoreException;

/**
 * The sink of one channel instance: holds events and rejects, appends them to the event store, and writes the
 * checkpoint only once the store has returned, that is once they are durable.
 * <p>
 * Events the store refuses as conflicts are quarantined by the store with their reason and the instance id as their
 * source: that quarantine is the dead-letter of the channels. Held events are stored early when many accumulate,
 * which is safe because the store is idempotent by id.
 * <p>
 * While a pull runs, its commits are gathered until {@link EventStore#BULK_BATCH} events are held (or the pull ends):
 * the events are then stored in one transaction and the last of the checkpoints is written after it. A crash in
 * between loses nothing, because no checkpoint is written before its events are durable; the connector reads again
 * from the last written one. Outside a pull (a push connector acknowledging a delivery) every commit stores at once.
 * During a pull the store is written on a writer thread of the sink's own while the connector goes on reading, one
 * batch at a time and in order: the next commit, the end of the pull and {@link #discard()} wait for it, and a failed
 * write fails the pull at its next commit.
 */
final class StoreSink implements EventSink {

	/**
	 * Held events that make the sink store early, to bound memory between two commits: twice a bulk batch, so that
	 * a pull's commits gathered to a bulk batch are stored before it, and what follows an early store is not a
	 * small batch.
	 */
	static final int FLUSH_AT = 2 * EventStore.BULK_BATCH;

	private final EventStore store;
	private final Object storeLock;
	private final String source;
	private final CheckpointFile checkpoints;
	private final StatusTracker tracker;
	private final Consumer<Checkpoint> committed;
	private final Consumer<RecentEvents> afterCommit;
	/**
	 * Whether commits leave the facts to {@link #refreshFacts()}, called on a schedule: a push connector commits once
	 * per delivery (or group of deliveries), and folding the facts at each would halve what it can take in.
	 */
	private final boolean factsOnSchedule;
	/** While a pull runs, facts are brought up to date once at its end rather than after each of its commits. */
	private boolean pulling;
	private boolean factsBehind;
	/**
	 * What this sink appended since the facts were last brought up to date; null when it appended nothing since.
	 * Used with the store lock held, as the writer thread appends.
	 */
	private RecentEvents recent;
	/** The store's position after this sink's last append: another position means another writer came between. */
	private long positionAfterLastAppend;
	/** The writer thread of pulls, made when first needed. */
	private ExecutorService writerThread;
	/** The batch handed to the writer thread and not waited for yet. */
	private Future<Void> writing;
	/** Held events below which a pull's commit is gathered with the next one rather than stored at once. */
	private final int gatherBelow;
	/** The last commit of the running pull not stored yet: written once its events are durable. */
	private Checkpoint gathered;
	/** Whether events were stored ahead of a commit: the next commit then writes its checkpoint at once. */
	private boolean storedEarly;
	private List<Event> events = new ArrayList<>();
	private List<QuarantineEntry> rejects = new ArrayList<>();

	/**
	 * @param storeLock held while the store is used: several instances share one store, which takes one thread at
	 *                  a time
	 * @param committed   told of every checkpoint once it is written
	 * @param afterCommit run after a commit (after the last commit of a pull), with the store lock held and the
	 *                    events this sink appended since the previous run: it brings the conversation facts up to
	 *                    date; a store failure in it fails the commit or the pull, and the next one makes good
	 */
	StoreSink(EventStore store, Object storeLock, String source, CheckpointFile checkpoints, StatusTracker tracker,
			Consumer<Checkpoint> committed, Consumer<RecentEvents> afterCommit) {
		this(store, storeLock, source, checkpoints, tracker, committed, afterCommit, false);
	}

	/** @param factsOnSchedule whether commits leave the facts to a scheduled {@link #refreshFacts()} */
	StoreSink(EventStore store, Object storeLock, String source, CheckpointFile checkpoints, StatusTracker tracker,
			Consumer<Checkpoint> committed, Consumer<RecentEvents> afterCommit, boolean factsOnSchedule) {
		this(store, storeLock, source, checkpoints, tracker, committed, afterCommit, factsOnSchedule,
				EventStore.BULK_BATCH);
	}

	/** @param gatherBelow held events below which a pull's commit waits for the next one (1: never waits) */
	StoreSink(EventStore store, Object storeLock, String source, CheckpointFile checkpoints, StatusTracker tracker,
			Consumer<Checkpoint> committed, Consumer<RecentEvents> afterCommit, boolean factsOnSchedule,
			int gatherBelow) {
		this.gatherBelow = gatherBelow;
		this.factsOnSchedule = factsOnSchedule;
		this.store = store;
		this.storeLock = storeLock;
		this.source = source;
		this.checkpoints = checkpoints;
		this.tracker = tracker;
		this.committed = committed;
		this.afterCommit = afterCommit;
	}

	@Override
	public synchronized void accept(Event event) {
		events.add(event);
		tracker.handedOver();
		if (events.size() >= FLUSH_AT) {
			storeEarly();
		}
	}

	@Override
	public synchronized void reject(Rejected rejected) {
		rejects.add(rejected.row().isPresent()
				? QuarantineEntry.rejectedLine(rejected.source(), rejected.row().getAsLong(), rejected.reason(),
						rejected.raw())
				: new QuarantineEntry(rejected.source(), rejected.row(), Optional.empty(), rejected.reason(),
						rejected.raw()));
		if (rejects.size() >= FLUSH_AT) {
			storeEarly();
		}
	}

	@Override
	public synchronized void commit(Checkpoint checkpoint) throws ConnectorException {
		if (pulling && !storedEarly && events.size() < gatherBelow && rejects.size() < gatherBelow) {
			gathered = checkpoint; // stored with the next commit that holds enough, or at the end of the pull
			return;
		}
		commitNow(checkpoint);
	}

	private void commitNow(Checkpoint checkpoint) throws ConnectorException {
		gathered = null;
		storedEarly = false;
		List<Event> batch = events;
		List<QuarantineEntry> rejected = rejects;
		events = new ArrayList<>();
		rejects = new ArrayList<>();
		awaitWriting(); // one write at a time, in order
		factsBehind = true;
		if (pulling) {
			// the connector reads and converts the next rows while this is stored: its next commit waits for it
			writing = writer().submit(() -> {
				persist(batch, rejected, Optional.of(checkpoint));
				return null;
			});
			return;
		}
		persist(batch, rejected, Optional.of(checkpoint));
		if (!factsOnSchedule) {
			refreshFacts();
		}
	}

	/** Stores a batch, then writes its checkpoint: on the connector's thread, or the writer's during a pull. */
	private void persist(List<Event> batch, List<QuarantineEntry> rejected, Optional<Checkpoint> checkpoint)
			throws ConnectorException {
		try {
			write(batch, rejected);
		} catch (StoreException e) {
			throw new ConnectorException("the event store failed: " + e.getMessage(), e);
		}
		if (checkpoint.isEmpty()) {
			return;
		}
		try {
			checkpoints.write(checkpoint.get());
		} catch (IOException e) {
			throw new ConnectorException("cannot write the checkpoint " + checkpoints.file() + ": " + e.getMessage(),
					e);
		}
		committed.accept(checkpoint.get());
	}

	/** Waits for the write handed to the writer thread, if any. @throws ConnectorException as it failed */
	private void awaitWriting() throws ConnectorException {
		Future<Void> pending = writing;
		if (pending == null) {
			return;
		}
		writing = null;
		try {
			pending.get();
		} catch (ExecutionException e) {
			switch (e.getCause()) {
			case ConnectorException failure -> throw failure;
			case RuntimeException failure -> throw failure;
			case Error failure -> throw failure;
			default -> throw new ConnectorException(e.getCause().toString(), e.getCause());
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ConnectorException("interrupted while the event store was writing", e);
		}
	}

	private ExecutorService writer() {
		if (writerThread == null) {
			// one thread that ends when idle: a sink is not closed, and most never pull
			ThreadPoolExecutor executor = new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS,
					new LinkedBlockingQueue<>(), task -> {
						Thread thread = new Thread(task, "carelens-channel-writer-" + source);
						thread.setDaemon(true);
						return thread;
					});
			writerThread = executor;
		}
		return writerThread;
	}

	/**
	 * Marks the start and end of a pull: its commits are gathered, and leave the facts to {@link #refreshFacts()} at
	 * its end. A pull that failed ends with {@link #discard()}, which drops the gathered commit.
	 */
	synchronized void pulling(boolean running) {
		pulling = running;
	}

	/** Ends a pull that succeeded: its last gathered commit is stored and its checkpoint written. */
	synchronized void endPull() throws ConnectorException {
		pulling = false;
		if (gathered != null) {
			commitNow(gathered);
		} else {
			awaitWriting();
		}
	}

	/** Brings the conversation facts up to date when commits have left them behind. */
	synchronized void refreshFacts() throws ConnectorException {
		awaitWriting();
		if (!factsBehind) {
			return;
		}
		try {
			synchronized (storeLock) {
				afterCommit.accept(recent == null ? RecentEvents.none() : recent);
				recent = null;
			}
			factsBehind = false;
		} catch (StoreException e) {
			throw new ConnectorException("the event store failed while updating the conversation facts: "
					+ e.getMessage(), e);
		}
	}

	/** Drops what is held: after a failed pull, the next one starts again from the last commit. */
	synchronized void discard() {
		try {
			awaitWriting(); // a write under way ends first; if it failed, the pull's failure is already reported
		} catch (ConnectorException | RuntimeException e) {
			// the checkpoint stays at the last commit that was written
		}
		gathered = null;
		storedEarly = false;
		events = new ArrayList<>();
		rejects = new ArrayList<>();
	}

	private void storeEarly() {
		List<Event> batch = events;
		List<QuarantineEntry> rejected = rejects;
		events = new ArrayList<>();
		rejects = new ArrayList<>();
		try {
			awaitWriting();
		} catch (ConnectorException e) {
			throw new StoreException(e.getMessage(), e);
		}
		write(batch, rejected);
		storedEarly = true;
	}

	/** Appends a batch and its rejects, with the store lock held; also on the writer thread. */
	private void write(List<Event> batch, List<QuarantineEntry> rejected) {
		AppendResult result = AppendResult.NONE;
		synchronized (storeLock) {
			// rejects first: quarantining is idempotent, so a crash between the two loses nothing on the replay
			if (!rejected.isEmpty()) {
				store.quarantine(rejected);
			}
			if (!batch.isEmpty()) {
				long before = store.lastPosition();
				if (recent == null) {
					recent = new RecentEvents(before, RecentEvents.defaultBudget());
				} else if (before != positionAfterLastAppend) {
					recent = RecentEvents.none(); // others appended too: the facts read the store
				}
				result = store.append(batch, source);
				recent.add(batch);
				positionAfterLastAppend = store.lastPosition();
			}
		}
		if (!batch.isEmpty() || !rejected.isEmpty()) {
			tracker.stored(result, rejected.size());
		}
	}
}
