package org.carelens.internal.channels.runtime;

/**
 * A channel instance cannot run as configured: its connector is missing, or its settings are wrong. The message
 * names the instance and says what to fix.
 */
public final class ChannelException extends Exception {

	private static final long serialVersionUID = 1L;

	public ChannelException(String message, Throwable cause) {
		super(message, cause);
	}

	public ChannelException(String message) {
		super(message);
	}
}
