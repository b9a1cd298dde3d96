package org.carelens.internal.core.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.carelens.core.api.io.LineProblem;

/**
 * Passes every rejected line to the caller's listener and keeps the first ones for the report.
 */
final class ProblemLog {

	private final Consumer<LineProblem> listener;
	private final int keep;
	final List<LineProblem> kept = new ArrayList<>();
	boolean truncated;

	ProblemLog(Consumer<LineProblem> listener, int keep) {
		this.listener = listener;
		this.keep = keep;
	}

	void add(LineProblem problem) {
		listener.accept(problem);
		if (kept.size() < keep) {
			kept.add(problem);
		} else {
			truncated = true;
		}
	}
}
