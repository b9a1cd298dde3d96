package org.carelens.reports.core;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
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
	 * @return the request for {@code scope} as of now while its period runs to the present, else as of its end. A
	 *         period runs to the present when it ends after {@code now} (a custom period that includes today) or at
	 *         a moment that starts no day in {@code zone}: the presets (today, last 7 days...) end at the moment the
	 *         dashboard computed them, which the clock has since passed
	 */
	public static SlaQueueRequest of(ReportScope scope, ZoneId zone, Instant now) {
		return new SlaQueueRequest(scope, live(scope, zone, now) ? now : scope.period().to(), AT_RISK_SHARE);
	}

	/** @return whether the scope's period runs to the present, so that its queues are judged now */
	public static boolean live(ReportScope scope, ZoneId zone, Instant now) {
		Instant end = scope.period().to();
		return end.isAfter(now) || !end.atZone(zone).toLocalTime().equals(LocalTime.MIDNIGHT);
	}
}
