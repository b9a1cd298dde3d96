package org.carelens.internal.kpi.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dictionary encoding of one dimension's values: each distinct value gets a small id, 1, 2, ...; 0 stands for no
 * value. Ids are never reused, so a row's id stays valid as values are added.
 */
final class Dictionary {

	private final String name;
	private final int maxId;
	private final Map<String, Integer> ids = new HashMap<>();
	private final List<String> values = new ArrayList<>();

	/** @param maxId the largest id the column can hold (65,535 for a 16-bit column) */
	Dictionary(String name, int maxId) {
		this.name = name;
		this.maxId = maxId;
		values.add(null);
	}

	int encode(Optional<String> value) {
		return value.isPresent() ? encode(value.get()) : 0;
	}

	int encode(String value) {
		Integer id = ids.get(value);
		if (id != null) {
			return id;
		}
		int next = values.size();
		if (next > maxId) {
			throw new IllegalStateException("more than " + maxId + " distinct values of " + name
					+ " in one table; the column holds ids up to " + maxId);
		}
		ids.put(value, next);
		values.add(value);
		return next;
	}

	/** @return the id of {@code value}, 0 when it was never seen */
	int idOf(String value) {
		return ids.getOrDefault(value, 0);
	}

	Optional<String> valueOf(int id) {
		return id <= 0 || id >= values.size() ? Optional.empty() : Optional.of(values.get(id));
	}

	/** @return the number of ids in use, 0 included */
	int size() {
		return values.size();
	}

	/** @return an estimate of the heap the dictionary takes: entries, strings, boxes */
	long bytes() {
		long bytes = 0;
		for (int i = 1; i < values.size(); i++) {
			bytes += 48 + 40 + 2L * values.get(i).length() + 16;
		}
		return bytes;
	}
}
