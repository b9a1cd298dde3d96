package org.carelens.voice.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.carelens.channels.api.Capability;
import org.carelens.channels.api.ConnectorStatus;
import org.carelens.channels.api.ConnectorStatus.State;
import org.carelens.channels.api.InvalidSettingsException;
import org.carelens.channels.api.SettingsSchema;
import org.carelens.core.api.ChannelKind;
import org.carelens.facts.ConversationFact;
import org.carelens.internal.channels.runtime.ChannelRuntimes;
import org.carelens.internal.channels.runtime.ConnectorRegistry;
import org.carelens.store.api.EventStoreProvider;
import org.carelens.store.api.QuarantineEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The voice connector inside Equinox as {@code carelens serve} runs it, against an AMI peer on loopback that speaks
 * the line protocol: calls become events and facts, a wrong secret and a malformed packet are reported, duplicates
 * are stored once, a dropped connection and a restart lose and double nothing, the gaps filled from the queue_log.
 */
@ExtendWith(ServiceExtension.class)
class VoiceConnectorTest {

	/** 2026-03-01T02:00:00Z */
	static final long T0 = 1772330400L;
	static final String USER = "carelens";
	static final String SECRET = "s3cret-ami";

	@InjectService
	ChannelRuntimes runtimes;

	@InjectService(filter = "(" + EventStoreProvider.KIND + "=" + EventStoreProvider.EMBEDDED + ")")
	EventStoreProvider stores;

	@TempDir
	Path dir;

	AmiPeer peer;
	Path queueLog;

	@BeforeEach
	void startPeer() throws Exception {
		peer = new AmiPeer(USER, SECRET);
		queueLog = dir.resolve("queue_log");
		// what Asterisk logged before the channel existed: passed over, the queue_log importer's business
		Files.writeString(queueLog, log(-3600, "NONE|NONE|NONE|QUEUESTART|")
				+ log(-600, "1772329800.9|support|NONE|ENTERQUEUE||0999|1"));
	}

	@AfterEach
	void stopPeer() throws Exception {
		peer.close();
	}

	private Hotline hotline(String secret) {
		Map<String, String> settings = new HashMap<>(Map.of("host", "127.0.0.1", "port",
				Integer.toString(peer.port()), "username", USER, "secret", secret, "reconnect_max", "PT1S"));
		settings.put("queue_log", queueLog.toString());
		return new Hotline(dir.resolve("ws"), stores, runtimes, settings);
	}

	private static String at(long offset) {
		return (T0 + offset) + ".250418";
	}

	static String join(String call, long offset, String caller) {
		return AmiPeer.event("QueueCallerJoin", "Timestamp", at(offset), "Channel", "PJSIP/trunk-0000001",
				"CallerIDNum", caller, "Uniqueid", call, "Linkedid", call, "Queue", "support", "Position", "1",
				"Count", "1");
	}

	static String leave(String call, long offset) {
		return AmiPeer.event("QueueCallerLeave", "Timestamp", at(offset), "Uniqueid", call, "Queue", "support",
				"Count", "0", "Position", "1");
	}

	static String connect(String call, long offset, String agent, long hold) {
		return AmiPeer.event("AgentConnect", "Timestamp", at(offset), "Uniqueid", call, "Linkedid", call,
				"DestUniqueid", call + "1", "Queue", "support", "MemberName", agent, "Interface", "PJSIP/1001",
				"HoldTime", Long.toString(hold), "RingTime", "3");
	}

	static String complete(String call, long offset, String agent, String talk) {
		return AmiPeer.event("AgentComplete", "Timestamp", at(offset), "Uniqueid", call, "Queue", "support",
				"MemberName", agent, "Interface", "PJSIP/1001", "HoldTime", "12", "TalkTime", talk, "Reason",
				"caller");
	}

	static String abandon(String call, long offset, long hold) {
		return AmiPeer.event("QueueCallerAbandon", "Timestamp", at(offset), "Uniqueid", call, "Queue", "support",
				"Position", "1", "OriginalPosition", "1", "HoldTime", Long.toString(hold));
	}

	/** @return a queue_log line written {@code offset} seconds after T0 */
	static String log(long offset, String rest) {
		return (T0 + offset) + "|" + rest + "\n";
	}

	private void appendToLog(String... lines) throws Exception {
		Files.writeString(queueLog, String.join("", lines), StandardOpenOption.APPEND);
	}

	@Test
	void theConnectorIsBoundAsAPushVoiceConnectorWithItsSecretKeptSecret() {
		ConnectorRegistry.Registered voice = runtimes.registry().find("voice.asterisk").orElseThrow();
		assertEquals(ChannelKind.VOICE, voice.descriptor().channel());
		assertEquals(Set.of(Capability.PUSH), voice.descriptor().capabilities());
		SettingsSchema schema = voice.connector().settingsSchema();
		assertEquals(Set.of("secret"), schema.secretKeys());
		assertThrows(InvalidSettingsException.class, () -> schema.validate(Map.of("host", "127.0.0.1",
				"username", USER, "secret", SECRET, "ami_port", "5038")));
	}

	@Test
	void aCallAnsweredAndACallAbandonedBecomeTheirEventsAndFacts() throws Exception {
		try (Hotline hotline = hotline(SECRET).start()) {
			peer.awaitLogins(1);
			peer.send(join("1772330500.1", 100, "0901234567"),
					AmiPeer.event("Newchannel", "Channel", "PJSIP/1001-00000002", "Uniqueid", "1772330512.2"),
					leave("1772330500.1", 112), connect("1772330500.1", 112, "Agent/1001", 12),
					join("1772330600.3", 200, "0912345678"), abandon("1772330600.3", 245, 45),
					leave("1772330600.3", 245), complete("1772330500.1", 300, "Agent/1001", "188"));
			assertEquals(9L, hotline.await(store -> store.eventCount(), n -> n >= 9));

			ConversationFact answered = hotline.await(store -> store.facts().fact("hotline:1772330500.1"),
					f -> f.isPresent() && f.get().resolved()).orElseThrow();
			assertEquals(ChannelKind.VOICE, answered.channel());
			assertEquals("0901234567", answered.customer());
			assertEquals(Optional.of(Duration.ofSeconds(12)), answered.queue().waitTime());
			assertEquals(Duration.ofSeconds(188), answered.handling().talk());
			assertEquals(Optional.of("Agent/1001"), answered.owner().agent());
			ConversationFact abandoned = hotline.await(store -> store.facts().fact("hotline:1772330600.3"),
					f -> f.isPresent() && f.get().queue().abandoned()).orElseThrow();
			assertEquals(Optional.of(Duration.ofSeconds(45)), abandoned.queue().abandonWait());
			assertEquals(0L, hotline.read(store -> store.quarantineCount()));
			assertEquals(State.IDLE, hotline.status().state());
		}
	}

	@Test
	void aWrongSecretLeavesTheChannelFailingWithTheServersAnswer() throws Exception {
		try (Hotline hotline = hotline("not-the-secret").start()) {
			ConnectorStatus status = hotline.awaitStatus(s -> s.state() == State.FAILING);
			assertEquals(Optional.of("cannot start: login refused by 127.0.0.1:" + peer.port()
					+ ": Authentication failed"), status.reason());
			assertEquals(0L, hotline.read(store -> store.eventCount()));
		}
	}

	@Test
	void aConnectionThatGoesSilentThroughAPingIsGivenUpAndConnectedAgain() throws Exception {
		Map<String, String> settings = new HashMap<>(Map.of("host", "127.0.0.1", "port",
				Integer.toString(peer.port()), "username", USER, "secret", SECRET, "keepalive", "PT1S",
				"reconnect_max", "PT1S"));
		try (Hotline hotline = new Hotline(dir.resolve("ws"), stores, runtimes, settings).start()) {
			peer.awaitLogins(1);
			peer.deaf(true);
			ConnectorStatus silent = hotline.awaitStatus(s -> s.state() == State.FAILING);
			assertEquals(Optional.of("127.0.0.1:" + peer.port() + " has not answered for 2 s; reconnecting"),
					silent.reason());
			peer.awaitLogins(2); // and it connects again
		}
	}

	@Test
	void aMalformedPacketIsQuarantinedWithItsReasonAndTheCallsAroundItAreKept() throws Exception {
		try (Hotline hotline = hotline(SECRET).start()) {
			peer.awaitLogins(1);
			String broken = "Event: QueueCallerJoin\r\nQueue: support\r\nthis line has no colon\r\nUniqueid: c9\r\n\r\n";
			peer.send(join("c1", 100, "0901"), broken, complete("c1", 300, "Agent/1001", "soon"),
					join("c2", 110, "0902"));
			assertEquals(2L, hotline.await(store -> store.quarantineCount(), n -> n >= 2));
			List<QuarantineEntry> quarantined = hotline.read(store -> store.quarantined(0, 10));
			String source = "ami://127.0.0.1:" + peer.port();
			assertEquals(List.of(source, source), quarantined.stream().map(QuarantineEntry::source).toList());
			// packet 1 is Asterisk's FullyBooted
			assertEquals(List.of(OptionalLong.of(3), OptionalLong.of(4)),
					quarantined.stream().map(QuarantineEntry::line).toList());
			assertEquals(List.of("line 3 of the packet is not 'Key: Value': 'this line has no colon'",
					"AgentComplete: TalkTime 'soon' is not a number of seconds"),
					quarantined.stream().map(QuarantineEntry::reason).toList());
			assertEquals("Event: QueueCallerJoin\nQueue: support\nthis line has no colon\nUniqueid: c9\n",
					quarantined.get(0).raw());
			assertEquals(4L, hotline.await(store -> store.eventCount(), n -> n >= 4));
		}
	}

	@Test
	void anEventDeliveredTwiceIsStoredOnce() throws Exception {
		try (Hotline hotline = hotline(SECRET).start()) {
			peer.awaitLogins(1);
			peer.send(join("c1", 100, "0901"), join("c1", 100, "0901"));
			peer.send(connect("c1", 112, "Agent/7", 12));
			hotline.awaitStatus(s -> s.counters().events() == 6);
			peer.send(connect("c1", 112, "Agent/7", 12));
			ConnectorStatus status = hotline.awaitStatus(s -> s.counters().events() == 8);
			assertEquals(4L, hotline.read(store -> store.eventCount()));
			assertEquals(4L, status.counters().stored());
			assertEquals(0L, status.counters().conflicts());
			assertTrue(status.counters().duplicates() >= 2, status.toString());
		}
	}

	@Test
	void callsDuringADroppedConnectionAreFilledInFromTheQueueLogWithoutDoubles() throws Exception {
		try (Hotline hotline = hotline(SECRET).start()) {
			peer.awaitLogins(1);
			peer.send(join("c1", 100, "0901"));
			appendToLog(log(100, "c1|support|NONE|ENTERQUEUE||0901|1"));
			hotline.await(store -> store.eventCount(), n -> n == 2);

			peer.refuse(true);
			peer.drop();
			ConnectorStatus dropped = hotline.awaitStatus(s -> s.state() == State.FAILING);
			String reason = dropped.reason().orElseThrow();
			assertTrue(reason.contains("127.0.0.1:" + peer.port()) && reason.endsWith("; reconnecting"), reason);

			// Asterisk goes on while the connection is down: c1 is answered and completed, c2 abandons
			appendToLog(log(112, "c1|support|Agent/1001|CONNECT|12|c1-1|3"),
					log(200, "c2|support|NONE|ENTERQUEUE||0902|1"), log(245, "c2|support|NONE|ABANDON|1|1|45"),
					log(300, "c1|support|Agent/1001|COMPLETECALLER|12|188|1"));
			peer.refuse(false);
			peer.awaitLogins(2);
			assertEquals(9L, hotline.await(store -> store.eventCount(), n -> n >= 9));
			hotline.awaitStatus(s -> s.state() != State.FAILING);

			peer.send(join("c3", 400, "0903"));
			assertEquals(11L, hotline.await(store -> store.eventCount(), n -> n >= 11));
			ConversationFact c1 = hotline.await(store -> store.facts().fact("hotline:c1"),
					f -> f.isPresent() && f.get().resolved()).orElseThrow();
			assertEquals(Optional.of(Duration.ofSeconds(12)), c1.queue().waitTime());
			assertEquals(0L, hotline.read(store -> store.quarantineCount()));
			assertEquals(0L, hotline.status().counters().conflicts());
		}
	}

	@Test
	void aStopMidStreamAndARestartLoseNothingAndDoubleNothing() throws Exception {
		Hotline first = hotline(SECRET).start();
		try {
			peer.awaitLogins(1);
			peer.send(join("c1", 100, "0901"), leave("c1", 112), connect("c1", 112, "Agent/1001", 12));
			appendToLog(log(100, "c1|support|NONE|ENTERQUEUE||0901|1"),
					log(112, "c1|support|Agent/1001|CONNECT|12|c1-1|3"));
			first.await(store -> store.eventCount(), n -> n == 4);
		} finally {
			first.stop();
		}
		// while the server is down: c1 ends, c2 comes in
		appendToLog(log(200, "c2|support|NONE|ENTERQUEUE||0902|1"),
				log(300, "c1|support|Agent/1001|COMPLETECALLER|12|188|1"));
		try (Hotline second = hotline(SECRET).start()) {
			peer.awaitLogins(2);
			assertEquals(8L, second.await(store -> store.eventCount(), n -> n >= 8));
			peer.send(abandon("c2", 345, 145), leave("c2", 345));
			appendToLog(log(345, "c2|support|NONE|ABANDON|1|1|145"));
			assertEquals(9L, second.await(store -> store.eventCount(), n -> n >= 9));
			ConversationFact c1 = second.await(store -> store.facts().fact("hotline:c1"),
					f -> f.isPresent() && f.get().resolved()).orElseThrow();
			assertEquals(Duration.ofSeconds(188), c1.handling().talk());
			ConversationFact c2 = second.await(store -> store.facts().fact("hotline:c2"),
					f -> f.isPresent() && f.get().queue().abandoned()).orElseThrow();
			assertEquals(Optional.of(Duration.ofSeconds(145)), c2.queue().abandonWait());
			assertEquals(0L, second.read(store -> store.quarantineCount()));
			assertEquals(0L, second.status().counters().conflicts());
		}
	}

	@Test
	void aBurstOfFiveThousandCallsIsStoredCompletelyAndOnce() throws Exception {
		int calls = 5000;
		StringBuilder burst = new StringBuilder();
		for (int i = 0; i < calls; i++) {
			String call = "b" + i;
			burst.append(join(call, i, "09" + i)).append(leave(call, i + 10))
					.append(connect(call, i + 10, "Agent/" + i % 40, 10))
					.append(complete(call, i + 100, "Agent/" + i % 40, "90"));
		}
		try (Hotline hotline = hotline(SECRET).start()) {
			peer.awaitLogins(1);
			long start = System.nanoTime();
			peer.send(burst.toString());
			long expected = 6L * calls;
			long deadline = start + TimeUnit.SECONDS.toNanos(180);
			while (hotline.read(store -> store.eventCount()) < expected && System.nanoTime() < deadline) {
				Thread.sleep(5);
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			assertEquals(expected, hotline.read(store -> store.eventCount()), "every event of every call, once");
			assertEquals(0L, hotline.read(store -> store.quarantineCount()));
			System.out.printf("AMI load: %,d calls (%,d packets) on loopback stored as %,d events in %.1f s = "
					+ "%,.0f events per second%n", calls, 4 * calls, expected, seconds, expected / seconds);
		}
	}
}
