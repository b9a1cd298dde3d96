package org.carelens.store.api;

/**
 * What appending a batch of events did.
 *
 * @param ingested   events stored for the first time
 * @param duplicates events whose id was already stored (or earlier in the batch) with the same content
 * @param conflicts  events whose id was already stored (or earlier in the batch) with different content; each one is
 *                   quarantined
 */
public record AppendResult(int ingested, int duplicates, int conflicts) {

	public static final AppendResult NONE = new AppendResult(0, 0, 0);

	public AppendResult {
		if (ingested < 0 || duplicates < 0 || conflicts < 0) {
			throw new IllegalArgumentException("negative count in " + ingested + "/" + duplicates + "/" + conflicts);
		}
	}

	/** @return how many events the batch had */
	public int total() {
		return ingested + duplicates + conflicts;
	}

	/** @return the counts of this and {@code other} added, to report an import of many batches */
	public AppendResult plus(AppendResult other) {
		return new AppendResult(ingested + other.ingested, duplicates + other.duplicates, conflicts + other.conflicts);
	}
}
