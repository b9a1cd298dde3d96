package org.carelens.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Event;
import org.junit.jupiter.api.Test;

class FactBookTest {

	private final FactBook book = new FactBook(FactContext.EMPTY);
	private final EventsByConversation store = new EventsByConversation();

	private Set<String> apply(List<Event> events) {
		store.addAll(events);
		return book.apply(events, store::eventsOf);
	}

	private Set<String> apply(Conversation... conversations) {
		List<Event> events = new ArrayList<>();
		for (Conversation conversation : conversations) {
			events.addAll(conversation.events());
		}
		return apply(events);
	}

	private boolean fcr(String conversation) {
		return book.fact(conversation).orElseThrow().firstContactResolution();
	}

	private static Conversation resolvedAbout(String id, String customer, String opened, String resolved, String topic) {
		return new Conversation(id).opened(opened, ChannelKind.CHAT, customer, Optional.of(topic), Optional.empty(),
				Optional.empty()).reply(opened.substring(0, 11) + "23:59", "a1").resolved(resolved);
	}

	@Test
	void aResolvedConversationWithNoRepeatIsFirstContactResolution() {
		apply(resolvedAbout("c1", "cu", "2026-03-03T10:00", "2026-03-03T10:30", "warranty"));
		assertTrue(fcr("c1"));
	}

	@Test
	void reopensTransfersAndEscalationsAreNotFirstContactResolution() {
		apply(resolvedAbout("r", "cu1", "2026-03-03T10:00", "2026-03-03T10:30", "payment").reopened("2026-03-03T11:00")
				.resolved("2026-03-03T12:00"),
				resolvedAbout("t", "cu2", "2026-03-03T10:00", "2026-03-03T10:30", "payment").transferred("2026-03-03T10:20", "a2"),
				resolvedAbout("e", "cu3", "2026-03-03T10:00", "2026-03-03T10:30", "payment").escalated("2026-03-03T10:20", "t9"));
		assertFalse(fcr("r"));
		assertFalse(fcr("t"));
		assertFalse(fcr("e"));
	}

	@Test
	void anUnresolvedConversationIsNotFirstContactResolution() {
		apply(new Conversation("c").opened("2026-03-03T10:00", ChannelKind.CHAT, "cu"));
		assertFalse(fcr("c"));
	}

	@Test
	void aRepeatOnTheSameTopicWithinSevenDaysOfResolutionSpoilsIt() {
		apply(resolvedAbout("first", "cu", "2026-03-02T10:00", "2026-03-02T11:00", "warranty"),
				resolvedAbout("again", "cu", "2026-03-09T10:59", "2026-03-09T11:30", "warranty"), // within 7 days
				resolvedAbout("other", "cu", "2026-03-03T09:00", "2026-03-03T09:30", "payment"));
		assertFalse(fcr("first"), "the customer came back about the warranty 6 days 23 h 59 min later");
		assertTrue(fcr("again"), "nothing followed it");
		assertTrue(fcr("other"), "a different topic is not a repeat");
	}

	@Test
	void aRepeatAfterTheWindowDoesNotCount() {
		apply(resolvedAbout("first", "cu", "2026-03-02T10:00", "2026-03-02T11:00", "warranty"),
				resolvedAbout("later", "cu", "2026-03-09T11:01", "2026-03-09T12:00", "warranty"));
		assertTrue(fcr("first"), "7 days and 1 minute after the resolution");
	}

	@Test
	void anUnknownTopicCountsAsTheSameTopic() {
		apply(resolvedAbout("first", "cu", "2026-03-02T10:00", "2026-03-02T11:00", "warranty"),
				new Conversation("untagged").opened("2026-03-04T10:00", ChannelKind.EMAIL, "cu"));
		assertFalse(fcr("first"));
	}

	@Test
	void aLaterRepeatArrivingInAnotherBatchFlipsTheEarlierConversation() {
		apply(resolvedAbout("first", "cu", "2026-03-02T10:00", "2026-03-02T11:00", "delivery"));
		assertTrue(fcr("first"));

		Set<String> changed = apply(resolvedAbout("again", "cu", "2026-03-05T10:00", "2026-03-05T11:00", "delivery"));
		assertEquals(Set.of("first", "again"), changed);
		assertFalse(fcr("first"));
	}

	@Test
	void identitiesLinkAPhoneCallerToTheirZaloAccount() {
		apply(new Conversation("call").opened("2026-03-02T10:00", ChannelKind.VOICE, "+84901234567",
				Optional.of("repair"), Optional.empty(), Optional.empty()).queued("2026-03-02T10:00")
				.answered("2026-03-02T10:00:20", "a1").resolved("2026-03-02T10:10"),
				new Conversation("zalo").opened("2026-03-04T20:00", ChannelKind.SOCIAL, "zalo-77",
						Optional.of("repair"), Optional.empty(), Optional.empty()));
		assertTrue(fcr("call"), "not known to be the same customer yet");

		Set<String> changed = apply(List.of(Conversation.identity("2026-03-05T00:00", "cu-42", "+84901234567", "zalo-77")));
		assertTrue(changed.contains("call"));
		assertFalse(fcr("call"), "the same customer came back on Zalo about the repair");
		assertEquals("cu-42", book.fact("zalo").orElseThrow().customerKey());
		assertEquals("+84901234567", book.fact("call").orElseThrow().customer(), "the channel id is kept");
	}

	@Test
	void eventsArrivingInBatchesGiveTheSameFactsAsOneBatch() {
		List<Event> all = new ArrayList<>();
		all.addAll(resolvedAbout("a", "cu", "2026-03-02T10:00", "2026-03-02T11:00", "delivery").events());
		all.addAll(new Conversation("b").opened("2026-03-03T10:00", ChannelKind.EMAIL, "cu").customer("2026-03-03T10:00")
				.reply("2026-03-03T12:00", "a2").resolved("2026-03-03T13:00").events());
		all.add(Conversation.order("2026-03-03T14:00", "cu"));

		FactBook oneBatch = new FactBook(FactContext.EMPTY);
		EventsByConversation oneStore = new EventsByConversation();
		oneStore.addAll(all);
		oneBatch.apply(all, oneStore::eventsOf);

		for (int i = 0; i < all.size(); i += 3) {
			apply(all.subList(i, Math.min(all.size(), i + 3)));
		}
		assertEquals(2, book.size());
		assertEquals(oneBatch.fact("a"), book.fact("a"));
		assertEquals(oneBatch.fact("b"), book.fact("b"));
	}

	@Test
	void eventsOfAConversationNotOpenedYetWaitForTheOpening() {
		Conversation late = new Conversation("late").customer("2026-03-03T10:00").opened("2026-03-03T10:00:01",
				ChannelKind.APP, "cu");
		List<Event> events = late.events();
		assertEquals(Set.of(), apply(events.subList(0, 1)));
		assertEquals(0, book.size());
		assertEquals(Set.of("late"), apply(events.subList(1, 2)));
		assertEquals(1, book.fact("late").orElseThrow().counts().customerMessages());
	}
}
