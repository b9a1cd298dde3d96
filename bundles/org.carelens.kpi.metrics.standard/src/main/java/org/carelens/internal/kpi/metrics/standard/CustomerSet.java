package org.carelens.internal.kpi.metrics.standard;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The customers seen in a group, mergeable: ids are collected and made distinct when read.
 */
final class CustomerSet {

	private int[] ids = new int[8];
	private int size;

	void add(int customer) {
		if (size == ids.length) {
			ids = Arrays.copyOf(ids, size * 2);
		}
		ids[size++] = customer;
	}

	void addAll(CustomerSet other) {
		if (size + other.size > ids.length) {
			ids = Arrays.copyOf(ids, Math.max(size + other.size, size * 2));
		}
		System.arraycopy(other.ids, 0, ids, size, other.size);
		size += other.size;
	}

	/** @return the number of distinct customers, after making the ids distinct */
	int distinct() {
		Arrays.sort(ids, 0, size);
		int unique = 0;
		for (int i = 0; i < size; i++) {
			if (unique == 0 || ids[unique - 1] != ids[i]) {
				ids[unique++] = ids[i];
			}
		}
		size = unique;
		return size;
	}

	void forEach(IntConsumer action) {
		distinct();
		for (int i = 0; i < size; i++) {
			action.accept(ids[i]);
		}
	}
}
