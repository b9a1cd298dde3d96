package org.carelens.internal.kpi.metrics.standard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.SurveyKind;
import org.carelens.kpi.api.Aggregator;
import org.carelens.kpi.api.FactRow;
import org.carelens.kpi.api.Membership;
import org.carelens.kpi.api.MetricValue;
import org.carelens.kpi.api.Statistics;

/**
 * The satisfaction scores of METRICS.md from each conversation's latest answer, with their 95% confidence
 * intervals and the low-sample flag; and the QA score.
 */
final class ScoreAggregator implements Aggregator {

	/** What is computed from the answers. */
	enum Mode {
		/** Share of 4 and 5 on 1..5 (Wilson interval), and the mean. */
		CSAT,
		/** % promoters (9, 10) - % detractors (0..6) on 0..10. */
		NPS,
		/** Mean on 1..7 (normal interval), and the share agreeing (5..7). */
		CES,
		/** Mean index 0..100 (normal interval). */
		CSI,
		/** Mean QA review score 0..100 (normal interval); not a survey, so no low-sample flag. */
		QA
	}

	private final Mode mode;
	private final ScoreStats stats = new ScoreStats();

	ScoreAggregator(Mode mode) {
		this.mode = mode;
	}

	private static double score(Mode mode, FactRow row) {
		return switch (mode) {
		case CSAT -> row.surveyScore(SurveyKind.CSAT);
		case NPS -> row.surveyScore(SurveyKind.NPS);
		case CES -> row.surveyScore(SurveyKind.CES);
		case CSI -> row.surveyScore(SurveyKind.CSI);
		case QA -> row.qaScore();
		};
	}

	/** @return whether a score is high: satisfied (4-5), promoter (9-10), agreeing (5-7); never for CSI and QA */
	private static boolean high(Mode mode, double score) {
		return switch (mode) {
		case CSAT -> score >= 4;
		case NPS -> score >= 9;
		case CES -> score >= 5;
		default -> false;
		};
	}

	/** @return the answered rows, the high scores (satisfied, promoters, agreeing) as numerator; adds up to n */
	static Membership membership(Mode mode) {
		return new Members.Tests(row -> Double.isNaN(score(mode, row)) ? 0 : 1, row -> {
			double score = score(mode, row);
			return !Double.isNaN(score) && high(mode, score) ? 1 : 0;
		}, Optional.of("n"));
	}

	@Override
	public void accumulate(FactRow row, int attribution) {
		double score = score(mode, row);
		if (Double.isNaN(score)) {
			return;
		}
		stats.add(score, high(mode, score), mode == Mode.NPS && score <= 6);
	}

	@Override
	public void merge(Aggregator other) {
		stats.add(((ScoreAggregator) other).stats);
	}

	@Override
	public Optional<MetricValue> result() {
		long n = stats.n;
		if (n == 0) {
			return Optional.empty();
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("n", n);
		double value;
		double[] mean = Statistics.mean(stats.sum, stats.sumOfSquares, n);
		switch (mode) {
		case CSAT -> {
			value = (double) stats.high / n;
			double[] ci = Statistics.wilson(stats.high, n);
			fields.put("value", value);
			fields.put("mean", mean[0]);
			fields.put("ci_low", ci[0]);
			fields.put("ci_high", ci[1]);
		}
		case NPS -> {
			double[] nps = Statistics.nps(stats.high, stats.low, n);
			value = nps[0];
			fields.put("value", value);
			fields.put("ci_low", nps[1]);
			fields.put("ci_high", nps[2]);
			fields.put("promoters", stats.high);
			fields.put("detractors", stats.low);
		}
		case CES -> {
			value = mean[0];
			fields.put("value", value);
			fields.put("agree", (double) stats.high / n);
			fields.put("ci_low", mean[1]);
			fields.put("ci_high", mean[2]);
		}
		default -> {
			value = mean[0];
			fields.put("value", value);
			fields.put("ci_low", mean[1]);
			fields.put("ci_high", mean[2]);
		}
		}
		if (mode != Mode.QA) {
			fields.put("low_sample", n < Statistics.LOW_SAMPLE);
		}
		return Optional.of(new MetricValue(value, fields));
	}
}
