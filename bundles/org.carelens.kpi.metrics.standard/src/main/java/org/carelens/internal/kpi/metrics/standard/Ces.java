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
 * CES: mean Customer Effort Score on 1..7 (7 = very easy), and the share agreeing (5-7).
 */
@Component(service = Metric.class)
@MetricProperties(id = "ces", labelKey = "metric.ces", unit = MetricUnit.SCORE,
		direction = TargetDirection.HIGHER_IS_BETTER, kind = MetricKind.SATISFACTION)
public final class Ces extends StandardMetric {

	public Ces() {
		super("value = mean of the latest answers on the 1-7 scale (7 = very easy) with a normal 95% interval (mean"
				+ " +/- 1.96 s/sqrt(n)); agree = share scoring 5-7. Flagged low_sample under 30 responses. Attributed to"
				+ " the period of the latest survey response; no value without responses.");
	}

	@Override
	public List<Attribution> attributions() {
		return List.of(Attribution.RATED);
	}

	@Override
	public Aggregator newAggregator(MetricContext context) {
		return new ScoreAggregator(ScoreAggregator.Mode.CES);
	}

	@Override
	public Optional<Membership> membership(MetricContext context) {
		return Optional.of(ScoreAggregator.membership(ScoreAggregator.Mode.CES));
	}
}
