package org.carelens.core.api.io;

import java.util.List;

/**
 * Text that is not a valid CareLens event, with every problem found in it.
 */
public final class EventFormatException extends Exception {

	private static final long serialVersionUID = 1L;

	private final List<String> problems;

	public EventFormatException(List<String> problems) {
		super(String.join("; ", problems));
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("an EventFormatException needs at least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	/** @return each problem found, in the order of the fields, as one sentence for people */
	public List<String> problems() {
		return problems;
	}
}
