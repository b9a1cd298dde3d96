package org.carelens.internal.channels.file;

/**
 * A 64-bit FNV-1a hash of the records read so far, to tell on resuming whether a file still begins with what was
 * committed (it grew: resume after it) or was replaced (start again). Not a security measure: a 64-bit hash tells
 * an appended export from a different one with certainty for any practical purpose.
 */
final class PrefixHash {

	private static final long OFFSET = 0xcbf29ce484222325L;
	private static final long PRIME = 0x100000001b3L;

	private long hash = OFFSET;

	void update(String text) {
		long h = hash;
		for (int i = 0, n = text.length(); i < n; i++) {
			h ^= text.charAt(i);
			h *= PRIME;
		}
		hash = h;
	}

	/** Ends a field or record, so that "ab","c" and "a","bc" differ. */
	void separate(char separator) {
		hash = (hash ^ separator) * PRIME;
	}

	String value() {
		return Long.toHexString(hash);
	}
}
