package org.carelens.core.api.io;

import java.util.function.BooleanSupplier;

/**
 * Lets the caller of a long read follow its progress and cancel it.
 */
public interface ReadProgress {

	/** Ignores progress and never cancels. */
	ReadProgress NONE = cancelledWhen(() -> false);

	/** @return progress that is ignored, and a cancellation asked of {@code cancelled} at every line */
	static ReadProgress cancelledWhen(BooleanSupplier cancelled) {
		return new ReadProgress() {
			@Override
			public void bytesRead(long total) {
				// ignored
			}

			@Override
			public boolean isCancelled() {
				return cancelled.getAsBoolean();
			}
		};
	}

	/** Called every so often with the number of bytes read so far from the current source. */
	void bytesRead(long total);

	/** @return whether the reader should stop at the next line */
	boolean isCancelled();
}
