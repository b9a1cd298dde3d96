package org.carelens.reports.core;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.SurveyKind;
import org.carelens.core.api.WireValue;
import org.carelens.facts.ConversationFact;
import org.carelens.facts.SlaCheck;
import org.carelens.facts.Span;
import org.carelens.facts.SurveyScore;

/**
 * Reads the values of drill-down columns from a conversation's facts. Durations are business time, as the metrics
 * measure them (wall-clock where no calendar applies).
 */
final class DrillValues {

	private DrillValues() {
	}

	static Map<DrillColumn, Object> of(ConversationFact fact, List<DrillColumn> columns, Instant at) {
		Map<DrillColumn, Object> values = new EnumMap<>(DrillColumn.class);
		for (DrillColumn column : columns) {
			value(fact, column, at).ifPresent(v -> values.put(column, v));
		}
		return values;
	}

	private static Optional<?> value(ConversationFact fact, DrillColumn column, Instant at) {
		return switch (column) {
		case FIRST_RESPONSE -> fact.durations().firstResponse().map(Span::business);
		case REPLIES -> Optional.of((long) fact.durations().replies().size());
		case REPLY_MEAN -> fact.durations().replies().isEmpty() ? Optional.empty()
				: Optional.of(fact.durations().replies().stream().map(Span::business).reduce(Duration.ZERO, Duration::plus)
						.dividedBy(fact.durations().replies().size()));
		case RESOLUTION -> fact.durations().resolution().map(Span::business);
		case FIRST_RESOLUTION -> fact.durations().firstResolution().map(Span::business);
		case RESOLVED_AT -> fact.resolved() ? fact.timeline().lastResolution() : Optional.empty();
		case HANDLE -> fact.handling().contacts() == 0 ? Optional.empty() : Optional.of(fact.handling().total());
		case WAIT -> fact.queue().waitTime();
		case ABANDONED -> fact.queue().entered().isPresent() ? Optional.of(fact.queue().abandoned()) : Optional.empty();
		case ABANDON_WAIT -> fact.queue().abandonWait();
		case SLA_POLICY -> fact.sla().policy();
		case SLA_FIRST_RESPONSE_DUE -> fact.sla().firstResponse().map(SlaCheck::due);
		case SLA_RESOLUTION_DUE -> fact.sla().resolution().map(SlaCheck::due);
		case SLA_MET -> fact.sla().applies() ? Optional.of(fact.sla().compliantAt(at)) : Optional.empty();
		case REOPENS -> Optional.of((long) fact.counts().reopens());
		case TRANSFERS -> Optional.of((long) fact.counts().transfers());
		case ESCALATIONS -> Optional.of((long) fact.counts().escalations());
		case FCR -> fact.resolved() ? Optional.of(fact.firstContactResolution()) : Optional.empty();
		case TOPIC -> fact.topic();
		case STAGE -> fact.stage().map(WireValue::wire);
		case OUTCOME -> fact.outcome();
		case CUSTOMER -> Optional.of(fact.customerKey());
		case CSAT -> score(fact, SurveyKind.CSAT);
		case NPS -> score(fact, SurveyKind.NPS);
		case CES -> score(fact, SurveyKind.CES);
		case CSI -> score(fact, SurveyKind.CSI);
		case SURVEYS_SENT -> Optional.of(fact.surveysSent().values().stream().mapToLong(Integer::longValue).sum());
		case QA -> fact.qa().map(qa -> qa.score());
		case QA_REVIEWER -> fact.qa().map(qa -> qa.reviewer());
		};
	}

	private static Optional<Double> score(ConversationFact fact, SurveyKind kind) {
		return Optional.ofNullable(fact.surveys().get(kind)).map(SurveyScore::score);
	}
}
