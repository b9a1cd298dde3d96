package org.carelens.internal.server;

/** The server cannot start: the message says why, for the command line and the log. */
final class ServerException extends Exception {

	private static final long serialVersionUID = 1L;

	ServerException(String message) {
		super(message);
	}

	ServerException(String message, Throwable cause) {
		super(message, cause);
	}
}
