package org.carelens.core.api.io;

/**
 * Lets the caller of a long read follow its progress and cancel it.
 */
public interface ReadProgress {

	/** Ignores progress and never cancels. */
	ReadProgress NONE = new ReadProgress() {
		@Override
		public void bytesRead(long total) {
			// ignored
		}

		@Override
		public boolean isCancelled() {
			return false;
		}
	};

	/** Called every so often with the number of bytes read so far from the current source. */
	void bytesRead(long total);

	/** @return whether the reader should stop at the next line */
	boolean isCancelled();
}
