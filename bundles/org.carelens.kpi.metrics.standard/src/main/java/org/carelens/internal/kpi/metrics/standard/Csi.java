package org.carelens.internal.kpi.metrics.standard;

import java.util.List;
import java.util.Optional;

import org.carelens.core.api.targets.TargetDirection;
import org.carelens.kpi.api.Aggregator;
import org.carelens.kpi.api.Attribution;
import org.carelens.kpi.api.Membership;
import org.carelens.kpi.api.Metric;
import org.carelens.kpi.api.MetricContext;
import org.carelens.kpi.api.MetricKind;
import org.carelens.kpi.api.MetricProperties;
import org.carelens.kpi.api.MetricUnit;
import org.osgi.service.component.annotations.Component;

/**
 * CSI: mean customer satisfaction index 0..100.
 */
@Component(service = Metric.class)
@MetricProperties(id = "csi", labelKey = "metric.csi", unit = MetricUnit.SCORE,
		direction = TargetDirection.HIGHER_IS_BETTER, kind = MetricKind.SATISFACTION)
public final class Csi extends StandardMetric {

	public Csi() {
		super("Mean of the latest CSI answers, each a weighted index 0-100 over the rated attributes of the survey"
				+ " (weights configured per survey, applied when the answer is given), with a normal 95% interval."
				+ " Flagged low_sample under 30 responses. Attributed to the period of the latest survey response; no"
				+ " value without responses.");
	}

	@Override
	public List<Attribution> attributions() {
		return List.of(Attribution.RATED);
	}

	@Override
	public Aggregator newAggregator(MetricContext context) {
		return new ScoreAggregator(ScoreAggregator.Mode.CSI);
	}

	@Override
	public Optional<Membership> membership(MetricContext context) {
		return Optional.of(ScoreAggregator.membership(ScoreAggregator.Mode.CSI));
	}
}
