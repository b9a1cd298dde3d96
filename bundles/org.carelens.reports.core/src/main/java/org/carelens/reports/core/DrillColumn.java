package org.carelens.reports.core;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A field of a drill-down list beyond the ones every list has (id, channel, instance, agent, team, opened, status,
 * role): the facts that matter for the metric drilled into.
 */
public enum DrillColumn {
	FIRST_RESPONSE(Kind.DURATION), REPLY_MEAN(Kind.DURATION), REPLIES(Kind.COUNT), RESOLUTION(Kind.DURATION),
	FIRST_RESOLUTION(Kind.DURATION), RESOLVED_AT(Kind.INSTANT), HANDLE(Kind.DURATION), WAIT(Kind.DURATION),
	ABANDONED(Kind.FLAG), ABANDON_WAIT(Kind.DURATION), SLA_POLICY(Kind.TEXT), SLA_FIRST_RESPONSE_DUE(Kind.INSTANT),
	SLA_RESOLUTION_DUE(Kind.INSTANT), SLA_MET(Kind.SLA), REOPENS(Kind.COUNT), TRANSFERS(Kind.COUNT),
	ESCALATIONS(Kind.COUNT), FCR(Kind.FLAG), TOPIC(Kind.TEXT), STAGE(Kind.TEXT), OUTCOME(Kind.TEXT),
	CUSTOMER(Kind.TEXT), CSAT(Kind.SCORE), NPS(Kind.SCORE), CES(Kind.SCORE), CSI(Kind.SCORE), SURVEYS_SENT(Kind.COUNT),
	QA(Kind.SCORE), QA_REVIEWER(Kind.TEXT);

	/**
	 * What a value of the column is: a {@link java.time.Duration}, an {@link java.time.Instant}, a {@link Long}
	 * count, a {@link Boolean} (SLA: met), a {@link Double} score or a {@link String}.
	 */
	public enum Kind {
		DURATION, INSTANT, COUNT, FLAG, SLA, SCORE, TEXT
	}

	private static final List<DrillColumn> QUEUE = List.of(WAIT, ABANDONED, ABANDON_WAIT);
	private static final List<DrillColumn> SLA = List.of(SLA_POLICY, SLA_FIRST_RESPONSE_DUE, SLA_RESOLUTION_DUE, SLA_MET);
	private static final Map<String, List<DrillColumn>> BY_METRIC = Map.ofEntries(
			Map.entry("first_response_time", List.of(FIRST_RESPONSE, SLA_FIRST_RESPONSE_DUE, SLA_MET)),
			Map.entry("reply_time", List.of(REPLIES, REPLY_MEAN, FIRST_RESPONSE)),
			Map.entry("resolution_time", List.of(RESOLUTION, RESOLVED_AT, SLA_RESOLUTION_DUE, REOPENS)),
			Map.entry("first_resolution_time", List.of(FIRST_RESOLUTION, RESOLUTION, REOPENS)),
			Map.entry("handle_time", List.of(HANDLE)), Map.entry("occupancy", List.of(HANDLE)),
			Map.entry("wait_time", QUEUE), Map.entry("service_level", QUEUE), Map.entry("abandon_rate", QUEUE),
			Map.entry("waiting_now", QUEUE), Map.entry("resolution_rate", List.of(RESOLVED_AT, RESOLUTION, REOPENS)),
			Map.entry("first_contact_resolution", List.of(FCR, REOPENS, TRANSFERS, ESCALATIONS, TOPIC, CUSTOMER)),
			Map.entry("created_vs_resolved", List.of(RESOLVED_AT, RESOLUTION)), Map.entry("overdue", SLA),
			Map.entry("sla_compliance", SLA), Map.entry("escalation_rate", List.of(ESCALATIONS, TRANSFERS, TOPIC)),
			Map.entry("reopen_rate", List.of(REOPENS, RESOLVED_AT)),
			Map.entry("complaint_rate", List.of(TOPIC, CUSTOMER)), Map.entry("csat", List.of(CSAT)),
			Map.entry("nps", List.of(NPS)), Map.entry("ces", List.of(CES)), Map.entry("csi", List.of(CSI)),
			Map.entry("survey_response_rate", List.of(SURVEYS_SENT, CSAT, NPS, CES, CSI)),
			Map.entry("qa_score", List.of(QA, QA_REVIEWER)), Map.entry("conversion_rate", List.of(STAGE, OUTCOME)),
			Map.entry("retention_rate", List.of(CUSTOMER, TOPIC)), Map.entry("loyal_customer_rate", List.of(CUSTOMER)),
			Map.entry("customer_lifetime_value", List.of(CUSTOMER)), Map.entry("engagement", List.of(CUSTOMER)));

	private final Kind kind;

	DrillColumn(Kind kind) {
		this.kind = kind;
	}

	public Kind kind() {
		return kind;
	}

	/** @return the name in CSV headers and message keys: {@code first_response}, {@code sla_met} */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @return the columns that matter for a metric; first response and resolution times for one not known here */
	public static List<DrillColumn> of(String metric) {
		return BY_METRIC.getOrDefault(metric, List.of(FIRST_RESPONSE, RESOLUTION, TOPIC));
	}
}
