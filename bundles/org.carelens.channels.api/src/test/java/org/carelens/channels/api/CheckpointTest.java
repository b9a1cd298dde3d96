package org.carelens.channels.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

class CheckpointTest {

	@Test
	void positionsAreReplacedNotMerged() {
		Checkpoint checkpoint = Checkpoint.START.with("row", "10").with("hash", "ab").with("row", "20");
		assertEquals(Map.of("row", "20", "hash", "ab"), checkpoint.positions());
		assertEquals(20, checkpoint.number("row"));
		assertEquals(0, checkpoint.number("offset"));
		assertEquals(Map.of("hash", "ab"), checkpoint.without("row").positions());
	}

	@Test
	void aPositionIsOneLine() {
		assertThrows(IllegalArgumentException.class, () -> Checkpoint.START.with("row", "1\n2"));
	}
}
