package org.carelens.kpi.api;

import java.util.List;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;

/**
 * A KPI, registered as an OSGi service with {@link MetricProperties} so that its id, label, unit, direction and kind
 * are readable without activating it:
 *
 * <pre>
 * &#64;Component(service = Metric.class)
 * &#64;MetricProperties(id = "first_response_time", labelKey = "metric.first_response_time", unit = MetricUnit.SECONDS,
 * 		direction = TargetDirection.LOWER_IS_BETTER, kind = MetricKind.SPEED)
 * public final class FirstResponseTime implements Metric { ... }
 * </pre>
 *
 * Ids are unique: a registry rejects a second metric with an id already taken. The metric's own {@link #info()}
 * must say what its properties say (the contract tests check it).
 */
public interface Metric {

	/** Service property: the id, lower case with underscores, as in METRICS.md and the report output. */
	String ID = "carelens.metric.id";
	/** Service property: the key of the label in the metric bundle's messages. */
	String LABEL_KEY = "carelens.metric.labelKey";
	/** Service property: the {@link MetricUnit} name. */
	String UNIT = "carelens.metric.unit";
	/** Service property: the {@link org.carelens.core.api.targets.TargetDirection} name. */
	String DIRECTION = "carelens.metric.direction";
	/** Service property: the {@link MetricKind} name. */
	String KIND = "carelens.metric.kind";

	MetricInfo info();

	/** @return a definition for people, in English, saying how the value is computed and when it has none */
	String definition();

	/**
	 * @return the instants that attribute a conversation to a period; most metrics have one, a metric such as
	 *         "created vs resolved" has one per thing it counts
	 */
	List<Attribution> attributions();

	/** @return an empty aggregator for one group */
	Aggregator newAggregator(MetricContext context);

	/**
	 * @param channel the channel kind of the group, when the report is grouped by channel
	 * @return the default target of METRICS.md, in the metric's unit, when it names one
	 */
	Optional<Double> defaultTarget(Optional<ChannelKind> channel);

	/**
	 * Says which conversations stand behind the metric's value, for a drill-down. A metric that does not override it
	 * still computes; its drill-down says that the list is not available.
	 *
	 * @param context as for {@link #newAggregator(MetricContext)}
	 * @return how each row counts in the value of a group computed with {@code context}
	 */
	default Optional<Membership> membership(MetricContext context) {
		return Optional.empty();
	}
}
