package org.carelens.internal.channels.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.carelens.channels.api.Checkpoint;
import org.carelens.channels.api.ConnectorException;
import org.carelens.core.api.Event;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.StoreException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreSinkTest {

	@TempDir
	Path workspace;

	private final MemoryStore store = new MemoryStore();
	private final AtomicInteger refreshes = new AtomicInteger();
	private int failRefreshes;
	private final List<Boolean> held = new ArrayList<>();
	private StoreSink sink;

	@BeforeEach
	void createSink() {
		sink = sink(EventStore.BULK_BATCH);
	}

	/** @param gatherBelow held events below which a pull's commit waits for the next one */
	private StoreSink sink(int gatherBelow) {
		StatusTracker tracker = new StatusTracker("chat-1", "test", StatusListener.NONE,
				Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC));
		return new StoreSink(store, store, "chat-1", new CheckpointFile(workspace, "chat-1"), tracker, committed -> {
		}, recent -> {
			held.add(recent.complete());
			if (failRefreshes > 0) {
				failRefreshes--;
				throw new StoreException("disk full");
			}
			refreshes.incrementAndGet();
		}, false, gatherBelow);
	}

	@Test
	void aPullsCommitsAreGatheredAndStoredOnceWithTheLastCheckpointWrittenAfter() throws Exception {
		CheckpointFile checkpoints = new CheckpointFile(workspace, "chat-1");
		sink.pulling(true);
		for (int i = 1; i <= 3; i++) {
			sink.accept(opened("e-" + i));
			sink.commit(Checkpoint.START.with("line", Integer.toString(i)));
		}
		assertEquals(0, store.events.size(), "nothing stored before the pull ends");
		assertEquals(Optional.empty(), checkpoints.read(), "and no checkpoint written ahead of its events");
		sink.endPull();
		assertEquals(3, store.events.size());
		assertEquals(1, store.appends, "in one transaction");
		assertEquals(Optional.of(Checkpoint.START.with("line", "3")), checkpoints.read());
	}

	@Test
	void aPullThatFailsDropsItsGatheredCommitsAndKeepsTheLastWrittenCheckpoint() throws Exception {
		CheckpointFile checkpoints = new CheckpointFile(workspace, "chat-1");
		StoreSink small = sink(2);
		small.pulling(true);
		small.accept(opened("e-1"));
		small.accept(opened("e-2"));
		small.commit(Checkpoint.START.with("line", "2")); // two held: stored at once
		small.accept(opened("e-3"));
		small.commit(Checkpoint.START.with("line", "3")); // one held: gathered
		small.discard(); // the pull failed
		small.pulling(false);
		assertEquals(2, store.events.size());
		assertEquals(Optional.of(Checkpoint.START.with("line", "2")), checkpoints.read(),
				"the next pull reads again from the last commit whose events are durable");
	}

	@Test
	void aPullBringsTheFactsUpToDateOnceAtItsEnd() throws Exception {
		sink.pulling(true);
		for (int i = 1; i <= 3; i++) {
			sink.accept(opened("e-" + i));
			sink.commit(Checkpoint.START.with("line", Integer.toString(i)));
		}
		assertEquals(0, refreshes.get(), "not after each of its commits");
		sink.endPull();
		sink.refreshFacts();
		assertEquals(1, refreshes.get());
		assertEquals(List.of(true), held, "with the events the pull appended at hand");
		sink.refreshFacts();
		assertEquals(1, refreshes.get(), "nothing committed since");
	}

	@Test
	void aWriteThatFailsBehindThePullFailsItAtItsNextCommitWithoutWritingTheCheckpoint() throws Exception {
		CheckpointFile checkpoints = new CheckpointFile(workspace, "chat-1");
		StoreSink eager = sink(1);
		store.failures = 1;
		eager.pulling(true);
		eager.accept(opened("e-1"));
		eager.commit(Checkpoint.START.with("line", "1")); // handed to the writer thread, which fails
		eager.accept(opened("e-2"));
		ConnectorException failed = assertThrows(ConnectorException.class,
				() -> eager.commit(Checkpoint.START.with("line", "2")));
		assertEquals("the event store failed: disk full", failed.getMessage());
		eager.discard();
		eager.pulling(false);
		assertEquals(Optional.empty(), checkpoints.read(), "no checkpoint ahead of durable events");
		assertEquals(0, store.events.size());
	}

	@Test
	void eventsAppendedByAnotherWriterInBetweenAreReadFromTheStore() throws Exception {
		sink = sink(1); // each commit stores
		sink.pulling(true);
		sink.accept(opened("e-1"));
		sink.commit(Checkpoint.START.with("line", "1"));
		sink.endPull(); // waits for the write behind, so that the other writer comes after it
		sink.pulling(true);
		store.append(List.of(CountingConnector.opened("other", 1)), "other");
		sink.accept(opened("e-2"));
		sink.commit(Checkpoint.START.with("line", "2"));
		sink.endPull();
		sink.refreshFacts();
		assertEquals(List.of(false), held);
	}

	@Test
	void outsideAPullEveryCommitBringsThemUpToDate() throws Exception {
		sink.accept(opened("e-1"));
		sink.commit(Checkpoint.START.with("line", "1"));
		sink.accept(opened("e-2"));
		sink.commit(Checkpoint.START.with("line", "2"));
		assertEquals(2, refreshes.get());
	}

	@Test
	void aPushInstancesCommitsLeaveTheFactsToTheScheduledCatchUp() throws Exception {
		StatusTracker tracker = new StatusTracker("hook-1", "test", StatusListener.NONE,
				Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC));
		StoreSink push = new StoreSink(store, store, "hook-1", new CheckpointFile(workspace, "hook-1"), tracker,
				committed -> {
				}, recent -> refreshes.incrementAndGet(), true);
		for (int i = 1; i <= 3; i++) {
			push.accept(opened("e-" + i));
			push.commit(Checkpoint.START.with("deliveries", Integer.toString(i)));
		}
		assertEquals(3, store.events.size(), "each commit stores");
		assertEquals(0, refreshes.get(), "no commit folds the facts");
		push.refreshFacts();
		assertEquals(1, refreshes.get(), "the catch-up folds all three commits at once");
	}

	@Test
	void aFailedRefreshIsReportedAndDoneByTheNextOne() throws Exception {
		failRefreshes = 1;
		sink.accept(opened("e-1"));
		ConnectorException failed = assertThrows(ConnectorException.class,
				() -> sink.commit(Checkpoint.START.with("line", "1")));
		assertEquals("the event store failed while updating the conversation facts: disk full", failed.getMessage());
		assertEquals(1, store.events.size(), "the events are stored all the same");
		sink.refreshFacts();
		assertEquals(1, refreshes.get());
	}

	private static Event opened(String id) {
		return CountingConnector.opened("chat-1", Integer.parseInt(id.substring(2)));
	}
}
