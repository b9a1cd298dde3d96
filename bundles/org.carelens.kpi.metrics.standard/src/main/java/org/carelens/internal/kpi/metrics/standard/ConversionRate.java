package org.carelens.internal.kpi.metrics.standard;

import java.util.Optional;

import org.carelens.core.api.targets.TargetDirection;
import org.carelens.kpi.api.Aggregator;
import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.FactRow;
import org.carelens.kpi.api.Membership;
import org.carelens.kpi.api.Metric;
import org.carelens.kpi.api.MetricContext;
import org.carelens.kpi.api.MetricKind;
import org.carelens.kpi.api.MetricProperties;
import org.carelens.kpi.api.MetricUnit;
import org.osgi.service.component.annotations.Component;

/**
 * Conversion rate: pre-sale conversations with outcome converted, over pre-sale conversations.
 */
@Component(service = Metric.class)
@MetricProperties(id = "conversion_rate", labelKey = "metric.conversion_rate", unit = MetricUnit.RATIO,
		direction = TargetDirection.HIGHER_IS_BETTER, kind = MetricKind.LOYALTY_VALUE)
public final class ConversionRate extends StandardMetric {

	public ConversionRate() {
		super("Conversations whose latest stage is pre_sale and latest outcome is converted / conversations whose"
				+ " latest stage is pre_sale. Attributed to the creation period; no value without pre-sale"
				+ " conversations.");
	}

	@Override
	public Aggregator newAggregator(MetricContext context) {
		int preSale = context.rows().idOf(Dimension.STAGE, "pre_sale");
		int converted = context.rows().outcomeId("converted");
		return new RateAggregator(row -> preSale != FactRow.NO_ID && row.dimension(Dimension.STAGE) == preSale, row -> converted != FactRow.NO_ID && row.outcome() == converted);
	}

	@Override
	public Optional<Membership> membership(MetricContext context) {
		int preSale = context.rows().idOf(Dimension.STAGE, "pre_sale");
		int converted = context.rows().outcomeId("converted");
		return Optional.of(Members.rate(row -> preSale != FactRow.NO_ID && row.dimension(Dimension.STAGE) == preSale, row -> converted != FactRow.NO_ID && row.outcome() == converted));
	}
}
