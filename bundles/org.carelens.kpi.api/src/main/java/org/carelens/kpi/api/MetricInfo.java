package org.carelens.kpi.api;

import java.util.Objects;
import java.util.regex.Pattern;

import org.carelens.core.api.targets.TargetDirection;

/**
 * What a metric is, as its service properties say: id, label key, unit, direction and family.
 */
public record MetricInfo(String id, String labelKey, MetricUnit unit, TargetDirection direction, MetricKind kind) {

	private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

	public MetricInfo {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(labelKey, "labelKey");
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(direction, "direction");
		Objects.requireNonNull(kind, "kind");
		if (!ID.matcher(id).matches()) {
			throw new IllegalArgumentException("a metric id is lower case letters, digits and '_': \"" + id + "\"");
		}
	}

	/** @return the info that the annotation of a metric class declares */
	public static MetricInfo of(MetricProperties properties) {
		return new MetricInfo(properties.id(), properties.labelKey(), properties.unit(), properties.direction(),
				properties.kind());
	}
}
