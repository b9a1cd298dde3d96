package org.carelens.internal.channels.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.carelens.core.api.Event;
import org.carelens.internal.channels.asterisk.QueueLogParser;
import org.junit.jupiter.api.Test;

class AmiEventsTest {

	/** 2026-03-01T02:00:00Z */
	static final long T0 = 1772330400L;

	private final AmiEvents mapping = new AmiEvents("hotline", Set.of());

	static AmiPacket packet(String... keysAndValues) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			fields.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return new AmiPacket(fields, String.join("\n", keysAndValues), Optional.empty());
	}

	private List<Event> map(AmiPacket packet) throws Exception {
		return mapping.map(packet, Instant.ofEpochSecond(T0 + 9999));
	}

	@Test
	void aCallSeenLiveHasTheEventsAndIdsOfTheSameCallInTheQueueLog() throws Exception {
		List<Event> live = new ArrayList<>();
		live.addAll(map(packet("Event", "QueueCallerJoin", "Timestamp", (T0 + 100) + ".417000", "Queue", "support",
				"Uniqueid", "1772330500.1", "CallerIDNum", "0901234567", "Position", "1")));
		live.addAll(map(packet("Event", "QueueCallerLeave", "Timestamp", (T0 + 112) + ".003000", "Queue", "support",
				"Uniqueid", "1772330500.1")));
		live.addAll(map(packet("Event", "AgentConnect", "Timestamp", (T0 + 112) + ".010000", "Queue", "support",
				"Uniqueid", "1772330500.1", "MemberName", "Agent/1001", "HoldTime", "12", "RingTime", "3")));
		live.addAll(map(packet("Event", "AgentComplete", "Timestamp", (T0 + 300) + ".5", "Queue", "support",
				"Uniqueid", "1772330500.1", "MemberName", "Agent/1001", "HoldTime", "12", "TalkTime", "188",
				"Reason", "caller")));
		live.addAll(map(packet("Event", "QueueCallerJoin", "Timestamp", (T0 + 200) + ".0", "Queue", "support",
				"Uniqueid", "1772330600.3", "CallerIDNum", "0912345678")));
		live.addAll(map(packet("Event", "QueueCallerAbandon", "Timestamp", (T0 + 245) + ".9", "Queue", "support",
				"Uniqueid", "1772330600.3", "Position", "1", "OriginalPosition", "1", "HoldTime", "45")));
		live.addAll(mapping.due(Instant.ofEpochSecond(T0 + 99999)));

		QueueLogParser log = new QueueLogParser("hotline");
		List<Event> logged = new ArrayList<>();
		for (String line : List.of("1772330500|1772330500.1|support|NONE|ENTERQUEUE||0901234567|1",
				"1772330512|1772330500.1|support|Agent/1001|CONNECT|12|1772330512.2|3",
				"1772330700|1772330500.1|support|Agent/1001|COMPLETECALLER|12|188|1",
				"1772330600|1772330600.3|support|NONE|ENTERQUEUE||0912345678|1",
				"1772330645|1772330600.3|support|NONE|ABANDON|1|1|45")) {
			logged.addAll(log.parse(line));
		}
		assertEquals(logged, live, "the same events, ids, times and fields");
		assertEquals(List.of("hotline:1772330500.1:support:ENTERQUEUE:opened",
				"hotline:1772330500.1:support:ENTERQUEUE", "hotline:1772330500.1:support:CONNECT",
				"hotline:1772330500.1:support:CONNECT:assigned", "hotline:1772330500.1:support:COMPLETE:handle",
				"hotline:1772330500.1:support:COMPLETE:resolved", "hotline:1772330600.3:support:ENTERQUEUE:opened",
				"hotline:1772330600.3:support:ENTERQUEUE", "hotline:1772330600.3:support:ABANDON"),
				live.stream().map(Event::id).toList());
	}

	@Test
	void aLeaveThatNoAnswerFollowsIsAnAbandonAtTheTimeOfTheLeaveOnceTheGraceIsOver() throws Exception {
		map(packet("Event", "QueueCallerJoin", "Queue", "support", "Uniqueid", "c1", "CallerIDNum", "0901"));
		Instant arrived = Instant.ofEpochSecond(T0 + 60);
		assertEquals(List.of(), mapping.map(packet("Event", "QueueCallerLeave", "Timestamp", (T0 + 58) + ".2",
				"Queue", "support", "Uniqueid", "c1"), arrived));
		assertEquals(List.of(), mapping.due(arrived.plusSeconds(4)), "an answer may still come");
		List<Event> due = mapping.due(arrived.plus(AmiEvents.GRACE));
		assertEquals(List.of("hotline:c1:support:ABANDON"), due.stream().map(Event::id).toList());
		assertEquals(Instant.ofEpochSecond(T0 + 58), due.get(0).at());
		assertEquals(List.of(), mapping.due(arrived.plusSeconds(60)), "once");
	}

	@Test
	void aPacketWithoutTimestampTakesItsArrivalAndOtherQueuesAndEventsAreSkipped() throws Exception {
		AmiEvents onlySales = new AmiEvents("hotline", Set.of("sales"));
		Instant arrived = Instant.parse("2026-03-01T02:00:07.600Z");
		List<Event> joined = onlySales.map(packet("Event", "QueueCallerJoin", "Queue", "sales", "Uniqueid", "c2",
				"CallerIDNum", "<unknown>"), arrived);
		assertEquals(Instant.parse("2026-03-01T02:00:07Z"), joined.get(0).at());
		assertEquals(Optional.of("unknown-caller"), joined.get(0).header().customer());
		assertEquals(List.of(), onlySales.map(packet("Event", "QueueCallerJoin", "Queue", "support", "Uniqueid",
				"c3"), arrived));
		assertEquals(List.of(), onlySales.map(packet("Event", "Newchannel", "Channel", "SIP/1001-0001"), arrived));
		assertEquals(List.of(), onlySales.map(packet("Response", "Success", "Ping", "Pong"), arrived));
	}

	@Test
	void malformedQueueEventsAreRefusedSayingWhatIsWrong() {
		Instant now = Instant.ofEpochSecond(T0);
		assertEquals("AgentConnect without MemberName", assertThrows(AmiEvents.PacketException.class,
				() -> mapping.map(packet("Event", "AgentConnect", "Queue", "support", "Uniqueid", "c1"), now))
				.getMessage());
		assertEquals("AgentComplete: TalkTime 'long' is not a number of seconds",
				assertThrows(AmiEvents.PacketException.class, () -> mapping.map(packet("Event", "AgentComplete",
						"Queue", "support", "Uniqueid", "c1", "MemberName", "Agent/1", "TalkTime", "long"), now))
						.getMessage());
		assertEquals("QueueCallerJoin: Timestamp 'yesterday' is not seconds since 1970",
				assertThrows(AmiEvents.PacketException.class, () -> mapping.map(packet("Event", "QueueCallerJoin",
						"Queue", "support", "Uniqueid", "c1", "Timestamp", "yesterday"), now)).getMessage());
		assertEquals("line 2 of the packet is not 'Key: Value': 'garbage'",
				assertThrows(AmiEvents.PacketException.class, () -> mapping.map(new AmiPacket(Map.of("Event",
						"QueueCallerJoin"), "Event: QueueCallerJoin\ngarbage\n",
						Optional.of("line 2 of the packet is not 'Key: Value': 'garbage'")), now)).getMessage());
	}
}
