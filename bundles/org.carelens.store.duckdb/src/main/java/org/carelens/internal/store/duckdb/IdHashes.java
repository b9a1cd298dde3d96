package org.carelens.internal.store.duckdb;

/**
 * The 64-bit hashes of the stored event ids: tells for sure that an id is NOT stored, so that a batch of new ids
 * needs no look-up in the events table. A hit may be a collision; the exact check then stays with SQL.
 * Sixteen to thirty-two bytes per stored event; not thread-safe.
 */
final class IdHashes {

	private static final long EMPTY = 0;

	private long[] table = new long[1 << 16];
	private int size;

	static long hash(String id) {
		long h = 0xcbf29ce484222325L; // FNV-1a
		for (int i = 0, n = id.length(); i < n; i++) {
			h ^= id.charAt(i);
			h *= 0x100000001b3L;
		}
		// FNV-1a leaves ids that differ in their last characters (e-000123, e-000124) close together; the index
		// uses the low bits, so mix every bit into them (MurmurHash3's finalizer) to keep probe runs short
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb9fe1a85ec53L;
		h ^= h >>> 33;
		return h == EMPTY ? 1 : h;
	}

	void add(String id) {
		if (2 * (size + 1) > table.length) {
			grow();
		}
		if (insert(table, hash(id))) {
			size++;
		}
	}

	boolean mightContain(String id) {
		long h = hash(id);
		int mask = table.length - 1;
		for (int i = (int) h & mask;; i = (i + 1) & mask) {
			long slot = table[i];
			if (slot == EMPTY) {
				return false;
			}
			if (slot == h) {
				return true;
			}
		}
	}

	int size() {
		return size;
	}

	private static boolean insert(long[] table, long h) {
		int mask = table.length - 1;
		for (int i = (int) h & mask;; i = (i + 1) & mask) {
			long slot = table[i];
			if (slot == EMPTY) {
				table[i] = h;
				return true;
			}
			if (slot == h) {
				return false;
			}
		}
	}

	private void grow() {
		long[] bigger = new long[table.length * 2];
		for (long h : table) {
			if (h != EMPTY) {
				insert(bigger, h);
			}
		}
		table = bigger;
	}

	@Override
	public String toString() {
		return "IdHashes[" + size + " of " + table.length + "]";
	}
}
