package org.carelens.reports.core;

import java.time.Instant;
import java.util.Objects;

/**
 * What the SLA and queue section is asked for: the conversations of a scope still open at a report instant.
 *
 * @param scope       the dashboard's scope: its filters choose the conversations; its period's start is not used
 *                    (a conversation opened before the period and still open is part of the backlog)
 * @param at          the report instant at which open conversations, due times and queues are judged
 * @param atRiskShare the elapsed share of a target from which a conversation is at risk: {@value #AT_RISK_SHARE} by
 *                    default, METRICS.md's "at risk within 10%" of a target
 */
public record SlaQueueRequest(ReportScope scope, Instant at, double atRiskShare) {

	/** METRICS.md: a value within 10% of its target is at risk; for an SLA, 90% of the target's time has passed. */
	public static final double AT_RISK_SHARE = 0.9;

	public SlaQueueRequest {
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(at, "at");
		if (!(atRiskShare > 0 && atRiskShare <= 1)) {
			throw new IllegalArgumentException("the at-risk share must be above 0 and at most 1: " + atRiskShare);
		}
	}

	/**
	 * @return the request for {@code scope} as of {@code now}: at the end of its period, or now when the period has
	 *         not ended yet (a period that ends tonight is judged live, not at midnight)
	 */
	public static SlaQueueRequest of(ReportScope scope, Instant now) {
		Instant end = scope.period().to();
		return new SlaQueueRequest(scope, end.isAfter(now) ? now : end, AT_RISK_SHARE);
	}
}
