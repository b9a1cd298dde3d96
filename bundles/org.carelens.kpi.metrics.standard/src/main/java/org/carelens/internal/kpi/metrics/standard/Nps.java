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
 * NPS: % promoters (9-10) minus % detractors (0-6) on the 0..10 question.
 */
@Component(service = Metric.class)
@MetricProperties(id = "nps", labelKey = "metric.nps", unit = MetricUnit.NPS_POINTS,
		direction = TargetDirection.HIGHER_IS_BETTER, kind = MetricKind.SATISFACTION)
public final class Nps extends StandardMetric {

	public Nps() {
		super("% promoters (9-10) - % detractors (0-6) among the latest answers to the 0-10 \"would you recommend"
				+ " us\" question, -100..100, with the interval NPS +/- 1.96 x 100 x sqrt(((p+d) - (p-d)^2)/n) (p, d the"
				+ " promoter and detractor shares). Flagged low_sample under 30 responses. Attributed to the period of"
				+ " the latest survey response; no value without responses.");
	}

	@Override
	public List<Attribution> attributions() {
		return List.of(Attribution.RATED);
	}

	@Override
	public Aggregator newAggregator(MetricContext context) {
		return new ScoreAggregator(ScoreAggregator.Mode.NPS);
	}

	@Override
	public Optional<Membership> membership(MetricContext context) {
		return Optional.of(ScoreAggregator.membership(ScoreAggregator.Mode.NPS));
	}
}
