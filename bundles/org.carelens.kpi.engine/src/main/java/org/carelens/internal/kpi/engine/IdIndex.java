package org.carelens.internal.kpi.engine;

import java.util.Arrays;

/**
 * Finds the row of a conversation id without keeping the ids: a 64-bit hash of each row's id, and an
 * open-addressing table of row numbers. Two ids of one table sharing a 64-bit hash is possible in principle; with
 * 10 million conversations the chance is about 3 in a million, and {@link ColumnTable} accepts it: the cost of a
 * collision is one conversation's row replaced by another's.
 */
final class IdIndex {

	private static final float LOAD = 0.7f;

	private long[] hashes = new long[1024];
	private int[] slots = new int[1024];
	private int size;

	IdIndex() {
		Arrays.fill(slots, -1);
	}

	static IdIndex empty() {
		return new IdIndex();
	}

	/** @return the hashes of the rows, indexed by row (longer than the rows: spare capacity) */
	long[] hashes() {
		return hashes;
	}

	static long hash(String id) {
		// two independent 32-bit hashes (String.hashCode and FNV-1a) make the 64 bits
		long fnv = 0xcbf29ce484222325L;
		for (int i = 0; i < id.length(); i++) {
			fnv ^= id.charAt(i);
			fnv *= 0x100000001b3L;
		}
		return ((long) id.hashCode() << 32) ^ (fnv & 0xffffffffL) ^ (fnv >>> 32) * 31;
	}

	/** @return the row of {@code hash}, or -1 */
	int find(long hash) {
		int mask = slots.length - 1;
		for (int i = mix(hash) & mask;; i = (i + 1) & mask) {
			int row = slots[i];
			if (row < 0) {
				return -1;
			}
			if (hashes[row] == hash) {
				return row;
			}
		}
	}

	/** Adds row {@code row} (= the number of rows so far) under {@code hash}. */
	void add(long hash, int row) {
		if (row >= hashes.length) {
			// grows as the row columns do (by half), not by doubling: the hashes are 8 of a row's bytes
			hashes = Arrays.copyOf(hashes, Math.max(row + 1, hashes.length + (hashes.length >> 1)));
		}
		hashes[row] = hash;
		size++;
		if (size > slots.length * LOAD) {
			rehash();
		} else {
			insert(row);
		}
	}

	private void insert(int row) {
		int mask = slots.length - 1;
		int i = mix(hashes[row]) & mask;
		while (slots[i] >= 0) {
			i = (i + 1) & mask;
		}
		slots[i] = row;
	}

	private void rehash() {
		slots = new int[slots.length * 2];
		Arrays.fill(slots, -1);
		for (int row = 0; row < size; row++) {
			insert(row);
		}
	}

	private static int mix(long hash) {
		long h = hash * 0x9E3779B97F4A7C15L;
		return (int) (h ^ (h >>> 32));
	}

	long bytes() {
		return 8L * hashes.length + 4L * slots.length;
	}

	/** @return the bytes of the hashes of {@code rows} rows and of the table of row numbers */
	long bytes(int rows) {
		return 8L * rows + 4L * slots.length;
	}
}
