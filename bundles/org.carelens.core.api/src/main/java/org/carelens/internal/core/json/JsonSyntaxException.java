package org.carelens.internal.core.json;

/**
 * Text that is not valid JSON, with the position of the first problem.
 */
public final class JsonSyntaxException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int offset;

	JsonSyntaxException(String message, int offset) {
		super(message);
		this.offset = offset;
	}

	/** @return the zero-based character offset of the problem */
	public int offset() {
		return offset;
	}

	/** @return the message with the one-based column, for people */
	public String describe() {
		return getMessage() + " at column " + (offset + 1);
	}
}
