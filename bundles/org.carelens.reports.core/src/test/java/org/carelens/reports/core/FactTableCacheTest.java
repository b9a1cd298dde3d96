package org.carelens.reports.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;
import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.FactTable;
import org.carelens.kpi.api.KpiQuery;
import org.carelens.kpi.api.TimeBucket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactTableCacheTest {

	@TempDir
	Path dir;

	private final Facts facts = new Facts()
			.conversation("c1", ChannelKind.CHAT, "2026-11-02T08:00", "2026-11-02T08:04", Optional.of("2026-11-02T09:00"))
			.conversation("c2", ChannelKind.EMAIL, "2026-11-03T10:00", "2026-11-03T13:00", Optional.empty())
			.conversation("c3", ChannelKind.VOICE, "2026-11-04T10:00", "2026-11-04T10:01", Optional.of("2026-11-04T10:20"));

	private FactTableCache.Key key(long through) throws IOException {
		return FactTableCache.Key.of(dir, through, 3);
	}

	@Test
	void aTableWrittenUnderAKeyIsReadBackUnderThatKeyOnly() throws IOException {
		Files.writeString(dir.resolve("workspace.carelens"), "<workspace name=\"A\"/>");
		FactTable table = facts.session().table();
		List<String> ids = List.of("c1", "c2", "c3");
		assertTrue(FactTableCache.write(dir, key(42), new FactTableCache.Loaded(table, ids)));

		FactTableCache.Loaded loaded = FactTableCache.read(dir, key(42), facts.engine).orElseThrow();
		FactTable read = loaded.table();
		assertEquals(ids, loaded.ids(), "the rows' conversation ids come back with the table");
		KpiQuery query = KpiQuery.all(Facts.vn("2026-12-01T00:00"), Facts.VN)
				.withGrouping(List.of(Dimension.CHANNEL), TimeBucket.DAY);
		assertEquals(facts.engine.compute(table, query), facts.engine.compute(read, query));

		assertEquals(Optional.empty(), FactTableCache.read(dir, key(43), facts.engine), "events came in since");
		assertEquals(Optional.empty(), FactTableCache.read(dir, FactTableCache.Key.of(dir, 42, 4), facts.engine));
		FactTableCache.Key before = key(42);
		Files.writeString(dir.resolve("workspace.carelens"), "<workspace name=\"B\"/>");
		assertNotEquals(before, key(42));
		assertEquals(Optional.empty(), FactTableCache.read(dir, key(42), facts.engine),
				"the configuration the facts were folded with changed");
	}

	@Test
	void aDamagedOrMissingCacheIsBuiltAgainRatherThanAnError() throws IOException {
		assertEquals(Optional.empty(), FactTableCache.read(dir, key(1), facts.engine), "none yet");
		assertTrue(FactTableCache.write(dir, key(1), new FactTableCache.Loaded(facts.session().table(), List.of("c1", "c2", "c3"))));
		Path file = dir.resolve(FactTableCache.FILE);
		byte[] bytes = Files.readAllBytes(file);
		Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 100));
		assertEquals(Optional.empty(), FactTableCache.read(dir, key(1), facts.engine), "cut short");
		Files.writeString(file, "garbage");
		assertEquals(Optional.empty(), FactTableCache.read(dir, key(1), facts.engine));
	}

	@Test
	void aFolderThatCannotBeWrittenOnlyCostsSpeed() throws IOException {
		Files.writeString(dir.resolve(".carelens"), "a file where the cache folder would be");
		assertFalse(FactTableCache.write(dir, key(1), new FactTableCache.Loaded(facts.session().table(), List.of("c1", "c2", "c3"))));
		assertEquals(Optional.empty(), FactTableCache.read(dir, key(1), facts.engine));
		try (var files = Files.list(dir)) {
			assertEquals(1, files.count(), "no temporary file left behind");
		}
	}
}
