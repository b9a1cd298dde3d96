package org.carelens.core.inspect;

import java.time.Instant;
import java.util.Optional;

/**
 * What one event file, or a set of them, holds: counts of valid events and the span of their timestamps.
 *
 * @param source    the file as named to the inspector, or a label for the whole set
 * @param lines     lines read
 * @param bytes     bytes read
 * @param rejected  lines rejected
 * @param counts    valid events by type and channel
 * @param first     the earliest {@code at} of a valid event
 * @param last      the latest {@code at} of a valid event
 */
public record FileReport(String source, long lines, long bytes, long rejected, EventCounts counts,
		Optional<Instant> first, Optional<Instant> last) {

	/** @return the number of valid events */
	public long events() {
		return counts.total();
	}
}
