package org.carelens.internal.kpi.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.targets.TargetDirection;
import org.carelens.kpi.api.Aggregator;
import org.carelens.kpi.api.Attribution;
import org.carelens.kpi.api.Metric;
import org.carelens.kpi.api.MetricContext;
import org.carelens.kpi.api.MetricInfo;
import org.carelens.kpi.api.MetricKind;
import org.carelens.kpi.api.MetricUnit;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;

class MetricRegistryTest {

	private record Named(String id) implements Metric {
		@Override
		public MetricInfo info() {
			return new MetricInfo(id, "metric." + id, MetricUnit.COUNT, TargetDirection.HIGHER_IS_BETTER,
					MetricKind.OTHER);
		}

		@Override
		public String definition() {
			return "test";
		}

		@Override
		public List<Attribution> attributions() {
			return List.of(Attribution.OPENED);
		}

		@Override
		public Aggregator newAggregator(MetricContext context) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Optional<Double> defaultTarget(Optional<ChannelKind> channel) {
			return Optional.empty();
		}
	}

	private static Map<String, Object> properties(long serviceId, String id) {
		return Map.of(Constants.SERVICE_ID, serviceId, Metric.ID, id, "component.name", "bundle" + serviceId);
	}

	@Test
	void aSecondMetricWithATakenIdIsRejectedLoudlyAndTakesOverWhenTheFirstGoes() {
		MetricRegistry registry = new MetricRegistry();
		Named first = new Named("csat");
		Named second = new Named("csat");
		registry.addMetric(first, properties(1, "csat"));
		registry.addMetric(second, properties(2, "csat"));
		registry.addMetric(new Named("nps"), properties(3, "nps"));
		assertEquals(List.of(first, new Named("nps")), registry.metrics());
		assertEquals(1, registry.problems().size());
		assertTrue(registry.problems().get(0).contains("duplicate metric id 'csat'"), registry.problems().get(0));
		registry.removeMetric(first, properties(1, "csat"));
		assertEquals(2, registry.metrics().size());
		assertTrue(registry.metrics().get(0) == second);
	}

	@Test
	void aMetricWhosePropertiesDisagreeWithItsInfoIsRejected() {
		MetricRegistry registry = new MetricRegistry();
		registry.addMetric(new Named("nps"), properties(1, "csat"));
		assertEquals(List.of(), registry.metrics());
		assertTrue(registry.problems().get(0).contains("says it is 'nps'"), registry.problems().get(0));
	}
}
