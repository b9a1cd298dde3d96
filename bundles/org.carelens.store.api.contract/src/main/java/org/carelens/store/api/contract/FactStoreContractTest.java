package org.carelens.store.api.contract;

import static org.carelens.store.api.contract.SampleEvents.decode;
import static org.carelens.store.api.contract.SampleEvents.json;
import static org.carelens.store.api.contract.SampleEvents.message;
import static org.carelens.store.api.contract.SampleEvents.opened;
import static org.carelens.store.api.contract.SampleEvents.resolved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Direction;
import org.carelens.core.api.Event;
import org.carelens.core.api.EventType;
import org.carelens.core.api.Priority;
import org.carelens.core.api.Stage;
import org.carelens.core.api.SurveyKind;
import org.carelens.facts.ConversationFact;
import org.carelens.facts.Counts;
import org.carelens.facts.Durations;
import org.carelens.facts.EventsByConversation;
import org.carelens.facts.FactBook;
import org.carelens.facts.FactContext;
import org.carelens.facts.Handling;
import org.carelens.facts.Ownership;
import org.carelens.facts.QaResult;
import org.carelens.facts.QueueFacts;
import org.carelens.facts.SlaCheck;
import org.carelens.facts.SlaOutcome;
import org.carelens.facts.SlaStatus;
import org.carelens.facts.Span;
import org.carelens.facts.SurveyScore;
import org.carelens.facts.Timeline;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.FactRefresh;
import org.carelens.store.api.FactStore;
import org.carelens.store.api.RecentEvents;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every store must have for its conversation facts and the event-log reads that keep them up to date,
 * on top of {@link EventStoreContractTest}; an implementation's test extends this class.
 */
public abstract class FactStoreContractTest extends EventStoreContractTest {

	private static final FactRefresh.Listener QUIET = (folded, total) -> {
	};

	// --- the event-log reads facts are kept up to date with ---------------------------------------------------

	@Test
	void positionsGrowWithNewEventsOnly() {
		assertEquals(0, store().lastPosition());
		store().append(List.of(opened("e-1", "c-1", T0), opened("e-2", "c-2", T0)), "a.jsonl");
		long afterTwo = store().lastPosition();
		assertTrue(afterTwo >= 2, "position " + afterTwo);
		store().append(List.of(opened("e-1", "c-1", T0)), "a.jsonl");
		assertEquals(Set.of(), store().conversationsAfter(afterTwo), "a duplicate is no new event");
		store().append(List.of(message("e-3", "c-2", T0.plusSeconds(5), "alô")), "b.jsonl");
		long last = store().lastPosition();
		assertTrue(last > afterTwo);
		assertEquals(last, reopen().lastPosition());
	}

	@Test
	void conversationsAfterAPositionAreThoseWithNewerEvents() {
		store().append(List.of(opened("e-1", "c-1", T0), opened("e-2", "c-2", T0)), "a.jsonl");
		long mark = store().lastPosition();
		store().append(List.of(message("e-3", "c-2", T0.plusSeconds(5), "alô"), opened("e-4", "c-3", T0)), "b.jsonl");
		assertEquals(Set.of("c-2", "c-3"), store().conversationsAfter(mark));
		assertEquals(Set.of("c-1", "c-2", "c-3"), store().conversationsAfter(0));
	}

	@Test
	void eventsOfATypeAfterAPositionComeInLogOrder() {
		List<Event> all = SampleEvents.everyType(T0);
		store().append(all.subList(0, 17), "a.jsonl");
		long mark = store().lastPosition();
		Event identity = all.get(17);
		Event later = decode("{\"id\":\"t-19\",\"type\":\"customer.identity\",\"at\":\"2026-01-01T00:00:00Z\","
				+ "\"customer\":\"cu-8\",\"identities\":[{\"kind\":\"email\",\"value\":\"an@example.vn\"}]}");
		store().append(List.of(identity, later), "b.jsonl");
		List<Event> read = new ArrayList<>();
		store().eventsOfTypeAfter(EventType.CUSTOMER_IDENTITY, 0, read::add);
		assertEquals(List.of(identity, later), read, "log order, not time order");
		read.clear();
		store().eventsOfTypeAfter(EventType.ORDER, mark, read::add);
		assertEquals(List.of(), read);
	}

	@Test
	void eventsOfSeveralConversationsComeOneListEachSortedByAt() {
		store().append(List.of(resolved("e-3", "c-1", T0.plusSeconds(60)), opened("e-1", "c-1", T0),
				opened("e-2", "c-2", T0), message("e-4", "c-1", T0.plusSeconds(60), "tie: after e-3"),
				opened("e-5", "c-3", T0)), "a.jsonl");
		List<List<String>> lists = new ArrayList<>();
		store().eventsOfConversations(List.of("c-1", "c-2", "unknown"),
				events -> lists.add(events.stream().map(Event::id).toList()));
		lists.sort(Comparator.comparing(ids -> ids.get(0)));
		assertEquals(List.of(List.of("e-1", "e-3", "e-4"), List.of("e-2")), lists);
	}

	// --- stored facts ------------------------------------------------------------------------------------------

	@Test
	void aFactWithEveryFieldIsReadBackEqual() {
		ConversationFact full = full("c-full", "cu-1", T0);
		ConversationFact bare = bare("c-bare", "cu-2", T0);
		facts().putFacts(List.of(full, bare), OptionalLong.empty());
		assertEquals(Optional.of(full), facts().fact("c-full"));
		assertEquals(Optional.of(bare), facts().fact("c-bare"));
		assertEquals(Optional.of(full), reopen().facts().fact("c-full"));
	}

	@Test
	void storingAFactAgainReplacesItRepliesIncluded() {
		facts().putFacts(List.of(full("c-1", "cu-1", T0)), OptionalLong.empty());
		ConversationFact fewer = bare("c-1", "cu-1", T0);
		facts().putFacts(List.of(fewer), OptionalLong.empty());
		assertEquals(Optional.of(fewer), facts().fact("c-1"));
		assertEquals(1, facts().factCount());
	}

	@Test
	void factsStreamInConversationOrderAndUnknownOnesAreEmpty() {
		facts().putFacts(List.of(bare("c-2", "cu-1", T0), bare("c-1", "cu-1", T0), bare("c-3", "cu-2", T0)),
				OptionalLong.empty());
		List<String> ids = new ArrayList<>();
		facts().facts(fact -> ids.add(fact.conversation()));
		assertEquals(List.of("c-1", "c-2", "c-3"), ids);
		assertEquals(Optional.empty(), facts().fact("c-9"));
		List<String> some = new ArrayList<>();
		facts().factsOf(List.of("c-3", "c-9", "c-1"), fact -> some.add(fact.conversation()));
		some.sort(null);
		assertEquals(List.of("c-1", "c-3"), some);
	}

	@Test
	void factsOfCustomersMatchTheKeyOrTheIdOrderedByKeyThenOpening() {
		facts().putFacts(List.of(bare("c-1", "cu-1", T0.plusSeconds(60)), bare("c-2", "cu-1", T0),
				bare("c-3", "z-9", T0).withCustomerKey("cu-9"), bare("c-4", "cu-9", T0.plusSeconds(1)),
				bare("c-5", "cu-5", T0)), OptionalLong.empty());
		List<String> ids = new ArrayList<>();
		facts().factsOfCustomers(List.of("cu-1", "z-9"), fact -> ids.add(fact.conversation()));
		assertEquals(List.of("c-2", "c-1", "c-3"), ids);
		assertEquals(Set.of("cu-1", "cu-9"), facts().customerKeysOf(List.of("c-1", "c-2", "c-3", "c-9")));
	}

	@Test
	void howFarTheFactsAreIsRecordedWithThemAndSurvivesReopening() {
		assertEquals(0, facts().factsThrough());
		facts().putFacts(List.of(bare("c-1", "cu-1", T0)), OptionalLong.empty());
		assertEquals(0, facts().factsThrough());
		facts().putFacts(List.of(), OptionalLong.of(42));
		assertEquals(42, facts().factsThrough());
		assertEquals(42, reopen().facts().factsThrough());
	}

	@Test
	void subMicrosecondPartsAreDropped() {
		Instant precise = Instant.parse("2026-02-10T01:15:00.123456789Z");
		facts().putFacts(List.of(bare("c-1", "cu-1", precise)), OptionalLong.empty());
		assertEquals(Instant.parse("2026-02-10T01:15:00.123456Z"),
				facts().fact("c-1").orElseThrow().timeline().opened());
	}

	// --- keeping facts up to date ------------------------------------------------------------------------------

	@Test
	void aRefreshFoldsEveryConversationAsAFactBookDoes() {
		List<Event> events = new ArrayList<>(SampleEvents.everyType(T0));
		events.addAll(customerStory());
		store().append(events, "a.jsonl");
		FactRefresh.Result result = new FactRefresh(store(), FactContext.EMPTY).run(QUIET);
		assertEquals(4, result.conversations());
		assertEquals(store().lastPosition(), facts().factsThrough());
		assertEquals(book(events), stored());
	}

	@Test
	void aRepeatContactWithinTheWindowTakesTheFirstContactResolutionAway() {
		store().append(customerStory(), "a.jsonl");
		new FactRefresh(store(), FactContext.EMPTY).run(QUIET);
		assertFalse(facts().fact("s-1").orElseThrow().firstContactResolution(), "same topic again 2 days later");
		assertTrue(facts().fact("s-2").orElseThrow().firstContactResolution());
		assertTrue(facts().fact("s-3").orElseThrow().firstContactResolution(), "another customer");
	}

	@Test
	void aRefreshTakesOnlyNewEventsAndUpdatesTheOtherConversationsOfTheirCustomer() {
		List<Event> story = customerStory();
		store().append(story.subList(0, 4), "a.jsonl"); // s-1 opened and resolved, s-3 opened
		FactRefresh refresh = new FactRefresh(store(), FactContext.EMPTY);
		assertEquals(2, refresh.run(QUIET).conversations());
		assertTrue(facts().fact("s-1").orElseThrow().firstContactResolution());

		store().append(story.subList(4, story.size()), "b.jsonl");
		FactRefresh.Result second = refresh.run(QUIET);
		assertEquals(2, second.conversations(), "s-2 is new, s-3 resolved; s-1 is not refolded");
		assertEquals(1, second.fcrChanged(), "s-1 lost its first-contact resolution");
		assertEquals(book(story), stored());

		assertEquals(0, refresh.run(QUIET).conversations(), "nothing new");
	}

	@Test
	void eventsArrivingBeforeTheirOpeningWaitForIt() {
		store().append(List.of(resolved("e-2", "c-1", T0.plusSeconds(90))), "late-file.jsonl");
		FactRefresh refresh = new FactRefresh(store(), FactContext.EMPTY);
		refresh.run(QUIET);
		assertEquals(0, facts().factCount());
		store().append(List.of(opened("e-1", "c-1", T0)), "early-file.jsonl");
		refresh.run(QUIET);
		ConversationFact fact = facts().fact("c-1").orElseThrow();
		assertTrue(fact.resolved());
		assertEquals(Duration.ofSeconds(90), fact.durations().resolution().orElseThrow().wallClock());
	}

	@Test
	void aNewIdentityLinkMovesConversationsToTheirCustomer() {
		List<Event> events = new ArrayList<>();
		events.add(decode(json("z-1", "conversation.opened", T0, "z-1",
				"\"channel\":\"SOCIAL\",\"customer\":\"zalo-77\",\"topic\":\"delivery\"")));
		events.add(resolved("z-2", "z-1", T0.plusSeconds(600)));
		events.add(decode(json("p-1", "conversation.opened", T0.plus(Duration.ofDays(1)), "p-1",
				"\"channel\":\"VOICE\",\"customer\":\"cu-77\",\"topic\":\"delivery\"")));
		store().append(events, "a.jsonl");
		FactRefresh refresh = new FactRefresh(store(), FactContext.EMPTY);
		refresh.run(QUIET);
		assertTrue(facts().fact("z-1").orElseThrow().firstContactResolution(), "two customers as far as known");

		Event link = decode("{\"id\":\"l-1\",\"type\":\"customer.identity\",\"at\":\"2026-03-01T00:00:00Z\","
				+ "\"customer\":\"cu-77\",\"identities\":[{\"kind\":\"zalo\",\"value\":\"zalo-77\"}]}");
		store().append(List.of(link), "crm.jsonl");
		FactRefresh.Result result = refresh.run(QUIET);
		assertEquals(1, result.rekeyed());
		ConversationFact zalo = facts().fact("z-1").orElseThrow();
		assertEquals("cu-77", zalo.customerKey());
		assertFalse(zalo.firstContactResolution(), "the same person called about the delivery the next day");
		events.add(link);
		assertEquals(book(events), stored());
	}

	@Test
	void anInterruptedRefreshIsDoneAgainByTheNext() {
		List<Event> story = customerStory();
		store().append(story, "a.jsonl");
		// what a refresh killed after its first chunk leaves: some facts, provisional FCR, the old position
		ConversationFact provisional = book(story).stream().filter(f -> f.conversation().equals("s-1")).findFirst()
				.orElseThrow().withFirstContactResolution(true);
		facts().putFacts(List.of(provisional), OptionalLong.empty());
		new FactRefresh(reopen(), FactContext.EMPTY).run(QUIET);
		assertEquals(book(story), stored());
	}

	@Test
	void aRebuildFoldsEveryConversationAgain() {
		List<Event> story = customerStory();
		store().append(story, "a.jsonl");
		FactRefresh refresh = new FactRefresh(store(), FactContext.EMPTY);
		refresh.run(QUIET);
		// as if the configuration had been different when these were folded
		facts().putFacts(List.of(bare("s-1", "cu-1", T0)), OptionalLong.empty());
		assertEquals(0, refresh.run(QUIET).conversations(), "up to date as far as the events go");
		assertEquals(3, refresh.rebuild(QUIET).conversations());
		assertEquals(book(story), stored());
	}

	@Test
	void eventsHeldInMemoryGiveTheFactsReadingThemBackGives() {
		List<Event> story = customerStory();
		store().append(story.subList(0, 3), "a.jsonl");
		FactRefresh refresh = new FactRefresh(store(), FactContext.EMPTY);
		refresh.run(QUIET);
		RecentEvents recent = new RecentEvents(store().lastPosition(), 1_000);
		List<Event> batch = new ArrayList<>(story.subList(3, story.size()));
		batch.add(story.get(1)); // a duplicate of a stored event: counted once
		batch.add(decode(json("s1-b", "message", T0.plusSeconds(40), "s-1", "\"author\":\"customer\""))); // conflict
		store().append(batch, "b.jsonl");
		recent.add(batch);
		assertTrue(recent.complete());
		refresh.run(QUIET, recent);
		assertEquals(book(story), stored(), "the stored event of an id counts, never its conflicting twin");
	}

	@Test
	void importsHeldInMemoryKeepEveryCrossConversationRule() {
		List<Event> first = new ArrayList<>(customerStory().subList(0, 4));
		first.add(decode(json("z-1", "conversation.opened", T0, "z-1",
				"\"channel\":\"SOCIAL\",\"customer\":\"zalo-1\",\"topic\":\"payment\"")));
		first.add(resolved("z-2", "z-1", T0.plusSeconds(60)));
		FactRefresh refresh = new FactRefresh(store(), FactContext.EMPTY);
		RecentEvents recent = new RecentEvents(store().lastPosition(), 1_000);
		store().append(first, "a.jsonl");
		recent.add(first);
		refresh.run(QUIET, recent);
		assertEquals(book(first), stored());

		// s-2 repeats s-1 (stored), and a link makes zalo-1 the same person as cu-1 (a stored fact moves)
		List<Event> second = new ArrayList<>(customerStory().subList(4, 7));
		second.add(decode("{\"id\":\"l-1\",\"type\":\"customer.identity\",\"at\":\"2026-03-01T00:00:00Z\","
				+ "\"customer\":\"cu-1\",\"identities\":[{\"kind\":\"zalo\",\"value\":\"zalo-1\"}]}"));
		recent = new RecentEvents(store().lastPosition(), 1_000);
		store().append(second, "b.jsonl");
		recent.add(second);
		FactRefresh.Result result = refresh.run(QUIET, recent);
		assertEquals(1, result.rekeyed(), "z-1");
		List<Event> all = new ArrayList<>(first);
		all.addAll(second);
		assertEquals(book(all), stored());
		assertFalse(facts().fact("s-1").orElseThrow().firstContactResolution());
		assertFalse(facts().fact("z-1").orElseThrow().firstContactResolution(), "cu-1 asked again about payment");
	}

	@Test
	void eventsBeyondTheBudgetAreReadFromTheStore() {
		List<Event> story = customerStory();
		RecentEvents recent = new RecentEvents(store().lastPosition(), 3);
		store().append(story, "a.jsonl");
		recent.add(story);
		assertFalse(recent.complete());
		new FactRefresh(store(), FactContext.EMPTY).run(QUIET, recent);
		assertEquals(book(story), stored());
	}

	// --- helpers -----------------------------------------------------------------------------------------------

	private FactStore facts() {
		return store().facts();
	}

	/** cu-1 asks about payment (s-1, resolved), asks again two days later (s-2); cu-2 asks once (s-3). */
	private static List<Event> customerStory() {
		String chat = "\"channel\":\"CHAT\",\"topic\":\"payment\",\"customer\":";
		return List.of(decode(json("s1-a", "conversation.opened", T0, "s-1", chat + "\"cu-1\"")),
				decode(json("s1-b", "message", T0.plusSeconds(30), "s-1", "\"author\":\"agent\",\"agent\":\"a-1\"")),
				resolved("s1-c", "s-1", T0.plusSeconds(600)),
				decode(json("s3-a", "conversation.opened", T0.plusSeconds(5), "s-3", chat + "\"cu-2\"")),
				decode(json("s2-a", "conversation.opened", T0.plus(Duration.ofDays(2)), "s-2", chat + "\"cu-1\"")),
				resolved("s2-b", "s-2", T0.plus(Duration.ofDays(2)).plusSeconds(300)),
				resolved("s3-b", "s-3", T0.plusSeconds(700)));
	}

	private List<ConversationFact> stored() {
		List<ConversationFact> facts = new ArrayList<>();
		facts().facts(facts::add);
		return facts;
	}

	private static List<ConversationFact> book(List<Event> events) {
		EventsByConversation byConversation = new EventsByConversation();
		byConversation.addAll(events);
		FactBook book = new FactBook(FactContext.EMPTY);
		book.apply(events, byConversation::eventsOf);
		List<ConversationFact> facts = new ArrayList<>(book.facts());
		facts.sort(Comparator.comparing(ConversationFact::conversation));
		return facts;
	}

	/** @return a fact with every optional field present, and Vietnamese text */
	private static ConversationFact full(String conversation, String customer, Instant opened) {
		Instant at = opened;
		Span span = new Span(Duration.ofSeconds(95), Duration.ofSeconds(35));
		return new ConversationFact(conversation, ChannelKind.SOCIAL, Optional.of("zalo-oa-shop"), Direction.OUTBOUND,
				customer, "key-" + customer, Optional.of(Stage.AFTER_SALE), Optional.of("bảo hành"),
				Optional.of(Priority.URGENT), Optional.of("converted"),
				new Ownership(Optional.of("a-1"), Optional.of("t-1"), Optional.of("hn"), Optional.of("m-1")),
				new Timeline(at, at.plusSeconds(5), Optional.of(at.plusSeconds(100)), Optional.of(at.plusSeconds(200)),
						Optional.of(at.plusSeconds(900)), Optional.of(at.plusSeconds(900))),
				new Durations(Optional.of(span), Optional.of(new Span(Duration.ofSeconds(200), Duration.ofSeconds(20))),
						Optional.of(new Span(Duration.ofSeconds(900), Duration.ofMillis(250_500))),
						List.of(new Span(Duration.ofSeconds(60), Duration.ofSeconds(0)), span)),
				new SlaStatus(Optional.of("vip"), Optional.of(new SlaCheck(at.plusSeconds(120), SlaOutcome.MET)),
						Optional.of(new SlaCheck(at.plusSeconds(800), SlaOutcome.BREACHED)), 2, 1,
						Optional.of(new SlaCheck(at.plusSeconds(1000), SlaOutcome.PENDING))),
				new Counts(3, 4, 2, 1, 2, 1, 1, 1),
				new QueueFacts(Optional.of(at), Optional.of(at.plusSeconds(18)), Optional.of(Duration.ofSeconds(18)), true,
						Optional.of(Duration.ofMillis(4_500))),
				new Handling(2, Duration.ofSeconds(150), Duration.ofMillis(20_500), Duration.ofSeconds(15)),
				Map.of(SurveyKind.CSAT, new SurveyScore(5, at.plusSeconds(3600), Optional.of("a-1"),
						Optional.of("Nhân viên nhiệt tình, \"tốt\"\tlắm\ncảm ơn")),
						SurveyKind.NPS, new SurveyScore(9, at.plusSeconds(3700), Optional.empty(), Optional.empty()),
						SurveyKind.CES, new SurveyScore(6, at.plusSeconds(3800), Optional.of("a-2"), Optional.empty()),
						SurveyKind.CSI, new SurveyScore(72.5, at.plusSeconds(3900), Optional.empty(), Optional.of("ok"))),
				Map.of(SurveyKind.CSAT, 2, SurveyKind.NPS, 1, SurveyKind.CES, 1, SurveyKind.CSI, 1),
				Optional.of(new QaResult("chat-2026", 0, 87.5, true, "sup-1", at.plusSeconds(7200))), true, true);
	}

	/** @return a fact with every optional field empty */
	private static ConversationFact bare(String conversation, String customer, Instant opened) {
		return new ConversationFact(conversation, ChannelKind.EMAIL, Optional.empty(), Direction.INBOUND, customer,
				customer, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Ownership.NONE,
				new Timeline(opened, opened, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
				new Durations(Optional.empty(), Optional.empty(), Optional.empty(), List.of()), SlaStatus.NONE,
				new Counts(0, 1, 0, 0, 0, 0, 0, 0), QueueFacts.NONE, Handling.NONE, Map.of(), Map.of(), Optional.empty(),
				false, false);
	}
}
