package org.carelens.internal.store.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdHashesTest {

	@Test
	void everyAddedIdIsFoundAcrossGrowth() {
		IdHashes ids = new IdHashes();
		for (int i = 0; i < 300_000; i++) {
			ids.add("e-" + i);
		}
		for (int i = 0; i < 300_000; i++) {
			assertTrue(ids.mightContain("e-" + i), "e-" + i);
		}
		assertEquals(300_000, ids.size());
	}

	@Test
	void addingAnIdTwiceCountsOnce() {
		IdHashes ids = new IdHashes();
		ids.add("x");
		ids.add("x");
		assertEquals(1, ids.size());
	}

	@Test
	void idsNeverAddedAreAlmostAlwaysKnownAbsent() {
		IdHashes ids = new IdHashes();
		for (int i = 0; i < 100_000; i++) {
			ids.add("stored-" + i);
		}
		int hits = 0;
		for (int i = 0; i < 100_000; i++) {
			if (ids.mightContain("new-" + i)) {
				hits++;
			}
		}
		assertTrue(hits < 10, hits + " false hits in 100,000: collisions of 64-bit hashes should be near zero");
		assertFalse(new IdHashes().mightContain(""));
	}
}
