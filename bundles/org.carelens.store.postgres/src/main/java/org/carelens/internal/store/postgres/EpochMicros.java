package org.carelens.internal.store.postgres;

import java.time.Instant;

/**
 * Splits an instant into epoch microseconds (what database timestamps hold) and the
 * nanoseconds within the microsecond, so that no precision of the event format is lost in sorting.
 */
final class EpochMicros {

	private EpochMicros() {
	}

	static long micros(Instant at) {
		return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000);
	}

	static short nanos(Instant at) {
		return (short) (at.getNano() % 1000);
	}

	static Instant instant(long micros, int nanos) {
		return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
				Math.floorMod(micros, 1_000_000L) * 1000L + nanos);
	}
}
