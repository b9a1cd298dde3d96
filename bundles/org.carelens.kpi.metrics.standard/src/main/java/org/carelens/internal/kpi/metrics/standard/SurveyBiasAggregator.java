package org.carelens.internal.kpi.metrics.standard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.SurveyKind;
import org.carelens.kpi.api.Aggregator;
import org.carelens.kpi.api.FactRow;
import org.carelens.kpi.api.MetricValue;
import org.carelens.kpi.api.Statistics;

/**
 * Responders against non-responders among the surveyed conversations: counts, first-contact resolutions, and the
 * resolution times of those resolved, per side.
 */
final class SurveyBiasAggregator implements Aggregator {

	private static final SurveyKind[] KINDS = SurveyKind.values();

	/** Index 0: non-responders, 1: responders. */
	private final long[] conversations = new long[2];
	private final long[] fcr = new long[2];
	private final long[] resolved = new long[2];
	private final double[] resolutionSeconds = new double[2];

	/** @return whether a survey of any kind was delivered for the row's conversation (an answer counts as one) */
	static boolean surveyed(FactRow row) {
		for (SurveyKind kind : KINDS) {
			if (row.surveysSent(kind) > 0 || !Double.isNaN(row.surveyScore(kind))) {
				return true;
			}
		}
		return false;
	}

	/** @return whether the row's customer answered a survey of any kind */
	static boolean answered(FactRow row) {
		for (SurveyKind kind : KINDS) {
			if (!Double.isNaN(row.surveyScore(kind))) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void accumulate(FactRow row, int attribution) {
		if (!surveyed(row)) {
			return;
		}
		int side = answered(row) ? 1 : 0;
		conversations[side]++;
		if (row.firstContactResolution()) {
			fcr[side]++;
		}
		long resolution = row.resolutionSeconds();
		if (resolution != FactRow.NONE) {
			resolved[side]++;
			resolutionSeconds[side] += resolution;
		}
	}

	@Override
	public void merge(Aggregator other) {
		SurveyBiasAggregator o = (SurveyBiasAggregator) other;
		for (int side = 0; side < 2; side++) {
			conversations[side] += o.conversations[side];
			fcr[side] += o.fcr[side];
			resolved[side] += o.resolved[side];
			resolutionSeconds[side] += o.resolutionSeconds[side];
		}
	}

	@Override
	public Optional<MetricValue> result() {
		if (conversations[0] == 0 || conversations[1] == 0) {
			return Optional.empty(); // nobody to compare the answers with
		}
		double fcrResponders = (double) fcr[1] / conversations[1];
		double fcrNonResponders = (double) fcr[0] / conversations[0];
		double gap = fcrResponders - fcrNonResponders;
		Map<String, Object> fields = new LinkedHashMap<>();
		long surveyed = conversations[0] + conversations[1];
		fields.put("n", surveyed);
		fields.put("responders", conversations[1]);
		fields.put("non_responders", conversations[0]);
		fields.put("response_rate", (double) conversations[1] / surveyed);
		fields.put("fcr_responders", fcrResponders);
		fields.put("fcr_non_responders", fcrNonResponders);
		fields.put("fcr_gap", gap);
		if (resolved[0] > 0 && resolved[1] > 0) {
			double responders = resolutionSeconds[1] / resolved[1];
			double nonResponders = resolutionSeconds[0] / resolved[0];
			fields.put("resolution_responders", responders);
			fields.put("resolution_non_responders", nonResponders);
			fields.put("resolution_gap", responders - nonResponders);
		}
		fields.put("low_sample",
				conversations[0] < Statistics.LOW_SAMPLE || conversations[1] < Statistics.LOW_SAMPLE);
		fields.put("value", Math.abs(gap));
		return Optional.of(new MetricValue(Math.abs(gap), fields));
	}
}
