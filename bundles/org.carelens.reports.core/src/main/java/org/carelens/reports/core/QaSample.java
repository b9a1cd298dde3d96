package org.carelens.reports.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.carelens.reports.core.DashboardResponse.Status;

/**
 * A QA sample, or why there is none.
 *
 * @param status        how the draw ended
 * @param reason        for {@code FAILED}, what went wrong
 * @param request       what was asked
 * @param conversations the sample, by agent then opening
 * @param considered    the conversations it was drawn from
 * @param reviewed      of those, the ones left out because they were reviewed already
 */
public record QaSample(Status status, Optional<String> reason, QaSampleRequest request,
		List<QaCandidate> conversations, int considered, int reviewed) {

	public QaSample {
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(request, "request");
		conversations = List.copyOf(conversations);
	}

	static QaSample completed(QaSampleRequest request, List<QaCandidate> conversations, int considered,
			int reviewed) {
		return new QaSample(Status.COMPLETED, Optional.empty(), request, conversations, considered, reviewed);
	}

	/** @return the answer to {@code request} when it cannot be drawn, saying why */
	public static QaSample failed(QaSampleRequest request, String reason) {
		return new QaSample(Status.FAILED, Optional.of(reason), request, List.of(), 0, 0);
	}

	static QaSample cancelled(QaSampleRequest request) {
		return new QaSample(Status.CANCELLED, Optional.empty(), request, List.of(), 0, 0);
	}
}
