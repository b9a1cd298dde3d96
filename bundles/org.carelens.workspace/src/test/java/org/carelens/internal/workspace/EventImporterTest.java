package org.carelens.internal.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

import org.carelens.core.api.Event;
import org.carelens.core.api.EventType;
import org.carelens.core.api.io.ReadProgress;
import org.carelens.store.api.AppendResult;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.FactStore;
import org.carelens.store.api.QuarantineEntry;
import org.carelens.store.api.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventImporterTest {

	@TempDir
	Path dir;

	/** Records what it is given, from whichever thread, and can be told to fail on a given batch. */
	private static final class RecordingStore implements EventStore {
		final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());
		final List<String> sources = Collections.synchronizedList(new ArrayList<>());
		final List<QuarantineEntry> quarantined = Collections.synchronizedList(new ArrayList<>());
		int failOnBatch = -1;

		@Override
		public AppendResult append(List<? extends Event> events, String source) {
			if (batches.size() == failOnBatch) {
				throw new StoreException("disk full");
			}
			batches.add(events.stream().map(Event::id).toList());
			sources.add(source);
			return new AppendResult(events.size(), 0, 0);
		}

		@Override
		public void quarantine(List<QuarantineEntry> entries) {
			quarantined.addAll(entries);
		}

		@Override
		public List<QuarantineEntry> quarantined(long offset, int limit) {
			return List.copyOf(quarantined);
		}

		@Override
		public long quarantineCount() {
			return quarantined.size();
		}

		@Override
		public List<Event> eventsOfConversation(String conversationId) {
			return List.of();
		}

		@Override
		public void eventsBetween(Instant fromInclusive, Instant toExclusive, Consumer<? super Event> sink) {
			// nothing is read back in these tests
		}

		@Override
		public long eventCount() {
			return batches.stream().mapToLong(List::size).sum();
		}

		@Override
		public Optional<Instant> firstEventAt() {
			return Optional.empty();
		}

		@Override
		public Optional<Instant> lastEventAt() {
			return Optional.empty();
		}

		@Override
		public int schemaVersion() {
			return 1;
		}

		@Override
		public long lastPosition() {
			return batches.stream().mapToLong(List::size).sum();
		}

		@Override
		public Set<String> conversationsAfter(long after) {
			throw new UnsupportedOperationException("the importer does not read the log");
		}

		@Override
		public void eventsOfTypeAfter(EventType type, long after, Consumer<? super Event> sink) {
			throw new UnsupportedOperationException("the importer does not read the log");
		}

		@Override
		public void eventsOfConversations(Collection<String> conversations, long upTo, Consumer<List<Event>> sink) {
			throw new UnsupportedOperationException("the importer does not read the log");
		}

		@Override
		public FactStore facts() {
			throw new UnsupportedOperationException("the importer does not fold facts");
		}

		@Override
		public void close() {
			// nothing held
		}
	}

	private Path file(String name, int events, List<Integer> badLines) throws IOException {
		List<String> lines = new ArrayList<>();
		for (int i = 1; i <= events + badLines.size(); i++) {
			lines.add(badLines.contains(i) ? "{\"id\":\"bad-" + i + "\"}"
					: "{\"id\":\"" + name + "-" + i + "\",\"type\":\"resolved\",\"at\":\"2026-03-01T00:00:00Z\",\"conversation\":\"c\"}");
		}
		return Files.write(dir.resolve(name + ".jsonl"), lines, StandardCharsets.UTF_8);
	}

	@Test
	void batchesReachTheStoreInFileOrder() throws IOException {
		RecordingStore store = new RecordingStore();
		Path a = file("a", 25, List.of());
		Path b = file("b", 7, List.of());
		ImportSummary summary = new EventImporter(store, 10).importFiles(List.of(a, b), ReadProgress.NONE);

		assertEquals(List.of(10, 10, 5, 7), store.batches.stream().map(List::size).toList());
		assertEquals("a-1", store.batches.get(0).get(0));
		assertEquals("a-25", store.batches.get(2).get(4));
		assertEquals("b-1", store.batches.get(3).get(0));
		assertEquals(List.of(a.toString(), a.toString(), a.toString(), b.toString()), store.sources);
		assertEquals(new AppendResult(32, 0, 0), summary.appended());
		assertEquals(32, summary.lines());
	}

	@Test
	void rejectedLinesAreQuarantinedWithTheirLineAndText() throws IOException {
		RecordingStore store = new RecordingStore();
		Path file = file("q", 5, List.of(2, 6));
		ImportSummary summary = new EventImporter(store, 10).importFiles(List.of(file), ReadProgress.NONE);

		assertEquals(2, summary.rejected());
		assertEquals(List.of(OptionalLong.of(2), OptionalLong.of(6)),
				store.quarantined.stream().map(QuarantineEntry::line).toList());
		assertEquals("{\"id\":\"bad-2\"}", store.quarantined.get(0).raw());
		assertTrue(store.quarantined.get(0).reason().startsWith("missing required field 'type'"),
				store.quarantined.get(0).reason());
		assertTrue(summary.anythingQuarantined());
	}

	@Test
	void aStoreFailureIsReportedAndNothingIsWrittenAfterIt() throws IOException {
		RecordingStore store = new RecordingStore();
		store.failOnBatch = 1;
		Path file = file("f", 100, List.of());
		StoreException failure = assertThrows(StoreException.class,
				() -> new EventImporter(store, 10).importFiles(List.of(file), ReadProgress.NONE));
		assertEquals("disk full", failure.getMessage());
		assertEquals(1, store.batches.size(), "the first batch stays; none after the failed one is written");
	}

	@Test
	void cancellingStopsWithWhatWasCommitted() throws IOException {
		RecordingStore store = new RecordingStore();
		Path file = file("c", 100, List.of());
		int[] events = { 0 };
		ImportSummary summary = new EventImporter(store, 10).importFiles(List.of(file),
				ReadProgress.cancelledWhen(() -> ++events[0] > 35));
		assertTrue(summary.cancelled());
		assertEquals(summary.appended().ingested(), store.eventCount());
		assertTrue(store.eventCount() < 100);
	}
}
