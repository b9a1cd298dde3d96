package org.carelens.internal.channels.file;

/**
 * A file that as a whole does not fit its format (empty, or a header without the columns its mapping needs); the
 * message starts with the file's name and says what is missing.
 */
final class UnfitFileException extends Exception {

	private static final long serialVersionUID = 1L;

	UnfitFileException(String message) {
		super(message);
	}
}
