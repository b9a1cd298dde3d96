package org.carelens.internal.kpi.metrics.standard;

import java.util.List;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;
import org.carelens.kpi.api.Attribution;
import org.carelens.kpi.api.Metric;
import org.carelens.kpi.api.MetricInfo;
import org.carelens.kpi.api.MetricProperties;

/**
 * What the standard metrics share: the info read from the class's {@link MetricProperties}, so that the service
 * properties and {@link #info()} cannot disagree, and attribution to the creation period unless said otherwise.
 */
abstract class StandardMetric implements Metric {

	private final MetricInfo info;
	private final String definition;

	protected StandardMetric(String definition) {
		MetricProperties properties = getClass().getAnnotation(MetricProperties.class);
		if (properties == null) {
			throw new IllegalStateException(getClass().getName() + " lacks @MetricProperties");
		}
		this.info = MetricInfo.of(properties);
		this.definition = definition;
	}

	@Override
	public final MetricInfo info() {
		return info;
	}

	@Override
	public final String definition() {
		return definition;
	}

	@Override
	public List<Attribution> attributions() {
		return List.of(Attribution.OPENED);
	}

	@Override
	public Optional<Double> defaultTarget(Optional<ChannelKind> channel) {
		return Optional.empty();
	}

	@Override
	public String toString() {
		return info.id();
	}
}
