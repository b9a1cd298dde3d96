package org.carelens.reports.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.carelens.kpi.api.Member;

/**
 * The conversations behind a number, or why there are none.
 *
 * @param status        how the computation ended
 * @param reason        for {@code FAILED}, what went wrong, naming the metric or workspace
 * @param request       what was asked
 * @param columns       the metric's own columns, in order
 * @param conversations the conversations, by opening
 * @param missing       conversations the number counts whose stored facts were not found (the store changed since
 *                      the session loaded); 0 normally
 */
public record DrillDownResponse(Status status, Optional<String> reason, DrillDownRequest request,
		List<DrillColumn> columns, List<DrilledConversation> conversations, long missing) {

	/** How a drill-down ended. */
	public enum Status {
		COMPLETED,
		/** The metric cannot say which conversations stand behind its value (a third party's metric). */
		NOT_AVAILABLE, FAILED, CANCELLED
	}

	public DrillDownResponse {
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(request, "request");
		columns = List.copyOf(columns);
		conversations = List.copyOf(conversations);
	}

	static DrillDownResponse completed(DrillDownRequest request, List<DrillColumn> columns,
			List<DrilledConversation> conversations, long missing) {
		return new DrillDownResponse(Status.COMPLETED, Optional.empty(), request, columns, conversations, missing);
	}

	static DrillDownResponse notAvailable(DrillDownRequest request) {
		return new DrillDownResponse(Status.NOT_AVAILABLE, Optional.empty(), request, List.of(), List.of(), 0);
	}

	static DrillDownResponse failed(DrillDownRequest request, String reason) {
		return new DrillDownResponse(Status.FAILED, Optional.of(reason), request, List.of(), List.of(), 0);
	}

	static DrillDownResponse cancelled(DrillDownRequest request) {
		return new DrillDownResponse(Status.CANCELLED, Optional.empty(), request, List.of(), List.of(), 0);
	}

	/** @return the conversations in the numerator */
	public long numeratorCount() {
		return conversations.stream().filter(c -> c.role() == Member.Role.NUMERATOR).count();
	}
}
