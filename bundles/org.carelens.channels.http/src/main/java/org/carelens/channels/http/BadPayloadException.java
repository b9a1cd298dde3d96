package org.carelens.channels.http;

/**
 * An authenticated request whose body is not what its endpoint takes (not JSON, a required field missing); the
 * message says what and where, and is both quarantined with the body and sent back to the sender.
 */
public final class BadPayloadException extends Exception {

	private static final long serialVersionUID = 1L;

	public BadPayloadException(String message) {
		super(message);
	}

	public BadPayloadException(String message, Throwable cause) {
		super(message, cause);
	}
}
