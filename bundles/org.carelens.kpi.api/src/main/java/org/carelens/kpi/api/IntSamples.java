package org.carelens.kpi.api;

import java.util.Arrays;

/**
 * Every value of a statistic (durations in seconds), kept so that quantiles are exact: the mergeable state of a
 * duration metric. Merging concatenates; quantiles interpolate linearly between closest ranks, as DuckDB's
 * {@code quantile_cont} and PostgreSQL's {@code percentile_cont} do.
 */
public final class IntSamples {

	private static final int FIRST_CHUNK = 16;
	private static final int LARGEST_CHUNK = 1 << 16;

	/**
	 * The values in chunks that are filled one after the other and never copied while values come: growing by
	 * copying costs more than the aggregation itself. Merging adopts the other's chunks. Quantiles flatten them
	 * into one array, once.
	 */
	private int[][] chunks = new int[4][];
	private int[] filled = new int[4];
	private int chunkCount;
	/** The last chunk and how full it is, kept here so that adding a value touches this object and the chunk only. */
	private int[] current;
	private int currentFill;
	private int size;
	private long sum;
	private int[] values;

	public void add(long value) {
		if (value < 0 || value > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("a duration of " + value + " s is out of range");
		}
		int[] chunk = current;
		if (chunk == null || currentFill == chunk.length) {
			chunk = newChunk(chunk == null ? FIRST_CHUNK : Math.min(LARGEST_CHUNK, 2 * chunk.length));
		}
		chunk[currentFill++] = (int) value;
		size++;
		sum += value;
		values = null;
	}

	private int[] newChunk(int length) {
		settle();
		if (chunkCount == chunks.length) {
			chunks = Arrays.copyOf(chunks, chunkCount * 2);
			filled = Arrays.copyOf(filled, chunkCount * 2);
		}
		current = new int[length];
		currentFill = 0;
		chunks[chunkCount] = current;
		filled[chunkCount] = 0;
		chunkCount++;
		return current;
	}

	/** Writes the fill of the current chunk back into {@link #filled}, before the chunks are read or rearranged. */
	private void settle() {
		if (current != null) {
			filled[chunkCount - 1] = currentFill;
		}
	}

	/** Takes the last chunk as the one values are added to. */
	private void resume() {
		current = chunkCount == 0 ? null : chunks[chunkCount - 1];
		currentFill = chunkCount == 0 ? 0 : filled[chunkCount - 1];
	}

	/** Adds every value of {@code other}, which is not used afterwards. */
	public void addAll(IntSamples other) {
		settle();
		other.settle();
		for (int c = 0; c < other.chunkCount; c++) {
			if (other.filled[c] == 0) {
				continue;
			}
			if (chunkCount == chunks.length) {
				chunks = Arrays.copyOf(chunks, chunkCount * 2);
				filled = Arrays.copyOf(filled, chunkCount * 2);
			}
			// the other's chunk goes before this one's last, so that appending continues into a chunk with room
			chunks[chunkCount] = other.chunks[c];
			filled[chunkCount] = other.filled[c];
			chunkCount++;
			if (chunkCount > 1) {
				int last = chunkCount - 1;
				int[] chunk = chunks[last];
				chunks[last] = chunks[last - 1];
				chunks[last - 1] = chunk;
				int count = filled[last];
				filled[last] = filled[last - 1];
				filled[last - 1] = count;
			}
		}
		size += other.size;
		sum += other.sum;
		values = null;
		resume();
	}

	public int size() {
		return size;
	}

	public long sum() {
		return sum;
	}

	/** @return the mean; NaN when empty */
	public double mean() {
		return size == 0 ? Double.NaN : (double) sum / size;
	}

	/** @return the values in one array of {@link #size()} values at least (more are spare), order unspecified */
	private int[] flat() {
		if (values == null) {
			settle();
			if (chunkCount == 1 && filled[0] == size) {
				values = chunks[0];
			} else {
				int[] all = new int[size];
				int at = 0;
				for (int c = 0; c < chunkCount; c++) {
					System.arraycopy(chunks[c], 0, all, at, filled[c]);
					at += filled[c];
				}
				chunks = new int[][] { all };
				filled = new int[] { size };
				chunkCount = 1;
				values = all;
			}
			resume();
		}
		return values;
	}

	/**
	 * @param fractions quantiles wanted, each in [0, 1]
	 * @return the exact quantiles; reorders the values (selection, not a full sort)
	 */
	public double[] quantiles(double... fractions) {
		if (size == 0) {
			throw new IllegalStateException("no values");
		}
		// the ranks each quantile interpolates between, selected in ascending order so that each selection only
		// looks right of the previous one
		int[] ranks = new int[2 * fractions.length];
		for (int i = 0; i < fractions.length; i++) {
			if (fractions[i] < 0 || fractions[i] > 1) {
				throw new IllegalArgumentException("a quantile is between 0 and 1, not " + fractions[i]);
			}
			double position = fractions[i] * (size - 1);
			ranks[2 * i] = (int) Math.floor(position);
			ranks[2 * i + 1] = (int) Math.ceil(position);
		}
		int[] values = flat();
		int[] ascending = ranks.clone();
		Arrays.sort(ascending);
		int from = 0;
		for (int rank : ascending) {
			if (rank >= from) {
				select(values, from, size - 1, rank);
				from = rank + 1;
			}
		}
		double[] result = new double[fractions.length];
		for (int i = 0; i < fractions.length; i++) {
			double position = fractions[i] * (size - 1);
			int lower = ranks[2 * i];
			int upper = ranks[2 * i + 1];
			result[i] = values[lower] + (position - lower) * ((double) values[upper] - values[lower]);
		}
		return result;
	}

	/** Puts the value of rank {@code k} at {@code k}, smaller ones left of it, larger right (quickselect). */
	private static void select(int[] a, int left, int right, int k) {
		while (right - left > 16) {
			int middle = (left + right) >>> 1;
			// median of three as pivot, moved to right
			if (a[middle] < a[left]) {
				swap(a, middle, left);
			}
			if (a[right] < a[left]) {
				swap(a, right, left);
			}
			if (a[middle] < a[right]) {
				swap(a, middle, right);
			}
			int pivot = a[right];
			int i = left - 1;
			int j = right;
			while (true) {
				do {
					i++;
				} while (a[i] < pivot);
				do {
					j--;
				} while (j > left && a[j] > pivot);
				if (i >= j) {
					break;
				}
				swap(a, i, j);
			}
			swap(a, i, right);
			if (k == i) {
				return;
			}
			if (k < i) {
				right = i - 1;
			} else {
				left = i + 1;
			}
		}
		Arrays.sort(a, left, right + 1);
	}

	private static void swap(int[] a, int i, int j) {
		int t = a[i];
		a[i] = a[j];
		a[j] = t;
	}
}
