package org.carelens.store.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class AppendResultTest {

	@Test
	void batchesAddUpToTheImport() {
		AppendResult all = AppendResult.NONE.plus(new AppendResult(3, 1, 0)).plus(new AppendResult(2, 0, 1));
		assertEquals(new AppendResult(5, 1, 1), all);
		assertEquals(7, all.total());
	}

	@Test
	void lineNumbersStartAtOne() {
		assertThrows(IllegalArgumentException.class, () -> QuarantineEntry.rejectedLine("a.jsonl", 0, "bad", "{"));
		assertEquals(1, QuarantineEntry.rejectedLine("a.jsonl", 1, "bad", "{").line().getAsLong());
	}

	@Test
	void aServerLocationNeverShowsItsPassword() {
		String shown = new StoreLocation.Server("jdbc:postgresql://db/carelens", "qa", "bí mật").toString();
		assertFalse(shown.contains("bí mật"), shown);
		assertEquals(EventStoreProvider.EMBEDDED, new StoreLocation.Workspace(Path.of("w")).kind());
	}
}
