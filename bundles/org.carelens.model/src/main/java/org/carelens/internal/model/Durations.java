package org.carelens.internal.model;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the limits of SLA targets: an ISO-8601 duration such as {@code PT2M}, or a whole number of seconds.
 */
public final class Durations {

	private Durations() {
	}

	/** @return the duration {@code text} spells, or nothing when it spells none */
	public static Optional<Duration> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String trimmed = text.trim();
		try {
			if (trimmed.chars().allMatch(Character::isDigit)) {
				return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
			}
			return Optional.of(Duration.parse(trimmed));
		} catch (NumberFormatException | DateTimeParseException e) {
			return Optional.empty();
		}
	}
}
