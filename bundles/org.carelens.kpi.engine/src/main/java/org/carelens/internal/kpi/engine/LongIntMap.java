package org.carelens.internal.kpi.engine;

import java.util.Arrays;

/**
 * An open-addressing map from long keys to int values, for group keys: no boxing on the hot path.
 */
final class LongIntMap {

	private long[] keys = new long[64];
	private int[] values = new int[64];
	private boolean[] used = new boolean[64];
	private int size;

	/** @return the value of {@code key}, or -1 */
	int get(long key) {
		int mask = keys.length - 1;
		for (int i = mix(key) & mask;; i = (i + 1) & mask) {
			if (!used[i]) {
				return -1;
			}
			if (keys[i] == key) {
				return values[i];
			}
		}
	}

	void put(long key, int value) {
		if (size + 1 > keys.length / 2) {
			grow();
		}
		int mask = keys.length - 1;
		int i = mix(key) & mask;
		while (used[i] && keys[i] != key) {
			i = (i + 1) & mask;
		}
		if (!used[i]) {
			used[i] = true;
			size++;
		}
		keys[i] = key;
		values[i] = value;
	}

	private void grow() {
		long[] oldKeys = keys;
		int[] oldValues = values;
		boolean[] oldUsed = used;
		keys = new long[oldKeys.length * 2];
		values = new int[oldKeys.length * 2];
		used = new boolean[oldKeys.length * 2];
		size = 0;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldUsed[i]) {
				put(oldKeys[i], oldValues[i]);
			}
		}
	}

	private static int mix(long key) {
		long h = key * 0x9E3779B97F4A7C15L;
		return (int) (h ^ (h >>> 29));
	}

	@Override
	public String toString() {
		return "LongIntMap[" + size + " of " + Arrays.toString(new int[] { keys.length }) + "]";
	}
}
