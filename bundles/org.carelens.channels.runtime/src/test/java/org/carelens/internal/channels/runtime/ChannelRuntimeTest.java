package org.carelens.internal.channels.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.channels.api.Checkpoint;
import org.carelens.channels.api.ConnectorStatus;
import org.carelens.channels.api.ConnectorStatus.Counters;
import org.carelens.channels.api.ConnectorStatus.State;
import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.channel.ChannelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChannelRuntimeTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
	private static final Backoff FAST = new Backoff(Duration.ofMillis(1), Duration.ofMillis(4));

	@TempDir
	Path workspace;

	private final MemoryStore store = new MemoryStore();
	private final MemorySecrets secrets = new MemorySecrets();
	private final ConnectorRegistry registry = new ConnectorRegistry();
	private final CountingConnector connector = new CountingConnector(5);
	private final List<ConnectorStatus> published = Collections.synchronizedList(new ArrayList<>());
	private ChannelRuntime runtime;

	@BeforeEach
	void install() {
		registry.addConnector(connector, CountingConnector.PROPERTIES);
		runtime = new ChannelRuntime(workspace, store, registry, secrets,
				(instance, connectorId, status) -> published.add(status), FAST, CLOCK, Optional.empty());
		secrets.put(workspace, "chat-1", "token", "open-sesame");
	}

	private static ChannelInstance instance(Map<String, String> settings) {
		return new ChannelInstance("chat-1", "Chat", ChannelKind.CHAT, "counting", settings);
	}

	@Test
	void aRunStoresEveryEventAndCommitsTheLastPosition() throws Exception {
		ConnectorStatus status = runtime.runOnce(instance(Map.of("bad", "4")), 1);
		assertEquals(State.IDLE, status.state());
		assertEquals(new Counters(4, 4, 0, 0, 1, 0), status.counters());
		assertEquals(Optional.of(CLOCK.instant()), status.lastEventAt());
		assertEquals(List.of("chat-1:1", "chat-1:2", "chat-1:3", "chat-1:5"), List.copyOf(store.events.keySet()));
		assertEquals("counting:4: number 4 is bad", store.quarantine.get(0).source() + ":"
				+ store.quarantine.get(0).line().getAsLong() + ": " + store.quarantine.get(0).reason());
		assertEquals(Optional.of(Checkpoint.START.with("next", "5")), new CheckpointFile(workspace, "chat-1").read());
	}

	@Test
	void aRunResumesFromTheCommittedCheckpoint() throws Exception {
		runtime.runOnce(instance(Map.of()), 1);
		connector.count = 8;
		ConnectorStatus second = runtime.runOnce(instance(Map.of()), 1);
		assertEquals(new Counters(3, 3, 0, 0, 0, 0), second.counters(), "only 6, 7 and 8 are new");
		assertEquals(8, store.eventCount());
	}

	@Test
	void noCheckpointIsWrittenWhenTheStoreFails() throws Exception {
		store.failures = 1;
		ConnectorStatus status = runtime.runOnce(instance(Map.of()), 1);
		assertEquals(State.FAILING, status.state());
		assertEquals(Optional.of("the event store failed: disk full"), status.reason());
		assertEquals(1, status.counters().failures());
		assertEquals(Optional.empty(), new CheckpointFile(workspace, "chat-1").read());
		assertEquals(0, store.eventCount());
	}

	@Test
	void aFailedPullIsRetriedFromTheLastCommitAfterTheBackoff() throws Exception {
		store.failures = 2;
		ConnectorStatus status = runtime.runOnce(instance(Map.of()), 3);
		assertEquals(State.IDLE, status.state());
		assertEquals(3, connector.pulls);
		assertEquals(2, status.counters().failures());
		assertEquals(5, store.eventCount());
		assertTrue(published.stream().anyMatch(s -> s.state() == State.FAILING), "failures are published");
	}

	@Test
	void eventsTheStoreRefusesAreDeadLetteredWithTheirReason() throws Exception {
		store.events.put("chat-1:3", CountingConnector.opened("other", 3));
		ConnectorStatus status = runtime.runOnce(instance(Map.of()), 1);
		assertEquals(1, status.counters().conflicts());
		assertEquals(Optional.of("chat-1:3"), store.quarantine.get(0).eventId());
		assertEquals("chat-1", store.quarantine.get(0).source());
	}

	@Test
	void secretsComeFromTheSecretStoreAndAWrongOneFailsTheStart() throws Exception {
		assertEquals("open-sesame", runtime.settingsOf(instance(Map.of())).required("token"));
		secrets.put(workspace, "chat-1", "token", "wrong");
		ConnectorStatus status = runtime.runOnce(instance(Map.of()), 2);
		assertEquals(Optional.of("cannot start: login refused"), status.reason());
	}

	@Test
	void anUnknownConnectorOrBadSettingIsNamed() {
		ChannelException missing = assertThrows(ChannelException.class, () -> runtime.runOnce(
				new ChannelInstance("x", "X", ChannelKind.EMAIL, "imap", Map.of()), 1));
		assertEquals("channel x: connector 'imap' is not installed (installed: [counting])", missing.getMessage());
		ChannelException bad = assertThrows(ChannelException.class,
				() -> runtime.runOnce(instance(Map.of("bad", "four")), 1));
		assertEquals("channel chat-1: setting 'bad': 'four' is not a whole number", bad.getMessage());
	}

	@Test
	void aStartedInstanceIsPulledOnItsScheduleUntilStopped() throws Exception {
		runtime.start(instance(Map.of()), Duration.ofMillis(20));
		long deadline = System.nanoTime() + 5_000_000_000L;
		while (connector.pulls < 3 && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertTrue(connector.pulls >= 3, "pulled again on schedule: " + connector.pulls);
		connector.count = 7;
		while (store.eventCount() < 7 && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertEquals(7, store.eventCount(), "new input picked up by a scheduled pull");
		runtime.stop("chat-1");
		assertEquals(Optional.empty(), runtime.status("chat-1"));
		assertEquals(State.STOPPED, published.get(published.size() - 1).state());
		runtime.close();
	}

	@Test
	void theBackoffDoublesUpToItsMaximum() {
		Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10));
		assertEquals(List.of(1L, 2L, 4L, 8L, 10L, 10L), List.of(1, 2, 3, 4, 5, 30).stream()
				.map(n -> backoff.delay(n).toSeconds()).toList());
	}
}
