package org.carelens.store.api;

/**
 * The event store could not do what was asked; the message says what and where (workspace, file, server).
 * <p>
 * Unchecked because no caller can repair a failing database in place: it reports and stops.
 */
public final class StoreException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public StoreException(String message) {
		super(message);
	}

	public StoreException(String message, Throwable cause) {
		super(message, cause);
	}
}
