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
 * QA score: mean weighted scorecard result (0..100) of supervisor reviews.
 */
@Component(service = Metric.class)
@MetricProperties(id = "qa_score", labelKey = "metric.qa_score", unit = MetricUnit.SCORE,
		direction = TargetDirection.HIGHER_IS_BETTER, kind = MetricKind.SATISFACTION)
public final class QaScore extends StandardMetric {

	public QaScore() {
		super("Mean of each reviewed conversation's latest QA review result, 0-100, where a failed critical item"
				+ " makes the review 0; with a normal 95% interval. Attributed to the period of the latest review; no"
				+ " value without reviews.");
	}

	@Override
	public List<Attribution> attributions() {
		return List.of(Attribution.REVIEWED);
	}

	@Override
	public Aggregator newAggregator(MetricContext context) {
		return new ScoreAggregator(ScoreAggregator.Mode.QA);
	}

	@Override
	public Optional<Membership> membership(MetricContext context) {
		return Optional.of(ScoreAggregator.membership(ScoreAggregator.Mode.QA));
	}
}
