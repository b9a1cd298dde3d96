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
 * CSAT: share of survey responses scoring 4 or 5 on 1..5, with the mean score.
 */
@Component(service = Metric.class)
@MetricProperties(id = "csat", labelKey = "metric.csat", unit = MetricUnit.RATIO,
		direction = TargetDirection.HIGHER_IS_BETTER, kind = MetricKind.SATISFACTION)
public final class Csat extends StandardMetric {

	public Csat() {
		super("value = share of responses scoring 4 or 5 on the 1-5 scale, with its 95% Wilson score interval"
				+ " (ci_low, ci_high); mean = mean score. A conversation counts with its latest CSAT response, credited"
				+ " to the agent who owned it when it was rated. Flagged low_sample under 30 responses. Attributed to"
				+ " the period of the latest survey response; no value without responses.");
	}

	@Override
	public List<Attribution> attributions() {
		return List.of(Attribution.RATED);
	}

	@Override
	public Aggregator newAggregator(MetricContext context) {
		return new ScoreAggregator(ScoreAggregator.Mode.CSAT);
	}

	@Override
	public Optional<Membership> membership(MetricContext context) {
		return Optional.of(ScoreAggregator.membership(ScoreAggregator.Mode.CSAT));
	}
}
