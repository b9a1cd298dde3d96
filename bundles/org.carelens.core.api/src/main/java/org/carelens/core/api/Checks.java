package org.carelens.core.api;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Invariant checks shared by the {@link Event} records.
 */
final class Checks {

	private Checks() {
	}

	static void conversation(EventHeader header, EventType type) {
		Objects.requireNonNull(header, "header");
		present(header.conversation(), "conversation", type);
	}

	static void present(Optional<?> value, String field, EventType type) {
		if (value.isEmpty()) {
			throw new IllegalArgumentException(type.wire() + " needs '" + field + "'");
		}
	}

	static void notNegative(Duration duration, String field) {
		if (duration.isNegative()) {
			throw new IllegalArgumentException(field + " is negative: " + duration);
		}
	}
}
