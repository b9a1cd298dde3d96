package org.carelens.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Event;
import org.carelens.core.api.EventType;
import org.carelens.core.api.io.EventCodec;
import org.carelens.core.api.org.Agent;
import org.carelens.core.api.org.Manager;
import org.carelens.core.api.org.Organization;
import org.carelens.core.api.org.Site;
import org.carelens.core.api.org.Team;
import org.junit.jupiter.api.Test;

class DemoEventGeneratorTest {

	static DemoPlan plan(int conversations, long seed) {
		List<Agent> agents = new ArrayList<>();
		for (String team : List.of("voice", "digital", "counter")) {
			for (int i = 0; i < 5; i++) {
				agents.add(new Agent(team + "-" + i, "Agent " + i, Optional.of(team), Optional.empty()));
			}
		}
		Organization org = new Organization(List.of(new Site("hn", "Hà Nội", Optional.of("VN"), Optional.of("Bắc"))),
				List.of(new Manager("m1", "Nguyễn Thị Lan", Optional.of("hn"))),
				List.of(new Team("voice", "Tổng đài", Optional.of("hn"), Optional.of("m1")),
						new Team("digital", "Digital", Optional.of("hn"), Optional.of("m1")),
						new Team("counter", "Quầy", Optional.of("hn"), Optional.of("m1"))),
				agents);
		return new DemoPlan(conversations, seed, LocalDate.of(2026, 2, 1), 60, ZoneId.of("Asia/Ho_Chi_Minh"), org,
				Map.of(ChannelKind.VOICE, List.of("voice"), ChannelKind.CHAT, List.of("digital"), ChannelKind.EMAIL,
						List.of("digital"), ChannelKind.SOCIAL, List.of("digital"), ChannelKind.APP, List.of("digital"),
						ChannelKind.IN_PERSON, List.of("counter")),
				Map.of(ChannelKind.VOICE, List.of("hotline-1900"), ChannelKind.CHAT, List.of("webchat"),
						ChannelKind.EMAIL, List.of("cskh-email"), ChannelKind.SOCIAL,
						List.of("zalo-oa-shop", "fb-messenger"), ChannelKind.APP, List.of("app-chat"),
						ChannelKind.IN_PERSON, List.of("store-q1")),
				Map.of(ChannelKind.CHAT, "sla-chat", ChannelKind.EMAIL, "sla-email"),
				Map.of("csat", "csat-2026", "nps", "nps-2026", "ces", "ces-2026", "csi", "csi-2026"), "qa-2026",
				Set.of(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
						LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20)));
	}

	private static List<Event> generate(DemoPlan plan) {
		List<Event> events = new ArrayList<>();
		DemoEventGenerator.generate(plan, events::add);
		return events;
	}

	@Test
	void generatesExactlyTheConversationsAsked() {
		List<Event> events = generate(plan(5_000, 7));
		long opened = events.stream().filter(e -> e.type() == EventType.CONVERSATION_OPENED).count();
		assertEquals(5_000, opened);
		assertEquals(events.size(), new HashSet<>(events.stream().map(Event::id).toList()).size(), "ids are unique");
	}

	@Test
	void theSameSeedGivesTheSameEventsAndAnotherSeedOthers() {
		List<String> first = generate(plan(500, 42)).stream().map(EventCodec::encode).toList();
		List<String> again = generate(plan(500, 42)).stream().map(EventCodec::encode).toList();
		List<String> other = generate(plan(500, 43)).stream().map(EventCodec::encode).toList();
		assertEquals(first, again);
		assertTrue(!first.equals(other));
	}

	@Test
	void everyEventIsValidInTheEventFormat() throws Exception {
		for (Event event : generate(plan(2_000, 3))) {
			assertEquals(event, EventCodec.decode(EventCodec.encode(event)));
		}
	}

	@Test
	void everyEventTypeOccurs() {
		Set<EventType> types = new HashSet<>();
		generate(plan(5_000, 11)).forEach(e -> types.add(e.type()));
		assertEquals(Set.of(EventType.values()), types);
	}

	@Test
	void theChannelMixIsRealistic() {
		Map<ChannelKind, Integer> opened = new EnumMap<>(ChannelKind.class);
		for (Event event : generate(plan(20_000, 5))) {
			if (event instanceof Event.ConversationOpened o) {
				opened.merge(o.channel(), 1, Integer::sum);
			}
		}
		assertTrue(between(opened.get(ChannelKind.VOICE) / 20_000.0, 0.27, 0.33), opened.toString());
		assertTrue(between(opened.get(ChannelKind.SOCIAL) / 20_000.0, 0.22, 0.28), opened.toString());
		assertTrue(between(opened.get(ChannelKind.IN_PERSON) / 20_000.0, 0.02, 0.04), opened.toString());
	}

	@Test
	void tetIsQuietAndItsCountersClosed() {
		int tetDay = 0;
		int ordinaryTuesday = 0;
		int countersAtTet = 0;
		for (Event event : generate(plan(20_000, 9))) {
			if (event instanceof Event.ConversationOpened o) {
				LocalDate day = o.at().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
				if (day.equals(LocalDate.of(2026, 2, 17))) {
					tetDay++;
					if (o.channel() == ChannelKind.IN_PERSON) {
						countersAtTet++;
					}
				} else if (day.equals(LocalDate.of(2026, 3, 3))) {
					ordinaryTuesday++;
				}
			}
		}
		assertTrue(tetDay * 3 < ordinaryTuesday, tetDay + " on the first day of Tết, " + ordinaryTuesday + " on a Tuesday");
		assertEquals(0, countersAtTet);
	}

	@Test
	void eventsOfAConversationComeInTimeOrderAfterItsOpening() {
		Map<String, java.time.Instant> opened = new java.util.HashMap<>();
		Map<String, java.time.Instant> last = new java.util.HashMap<>();
		for (Event event : generate(plan(3_000, 13))) {
			if (event.conversation().isEmpty()) {
				continue;
			}
			String c = event.conversation().get();
			if (event instanceof Event.ConversationOpened) {
				opened.put(c, event.at());
			}
			assertTrue(opened.containsKey(c), "opened first: " + event);
			assertTrue(!event.at().isBefore(last.getOrDefault(c, event.at())), "in order: " + event);
			last.put(c, event.at());
		}
	}

	@Test
	void nothingHappensAfterThePeriod() {
		java.time.Instant end = LocalDate.of(2026, 4, 2).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
		for (Event event : generate(plan(3_000, 17))) {
			assertTrue(event.at().isBefore(end), "after the 60 days from 1 Feb: " + event);
		}
	}

	@Test
	void thePeriodEndsWithCallsInTheQueueAndMessagesAwaitingTheirFirstReply() {
		java.time.Instant end = LocalDate.of(2026, 4, 2).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
		Map<String, Integer> queued = new java.util.HashMap<>();
		Map<String, ChannelKind> written = new java.util.HashMap<>();
		for (Event event : generate(plan(5_000, 19))) {
			String c = event.conversation().orElse("");
			if (event instanceof Event.QueueEntered) {
				queued.merge(c, 1, Integer::sum);
			} else if (event instanceof Event.QueueAnswered || event instanceof Event.QueueAbandoned) {
				queued.merge(c, -1, Integer::sum);
			} else if (event instanceof Event.ConversationOpened opened && opened.channel() != ChannelKind.VOICE
					&& opened.channel() != ChannelKind.IN_PERSON && opened.at().isAfter(end.minusSeconds(3600))) {
				written.put(c, opened.channel());
			} else if (event instanceof Event.Message message && message.isResponse()) {
				written.remove(c);
			}
		}
		long waiting = queued.values().stream().filter(n -> n > 0).count();
		// a backed-up hotline: more than its limit of 2 waiting, fewer than the 15 of the whole centre
		assertTrue(waiting > 2 && waiting < 15, waiting + " calls in the queue at the end");
		assertTrue(written.size() >= 5, written.size() + " messages of the last hour without a reply: " + written);
	}

	private static boolean between(double value, double low, double high) {
		return value >= low && value <= high;
	}
}
