package org.carelens.internal.channels.social;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.carelens.channels.api.Checkpoint;
import org.junit.jupiter.api.Test;

class ThreadsTest {

	static final Instant T = Instant.parse("2026-02-10T01:00:00Z");

	@Test
	void threadsQuietForLongerThanTheWindowAreForgottenByThePlatformsTimeNotTheServers() {
		Threads threads = new Threads(Duration.ofHours(24), Duration.ofDays(7), Checkpoint.START);
		threads.touch("p:old", T, true);
		threads.touch("p:recent", T.plus(Duration.ofDays(3)), true);
		threads.touch("p:latest", T.plus(Duration.ofDays(8)), true);
		assertEquals(Set.of("thread.p:recent", "thread.p:latest"), threads.positions().keySet());
		assertEquals(Optional.empty(), threads.lastCustomerMessage("p:old"));
	}

	@Test
	void aCustomersLatestConversationsAreKeptAndRestoredInOrder() {
		Threads threads = new Threads(Duration.ofHours(1), Duration.ofDays(7), Checkpoint.START);
		for (int i = 0; i < 6; i++) {
			threads.touch("p:u", T.plus(Duration.ofHours(2 * i)), i % 2 == 0);
		}
		String position = threads.positions().get("thread.p:u");
		assertEquals(Threads.REMEMBERED, position.split(";").length, position);
		Threads restored = new Threads(Duration.ofHours(1), Duration.ofDays(7),
				new Checkpoint(threads.positions()));
		assertEquals(T.plus(Duration.ofHours(4)).toEpochMilli(),
				restored.touch("p:u", T.plus(Duration.ofHours(4)).plusSeconds(60), true).start(),
				"a late retry into the third conversation lands in it");
		assertEquals(Optional.of(T.plus(Duration.ofHours(8))), restored.lastCustomerMessage("p:u"));
	}
}
