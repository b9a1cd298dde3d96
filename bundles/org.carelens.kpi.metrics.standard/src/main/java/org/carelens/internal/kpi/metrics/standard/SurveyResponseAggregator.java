package org.carelens.internal.kpi.metrics.standard;

import java.util.Optional;

import org.carelens.core.api.SurveyKind;
import org.carelens.kpi.api.Aggregator;
import org.carelens.kpi.api.FactRow;
import org.carelens.kpi.api.MetricValue;

/**
 * Responses over deliveries, over every kind of survey. The facts keep a conversation's latest answer per kind, so
 * a conversation answers at most once per kind.
 */
final class SurveyResponseAggregator implements Aggregator {

	private static final SurveyKind[] KINDS = SurveyKind.values();

	private long responses;
	private long delivered;

	@Override
	public void accumulate(FactRow row, int attribution) {
		responses += responses(row);
		delivered += delivered(row);
	}

	/** @return the kinds of survey the row answered */
	static int responses(FactRow row) {
		int answered = 0;
		for (SurveyKind kind : KINDS) {
			answered += Double.isNaN(row.surveyScore(kind)) ? 0 : 1;
		}
		return answered;
	}

	/** @return the surveys delivered to the row; an answered one counts as delivered */
	static int delivered(FactRow row) {
		int delivered = 0;
		for (SurveyKind kind : KINDS) {
			delivered += Math.max(row.surveysSent(kind), Double.isNaN(row.surveyScore(kind)) ? 0 : 1);
		}
		return delivered;
	}

	@Override
	public void merge(Aggregator other) {
		SurveyResponseAggregator o = (SurveyResponseAggregator) other;
		responses += o.responses;
		delivered += o.delivered;
	}

	@Override
	public Optional<MetricValue> result() {
		return MetricValue.rate(responses, delivered);
	}
}
