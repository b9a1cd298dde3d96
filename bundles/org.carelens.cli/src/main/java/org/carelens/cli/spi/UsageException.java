package org.carelens.cli.spi;

/**
 * A command line that cannot be run as written: an unknown option, a missing value or file.
 */
public final class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
