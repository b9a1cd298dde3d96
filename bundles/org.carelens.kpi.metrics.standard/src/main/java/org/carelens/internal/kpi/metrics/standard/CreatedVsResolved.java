package org.carelens.internal.kpi.metrics.standard;

import java.util.List;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.targets.TargetDirection;
import org.carelens.kpi.api.Aggregator;
import org.carelens.kpi.api.Attribution;
import org.carelens.kpi.api.FactRow;
import org.carelens.kpi.api.Membership;
import org.carelens.kpi.api.Metric;
import org.carelens.kpi.api.MetricContext;
import org.carelens.kpi.api.MetricKind;
import org.carelens.kpi.api.MetricProperties;
import org.carelens.kpi.api.MetricUnit;
import org.osgi.service.component.annotations.Component;

/**
 * Created vs resolved: conversations created and resolved in the period, their ratio, and those of the created still open.
 */
@Component(service = Metric.class)
@MetricProperties(id = "created_vs_resolved", labelKey = "metric.created_vs_resolved", unit = MetricUnit.RATIO,
		direction = TargetDirection.HIGHER_IS_BETTER, kind = MetricKind.EFFECTIVENESS)
public final class CreatedVsResolved extends StandardMetric {

	public CreatedVsResolved() {
		super("created = conversations created in the period; resolved = conversations whose latest resolution"
				+ " falls in the period (resolved now); value = resolved / created (target: at least 1, resolved >="
				+ " created); open = of the created, those open at the report instant. No value when nothing was created"
				+ " in the period.");
	}

	@Override
	public List<Attribution> attributions() {
		return List.of(Attribution.OPENED, Attribution.RESOLVED);
	}

	@Override
	public Aggregator newAggregator(MetricContext context) {
		return new CreatedResolvedAggregator();
	}

	@Override
	public Optional<Membership> membership(MetricContext context) {
		// created in the range make the sample, resolved in the range the numerator, each by its own instant
		return Optional.of(new Membership() {
			@Override
			public int sample(FactRow row, int attribution) {
				return attribution == 0 ? 1 : 0;
			}

			@Override
			public int numerator(FactRow row, int attribution) {
				return attribution == 1 ? 1 : 0;
			}

			@Override
			public Optional<String> sampleField() {
				return Optional.of("created");
			}
		});
	}

	@Override
	public Optional<Double> defaultTarget(Optional<ChannelKind> channel) {
		return Optional.of(1.0);
	}
}
