package org.carelens.store.api.contract;

import static org.carelens.store.api.contract.SampleEvents.message;
import static org.carelens.store.api.contract.SampleEvents.opened;
import static org.carelens.store.api.contract.SampleEvents.resolved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.carelens.core.api.Event;
import org.carelens.core.api.io.EventCodec;
import org.carelens.store.api.AppendResult;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.QuarantineEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link EventStore} implementation must have; an implementation's test extends it and says how
 * to open a store.
 * <p>
 * Each test starts from an empty store at a location of its own, and may close and reopen it to check what is
 * durable.
 */
public abstract class EventStoreContractTest {

	protected static final Instant T0 = Instant.parse("2026-02-10T01:15:00Z");

	private EventStore store;

	/**
	 * Opens the store of the running test: an empty one at a fresh location the first time, the same location on
	 * every later call within the test.
	 */
	protected abstract EventStore openStore();

	@BeforeEach
	final void openEmptyStore() {
		store = openStore();
	}

	@AfterEach
	final void closeStore() {
		store.close();
	}

	/** @return the store reopened at the same location, after closing the current one */
	protected final EventStore reopen() {
		store.close();
		store = openStore();
		return store;
	}

	protected final EventStore store() {
		return store;
	}

	@Test
	void anEmptyStoreHoldsNothing() {
		assertEquals(0, store.eventCount());
		assertEquals(Optional.empty(), store.firstEventAt());
		assertEquals(Optional.empty(), store.lastEventAt());
		assertEquals(List.of(), store.eventsOfConversation("c-1"));
		assertEquals(List.of(), between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")));
		assertEquals(0, store.quarantineCount());
		assertEquals(List.of(), store.quarantined(0, 10));
	}

	@Test
	void theSchemaHasAVersionThatSurvivesReopening() {
		int version = store.schemaVersion();
		assertTrue(version >= 1, "schema version " + version);
		assertEquals(version, reopen().schemaVersion());
	}

	@Test
	void newEventsAreIngestedAndCounted() {
		AppendResult result = store.append(conversation("c-1"), "a.jsonl");
		assertEquals(new AppendResult(3, 0, 0), result);
		assertEquals(3, store.eventCount());
	}

	@Test
	void anEmptyBatchChangesNothing() {
		assertEquals(AppendResult.NONE, store.append(List.of(), "empty.jsonl"));
		assertEquals(0, store.eventCount());
	}

	@Test
	void appendingTheSameEventsAgainStoresThemOnce() {
		store.append(conversation("c-1"), "a.jsonl");
		assertEquals(new AppendResult(0, 3, 0), store.append(conversation("c-1"), "a-again.jsonl"));
		assertEquals(3, store.eventCount());
		assertEquals(0, store.quarantineCount(), "a duplicate is not a problem");
	}

	@Test
	void aDuplicateInsideOneBatchIsStoredOnce() {
		Event first = opened("e-1", "c-1", T0);
		List<Event> batch = List.of(first, message("e-2", "c-1", T0.plusSeconds(5), "alô"), first);
		assertEquals(new AppendResult(2, 1, 0), store.append(batch, "a.jsonl"));
		assertEquals(2, store.eventCount());
	}

	@Test
	void aConflictNeverOverwritesTheStoredEventAndIsQuarantinedWithItsId() {
		Event stored = message("e-2", "c-1", T0, "first text");
		Event impostor = message("e-2", "c-1", T0, "other text");
		store.append(List.of(stored), "a.jsonl");

		assertEquals(new AppendResult(0, 0, 1), store.append(List.of(impostor), "b.jsonl"));

		assertEquals(List.of(stored), store.eventsOfConversation("c-1"));
		assertEquals(1, store.quarantineCount());
		QuarantineEntry entry = store.quarantined(0, 10).get(0);
		assertEquals("b.jsonl", entry.source());
		assertEquals(Optional.of("e-2"), entry.eventId());
		assertTrue(entry.reason().contains("e-2"), entry.reason());
		assertEquals(EventCodec.encode(impostor), entry.raw());
	}

	@Test
	void aConflictInsideOneBatchKeepsTheFirstAndQuarantinesTheOther() {
		Event first = resolved("e-9", "c-1", T0);
		Event second = resolved("e-9", "c-1", T0.plusSeconds(60));
		assertEquals(new AppendResult(1, 0, 1), store.append(List.of(first, second), "a.jsonl"));
		assertEquals(List.of(first), store.eventsOfConversation("c-1"));
		assertEquals(Optional.of("e-9"), store.quarantined(0, 1).get(0).eventId());
	}

	@Test
	void aMixedBatchIsCountedEventByEvent() {
		store.append(List.of(opened("e-1", "c-1", T0), resolved("e-3", "c-1", T0.plusSeconds(9))), "a.jsonl");
		List<Event> batch = List.of(opened("e-1", "c-1", T0), resolved("e-3", "c-1", T0.plusSeconds(10)),
				message("e-4", "c-1", T0.plusSeconds(4), "hi"), message("e-4", "c-1", T0.plusSeconds(4), "hi"),
				message("e-5", "c-1", T0.plusSeconds(5), "ok"));
		assertEquals(new AppendResult(2, 2, 1), store.append(batch, "b.jsonl"));
		assertEquals(4, store.eventCount());
	}

	@Test
	void aConversationIsReadSortedByAtWithTiesInIngestionOrder() {
		Event opening = opened("z-open", "c-1", T0);
		Event late = resolved("a-late", "c-1", T0.plusSeconds(100));
		Event tieFirst = message("y-tie-1", "c-1", T0.plusSeconds(50), "first of the tie");
		Event tieSecond = message("b-tie-2", "c-1", T0.plusSeconds(50), "second of the tie");
		Event tieThird = message("x-tie-3", "c-1", T0.plusSeconds(50), "third, in a later batch");
		store.append(List.of(late, tieFirst, opened("other", "c-2", T0)), "a.jsonl");
		store.append(List.of(tieSecond, opening), "b.jsonl");
		store.append(List.of(tieThird), "c.jsonl");

		assertEquals(List.of(opening, tieFirst, tieSecond, tieThird, late), store.eventsOfConversation("c-1"));
		assertEquals(List.of(), store.eventsOfConversation("c-unknown"));
	}

	@Test
	void aTimeRangeIncludesItsStartExcludesItsEndAndIsSortedByAt() {
		Event before = opened("e-0", "c-1", T0.minusSeconds(1));
		Event atStart = message("e-1", "c-1", T0, "start");
		Event inside = message("e-2", "c-2", T0.plusSeconds(30), "inside");
		Event insideEarlier = message("e-3", "c-3", T0.plusSeconds(10), "inside, earlier");
		Event atEnd = resolved("e-4", "c-1", T0.plusSeconds(60));
		store.append(List.of(before, atStart, inside, insideEarlier, atEnd), "a.jsonl");

		assertEquals(List.of(atStart, insideEarlier, inside), between(T0, T0.plusSeconds(60)));
		assertEquals(List.of(), between(T0.plusSeconds(61), T0.plusSeconds(90)));
	}

	@Test
	void theFirstAndLastEventTimesAreThoseOfTheStoredEvents() {
		store.append(List.of(message("e-2", "c-1", T0.plusSeconds(30), "x"), opened("e-1", "c-1", T0),
				resolved("e-3", "c-1", T0.plusSeconds(3600))), "a.jsonl");
		assertEquals(Optional.of(T0), store.firstEventAt());
		assertEquals(Optional.of(T0.plusSeconds(3600)), store.lastEventAt());
	}

	@Test
	void rejectedLinesAreQuarantinedOnceInOrderAndPaged() {
		List<QuarantineEntry> entries = List.of(
				QuarantineEntry.rejectedLine("ngày-10.jsonl", 3, "line is not JSON", "{\"id\":"),
				QuarantineEntry.rejectedLine("ngày-10.jsonl", 7, "unknown type 'conversation.closed'",
						"{\"id\":\"x\",\"type\":\"conversation.closed\"}"),
				QuarantineEntry.rejectedLine("ngày-11.jsonl", 1, "required field 'at' is missing", "{\"id\":\"y\"}"));
		store.quarantine(entries);
		store.quarantine(entries.subList(0, 1));

		assertEquals(3, store.quarantineCount(), "quarantining the same line again keeps one");
		assertEquals(entries, store.quarantined(0, 10));
		assertEquals(entries.subList(1, 3), store.quarantined(1, 5));
		assertEquals(entries.subList(0, 2), store.quarantined(0, 2));
		assertEquals(List.of(), store.quarantined(3, 5));
		assertEquals(0, store.eventCount());
	}

	@Test
	void everythingSurvivesClosingAndReopening() {
		List<Event> events = conversation("c-1");
		store.append(events, "a.jsonl");
		store.append(List.of(resolved("e-3", "c-1", T0)), "conflict.jsonl");
		QuarantineEntry bad = QuarantineEntry.rejectedLine("a.jsonl", 4, "line is not JSON", "}{");
		store.quarantine(List.of(bad));

		EventStore reopened = reopen();

		assertEquals(3, reopened.eventCount());
		assertEquals(events, reopened.eventsOfConversation("c-1"));
		assertEquals(2, reopened.quarantineCount());
		assertEquals(bad, reopened.quarantined(1, 1).get(0));
		assertEquals(new AppendResult(1, 3, 0),
				reopened.append(List.of(events.get(0), events.get(1), events.get(2), opened("e-4", "c-2", T0)), "b"));
	}

	@Test
	void everyEventTypeIsReadBackAsItWasAppended() {
		List<Event> all = SampleEvents.everyType(T0);
		assertEquals(18, all.stream().map(Event::type).distinct().count(), "the 18 types of the format");
		assertEquals(new AppendResult(18, 0, 0), store.append(all, "all.jsonl"));

		assertEquals(all, between(T0, T0.plusSeconds(3600)));
		assertEquals(all.subList(0, 16), store.eventsOfConversation("c-all"));
		reopen();
		assertEquals(all, between(T0, T0.plusSeconds(3600)), "as read from storage, not from a cache");
	}

	@Test
	void vietnameseTextSurvives() {
		String conversation = "hội-thoại-Đà-Nẵng-01";
		Event event = message("tin-nhắn-1", conversation, T0, "Dạ, em chào anh ạ! Đơn hàng của anh đã được giao.");
		store.append(List.of(event), "tệp-ngày-10.jsonl");
		store.append(List.of(message("tin-nhắn-1", conversation, T0, "Xin lỗi quý khách")), "tệp-ngày-11.jsonl");

		assertEquals(List.of(event), reopen().eventsOfConversation(conversation));
		QuarantineEntry conflict = store().quarantined(0, 1).get(0);
		assertEquals("tệp-ngày-11.jsonl", conflict.source());
		assertTrue(conflict.raw().contains("Xin lỗi quý khách"), conflict.raw());
	}

	@Test
	void aLargeBatchIsIngestedWhole() {
		List<Event> batch = new ArrayList<>();
		for (int i = 0; i < 20_000; i++) {
			batch.add(message("m-" + i, "c-" + (i % 500), T0.plusMillis(i), "tin nhắn số " + i));
		}
		assertEquals(new AppendResult(20_000, 0, 0), store.append(batch, "big.jsonl"));
		assertEquals(new AppendResult(0, 20_000, 0), store.append(batch, "big.jsonl"));
		assertEquals(20_000, store.eventCount());
		assertEquals(40, store.eventsOfConversation("c-7").size());
	}

	/** @return what {@link EventStore#eventsBetween} hands over, in its order */
	protected final List<Event> between(Instant fromInclusive, Instant toExclusive) {
		List<Event> seen = new ArrayList<>();
		store.eventsBetween(fromInclusive, toExclusive, seen::add);
		return seen;
	}

	private static List<Event> conversation(String id) {
		return List.of(opened("e-1", id, T0), message("e-2", id, T0.plusSeconds(5), "Cho em hỏi đơn hàng"),
				resolved("e-3", id, T0.plusSeconds(600)));
	}
}
