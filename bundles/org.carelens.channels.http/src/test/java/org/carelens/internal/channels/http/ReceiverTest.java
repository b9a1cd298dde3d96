package org.carelens.internal.channels.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.carelens.channels.api.Checkpoint;
import org.carelens.channels.api.ConnectorContext;
import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.api.EventSink;
import org.carelens.channels.api.Rejected;
import org.carelens.channels.api.Settings;
import org.carelens.channels.http.Translation;
import org.carelens.channels.http.WebhookEndpoint;
import org.carelens.channels.http.WebhookRequest;
import org.carelens.core.api.Event;
import org.carelens.core.api.EventHeader;
import org.junit.jupiter.api.Test;

class ReceiverTest {

	private static final WebhookEndpoint ANY = new WebhookEndpoint() {
		@Override
		public Optional<String> authenticate(WebhookRequest request) {
			return Optional.empty();
		}

		@Override
		public Translation translate(WebhookRequest request) {
			return Translation.ignored("nothing");
		}
	};

	@Test
	void deliveryReturnsOnlyAfterTheCommitThatHoldsItsEvents() throws Exception {
		RecordingSink sink = new RecordingSink();
		Receiver receiver = new Receiver(context(sink, Optional.empty()), ANY, 100);
		receiver.deliver(List.of(reopened("e1")), List.of());
		assertEquals(List.of("e1"), sink.committed);
		assertEquals(Optional.of("1"), sink.checkpoint.get(Receiver.DELIVERIES));
	}

	@Test
	void deliveriesCountOnFromTheLastCommittedCheckpoint() throws Exception {
		RecordingSink sink = new RecordingSink();
		Receiver receiver = new Receiver(context(sink, Optional.of(Checkpoint.START.with(Receiver.DELIVERIES, "41"))),
				ANY, 100);
		receiver.deliver(List.of(reopened("e1")), List.of());
		assertEquals(Optional.of("42"), sink.checkpoint.get(Receiver.DELIVERIES));
	}

	@Test
	void deliveriesWaitingWhileOneCommitsAreCommittedTogether() throws Exception {
		RecordingSink sink = new RecordingSink();
		CountDownLatch firstCommitRunning = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		sink.beforeCommit = () -> {
			if (sink.commits == 0) {
				firstCommitRunning.countDown();
				release.await();
			}
		};
		Receiver receiver = new Receiver(context(sink, Optional.empty()), ANY, 100);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			Future<?> first = pool.submit(() -> deliver(receiver, "a"));
			assertTrue(firstCommitRunning.await(5, TimeUnit.SECONDS));
			List<Future<?>> others = new ArrayList<>();
			for (String id : List.of("b", "c", "d")) {
				others.add(pool.submit(() -> deliver(receiver, id)));
			}
			Thread.sleep(200); // the three queue up behind the running commit
			release.countDown();
			first.get(5, TimeUnit.SECONDS);
			for (Future<?> other : others) {
				other.get(5, TimeUnit.SECONDS);
			}
		} finally {
			pool.shutdownNow();
		}
		assertEquals(2, sink.commits, "one commit for a, one for b, c and d together");
		assertEquals(4, sink.committed.size());
		assertEquals(Optional.of("4"), sink.checkpoint.get(Receiver.DELIVERIES));
	}

	@Test
	void storeFailureIsThrownToTheDeliveryAndNothingIsCounted() {
		RecordingSink sink = new RecordingSink();
		sink.failNext = true;
		Receiver receiver = new Receiver(context(sink, Optional.empty()), ANY, 100);
		ConnectorException e = assertThrows(ConnectorException.class,
				() -> receiver.deliver(List.of(reopened("e1")), List.of()));
		assertEquals("disk full", e.getMessage());
		assertNull(sink.checkpoint);
	}

	@Test
	void rejectsOfADeliveryGoToTheSinkWithItsEvents() throws Exception {
		RecordingSink sink = new RecordingSink();
		Receiver receiver = new Receiver(context(sink, Optional.empty()), ANY, 100);
		receiver.deliver(List.of(), List.of(Rejected.row("webhook /hooks/x", 2, "not JSON", "{")));
		assertEquals(List.of("webhook /hooks/x:2: not JSON"), sink.rejects);
	}

	@Test
	void bodyLongerThanTheLimitIsNotRead() throws Exception {
		assertEquals(5, HookServlet.readAtMost(new ByteArrayInputStream(new byte[5]), 5).length);
		assertNull(HookServlet.readAtMost(new ByteArrayInputStream(new byte[6]), 5));
	}

	@Test
	void queryStringIsDecodedWithoutTouchingTheBody() {
		assertEquals(Map.of("hub.mode", "subscribe", "hub.verify_token", "a b"),
				HookServlet.query("hub.mode=subscribe&hub.verify_token=a+b"));
		assertEquals(Map.of(), HookServlet.query(null));
	}

	private static void deliver(Receiver receiver, String id) {
		try {
			receiver.deliver(List.of(reopened(id)), List.of());
		} catch (ConnectorException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Event reopened(String id) {
		return new Event.Reopened(EventHeader.of(id, Instant.parse("2026-02-10T08:00:00Z")).withConversation("c1"));
	}

	private static ConnectorContext context(EventSink sink, Optional<Checkpoint> checkpoint) {
		return new ConnectorContext() {
			@Override
			public String instanceId() {
				return "chat-1";
			}

			@Override
			public Settings settings() {
				throw new UnsupportedOperationException();
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
				return false;
			}
		};
	}

	interface Step {
		void run() throws Exception;
	}

	/** A sink that records what was committed; synchronized like the runtime's. */
	static final class RecordingSink implements EventSink {
		final List<String> held = new ArrayList<>();
		final List<String> committed = new ArrayList<>();
		final List<String> rejects = new ArrayList<>();
		volatile int commits;
		Checkpoint checkpoint;
		boolean failNext;
		Step beforeCommit = () -> {
		};

		@Override
		public synchronized void accept(Event event) {
			held.add(event.id());
		}

		@Override
		public synchronized void reject(Rejected rejected) {
			rejects.add(rejected.toString());
		}

		@Override
		public void commit(Checkpoint next) throws ConnectorException {
			try {
				beforeCommit.run();
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
			synchronized (this) {
				if (failNext) {
					failNext = false;
					throw new ConnectorException("disk full");
				}
				committed.addAll(held);
				held.clear();
				checkpoint = next;
				commits++;
			}
		}
	}
}
