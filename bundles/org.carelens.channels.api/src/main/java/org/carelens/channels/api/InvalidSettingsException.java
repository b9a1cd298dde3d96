package org.carelens.channels.api;

import java.util.List;

/**
 * Settings that do not fit a connector's schema; {@link #problems()} says every one, each naming its setting.
 */
public final class InvalidSettingsException extends Exception {

	private static final long serialVersionUID = 1L;

	private final List<String> problems;

	public InvalidSettingsException(List<String> problems) {
		super(String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}
}
