package org.carelens.internal.store.jdbc;

import java.time.Instant;

/**
 * Splits an instant into epoch microseconds (what database timestamps hold, and what range scans prune on) and the
 * nanoseconds within the microsecond, so that no precision of the event format is lost in sorting.
 */
public final class EpochMicros {

	private EpochMicros() {
	}

	public static long micros(Instant at) {
		return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000);
	}

	public static short nanos(Instant at) {
		return (short) (at.getNano() % 1000);
	}

	public static Instant instant(long micros, int nanos) {
		return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
				Math.floorMod(micros, 1_000_000L) * 1000L + nanos);
	}
}
