package org.carelens.channels.api;

/**
 * A connector instance could not start or fetch; the message says what and where, for its status and the log.
 */
public final class ConnectorException extends Exception {

	private static final long serialVersionUID = 1L;

	public ConnectorException(String message) {
		super(message);
	}

	public ConnectorException(String message, Throwable cause) {
		super(message, cause);
	}
}
