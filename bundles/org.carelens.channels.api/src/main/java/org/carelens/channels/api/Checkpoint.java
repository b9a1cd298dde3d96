package org.carelens.channels.api;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where a connector instance resumes: positions of its own making (a file's hash and row, an offset, a cursor), by
 * name. The runtime stores it only after the events before it are durable.
 *
 * @param positions the positions by name; names and values are any text without line breaks
 */
public record Checkpoint(Map<String, String> positions) {

	/** The checkpoint of an instance that has committed nothing. */
	public static final Checkpoint START = new Checkpoint(Map.of());

	public Checkpoint {
		positions.forEach((key, value) -> {
			Objects.requireNonNull(key, "key");
			Objects.requireNonNull(value, "value of " + key);
			if (key.isEmpty() || key.contains("\n") || key.contains("\r") || value.contains("\n")
					|| value.contains("\r")) {
				throw new IllegalArgumentException("checkpoint names and values are single lines: " + key);
			}
		});
		positions = Map.copyOf(new TreeMap<>(positions));
	}

	public Optional<String> get(String key) {
		return Optional.ofNullable(positions.get(key));
	}

	/** @return the position {@code key} as a number, 0 when there is none */
	public long number(String key) {
		return get(key).map(Long::parseLong).orElse(0L);
	}

	/** @return this checkpoint with {@code key} set to {@code value} */
	public Checkpoint with(String key, String value) {
		Map<String, String> copy = new TreeMap<>(positions);
		copy.put(key, value);
		return new Checkpoint(copy);
	}

	/** @return this checkpoint without {@code key} */
	public Checkpoint without(String key) {
		Map<String, String> copy = new TreeMap<>(positions);
		copy.remove(key);
		return new Checkpoint(copy);
	}
}
