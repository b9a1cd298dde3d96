package org.carelens.internal.kpi.metrics.standard;

import java.util.Optional;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.targets.TargetDirection;
import org.carelens.kpi.api.Aggregator;
import org.carelens.kpi.api.FactRow;
import org.carelens.kpi.api.Membership;
import org.carelens.kpi.api.Metric;
import org.carelens.kpi.api.MetricContext;
import org.carelens.kpi.api.MetricKind;
import org.carelens.kpi.api.MetricProperties;
import org.carelens.kpi.api.MetricUnit;
import org.osgi.service.component.annotations.Component;

/**
 * Overdue: open conversations past a due time of their SLA policy at the report instant.
 */
@Component(service = Metric.class)
@MetricProperties(id = "overdue", labelKey = "metric.overdue", unit = MetricUnit.COUNT,
		direction = TargetDirection.LOWER_IS_BETTER, kind = MetricKind.EFFECTIVENESS)
public final class Overdue extends StandardMetric {

	public Overdue() {
		super("Conversations open at the report instant whose first-response or resolution target of their SLA"
				+ " policy is still pending and past its due time. A count: 0 is a value. Attributed to the creation"
				+ " period.");
	}

	@Override
	public Aggregator newAggregator(MetricContext context) {
		return new CountAggregator(overdue(context.atSecond()));
	}

	@Override
	public Optional<Membership> membership(MetricContext context) {
		return Optional.of(Members.count(overdue(context.atSecond())));
	}

	private static RowTest overdue(long at) {
		return row -> !row.resolved()
				&& (row.slaFirstResponse() == FactRow.SLA_PENDING && at > row.slaFirstResponseDue()
						|| row.slaResolution() == FactRow.SLA_PENDING && at > row.slaResolutionDue());
	}

	@Override
	public Optional<Double> defaultTarget(Optional<ChannelKind> channel) {
		return Optional.of(0.0);
	}
}
