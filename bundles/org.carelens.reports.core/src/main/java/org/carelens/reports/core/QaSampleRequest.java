package org.carelens.reports.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which conversations a QA sample is drawn from, and how many per agent.
 *
 * @param scope         the dashboard's scope: without a list, the conversations resolved in its period that its
 *                      filters keep
 * @param conversations a list to draw from instead (a drill-down list), by id
 * @param perAgent      how many conversations per agent, at least 1
 * @param seed          the draw's seed: the same seed over the same conversations gives the same sample
 */
public record QaSampleRequest(ReportScope scope, Optional<List<String>> conversations, int perAgent, long seed) {

	public QaSampleRequest {
		Objects.requireNonNull(scope, "scope");
		conversations = conversations.map(List::copyOf);
		if (perAgent < 1) {
			throw new IllegalArgumentException("a QA sample takes at least 1 conversation per agent, not " + perAgent);
		}
	}

	/** @return a sample of the conversations resolved in the scope */
	public static QaSampleRequest ofScope(ReportScope scope, int perAgent, long seed) {
		return new QaSampleRequest(scope, Optional.empty(), perAgent, seed);
	}

	/** @return a sample of the listed conversations */
	public static QaSampleRequest ofList(ReportScope scope, List<String> conversations, int perAgent, long seed) {
		return new QaSampleRequest(scope, Optional.of(conversations), perAgent, seed);
	}
}
