package org.carelens.internal.kpi.engine;

import java.util.Arrays;

/**
 * The dictionary ids of one dimension, one per row, one byte each while the dimension has fewer than 256 values
 * (teams, sites, topics, channel instances), widened once to two bytes when it gets more (agents of a large
 * centre). A dictionary's ids never change, so widening copies the ids as they are.
 */
final class DimensionColumn {

	/** The largest id of a one-byte column. */
	static final int NARROW_MAX = 0xff;

	private byte[] narrow;
	private char[] wide;

	DimensionColumn(int capacity) {
		narrow = new byte[capacity];
	}

	/** @return a column of the given ids: one-byte ones, or else two-byte ones */
	static DimensionColumn of(byte[] narrow, char[] wide) {
		DimensionColumn column = new DimensionColumn(0);
		column.narrow = wide == null ? narrow : null;
		column.wide = wide;
		return column;
	}

	int get(int row) {
		return wide == null ? narrow[row] & NARROW_MAX : wide[row];
	}

	void set(int row, int id) {
		if (wide == null) {
			if (id <= NARROW_MAX) {
				narrow[row] = (byte) id;
				return;
			}
			widen();
		}
		wide[row] = (char) id;
	}

	private void widen() {
		wide = new char[narrow.length];
		for (int row = 0; row < narrow.length; row++) {
			wide[row] = (char) (narrow[row] & NARROW_MAX);
		}
		narrow = null;
	}

	void grow(int capacity) {
		if (wide == null) {
			narrow = Arrays.copyOf(narrow, capacity);
		} else {
			wide = Arrays.copyOf(wide, capacity);
		}
	}

	/** @return the one-byte ids, or null when the column was widened */
	byte[] narrow() {
		return narrow;
	}

	/** @return the two-byte ids, or null while the column is narrow */
	char[] wide() {
		return wide;
	}

	/** @return the bytes one row takes: 1 or 2 */
	int width() {
		return wide == null ? 1 : 2;
	}

	/** @return the bytes of the column as allocated */
	long bytes() {
		return wide == null ? narrow.length : 2L * wide.length;
	}
}
