package org.carelens.core.api.workspace;

import java.io.IOException;
import java.io.Serial;
import java.nio.file.Path;
import java.util.List;

/**
 * Thrown when a workspace configuration could be read but breaks rules, each described for people.
 */
public final class InvalidWorkspaceException extends IOException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final transient List<String> problems;

	public InvalidWorkspaceException(Path file, List<String> problems) {
		super(file + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ": "
				+ String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	/** @return every broken rule, one sentence each */
	public List<String> problems() {
		return problems;
	}
}
