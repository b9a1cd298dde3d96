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
 * Survey response rate: responses over surveys delivered.
 */
@Component(service = Metric.class)
@MetricProperties(id = "survey_response_rate", labelKey = "metric.survey_response_rate", unit = MetricUnit.RATIO,
		direction = TargetDirection.HIGHER_IS_BETTER, kind = MetricKind.SATISFACTION)
public final class SurveyResponseRate extends StandardMetric {

	public SurveyResponseRate() {
		super("Survey responses / surveys delivered (survey.sent), over every kind of survey; a response to a"
				+ " survey whose delivery was not recorded counts as delivered too. Per channel and segment through the"
				+ " grouping. Attributed to the creation period; no value when no survey was delivered.");
	}

	@Override
	public Aggregator newAggregator(MetricContext context) {
		return new SurveyResponseAggregator();
	}

	@Override
	public Optional<Membership> membership(MetricContext context) {
		return Optional.of(new Members.Tests(SurveyResponseAggregator::delivered, SurveyResponseAggregator::responses,
				Optional.of("den")));
	}
}
