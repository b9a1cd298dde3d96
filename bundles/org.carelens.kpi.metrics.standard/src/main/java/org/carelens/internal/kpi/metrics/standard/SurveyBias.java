package org.carelens.internal.kpi.metrics.standard;

import java.util.Optional;

import org.carelens.core.api.targets.TargetDirection;
import org.carelens.kpi.api.Aggregator;
import org.carelens.kpi.api.Membership;
import org.carelens.kpi.api.Metric;
import org.carelens.kpi.api.MetricContext;
import org.carelens.kpi.api.MetricKind;
import org.carelens.kpi.api.MetricProperties;
import org.carelens.kpi.api.MetricUnit;
import org.osgi.service.component.annotations.Component;

/**
 * The bias indicator of METRICS.md (seed 004): how far the surveyed customers who answered differ from those who
 * did not, on first-contact resolution and resolution time, so that a supervisor can tell whether a score is
 * carried by an unrepresentative group.
 */
@Component(service = Metric.class)
@MetricProperties(id = "survey_bias", labelKey = "metric.survey_bias", unit = MetricUnit.RATIO,
		direction = TargetDirection.LOWER_IS_BETTER, kind = MetricKind.SATISFACTION)
public final class SurveyBias extends StandardMetric {

	public SurveyBias() {
		super("Over the conversations a survey was delivered for (of any kind): the value is the gap, as a share, "
				+ "between the first-contact resolution of those whose customer answered and of those whose customer "
				+ "did not; fields give both shares and the signed gap (fcr_gap), the mean resolution time of each "
				+ "side and its gap in seconds (resolution_gap), the response rate, and low_sample when either side "
				+ "has fewer than 30 conversations. Attributed to the creation period; no value unless both sides "
				+ "have a conversation. A large gap says the answers come from customers whose contacts went "
				+ "differently from the rest.");
	}

	@Override
	public Aggregator newAggregator(MetricContext context) {
		return new SurveyBiasAggregator();
	}

	/**
	 * The surveyed conversations, the responders among them as the numerator. There are {@code n} of them when the
	 * group has a value; a group of responders only has none (nobody to compare them with) but its list is still
	 * worth reading, so no sample field is claimed.
	 */
	@Override
	public Optional<Membership> membership(MetricContext context) {
		return Optional.of(new Members.Tests(row -> SurveyBiasAggregator.surveyed(row) ? 1 : 0,
				row -> SurveyBiasAggregator.answered(row) ? 1 : 0, Optional.empty()));
	}
}
