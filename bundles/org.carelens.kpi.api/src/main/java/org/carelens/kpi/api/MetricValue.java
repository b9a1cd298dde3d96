package org.carelens.kpi.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of one metric for one group: the headline {@link #value()} that is compared with the target, and the
 * named fields of the report output in their order ({@code num}, {@code den}, {@code value}; or {@code n},
 * {@code mean}, {@code median}, {@code p90}; ...). Field values are {@link Long}, {@link Double} or {@link Boolean}.
 */
public record MetricValue(double value, Map<String, Object> fields) {

	public MetricValue {
		if (Double.isNaN(value)) {
			throw new IllegalArgumentException("a metric value is a number; no value is Optional.empty()");
		}
		fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
		for (Map.Entry<String, Object> field : fields.entrySet()) {
			Object v = Objects.requireNonNull(field.getValue(), field.getKey());
			if (!(v instanceof Long || v instanceof Double || v instanceof Boolean)) {
				throw new IllegalArgumentException("field " + field.getKey() + " is a " + v.getClass().getSimpleName()
						+ "; fields are Long, Double or Boolean");
			}
		}
	}

	/** @return num/den with its numerator and denominator; empty when the denominator is 0 */
	public static Optional<MetricValue> rate(long num, long den) {
		if (den == 0) {
			return Optional.empty();
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("num", num);
		fields.put("den", den);
		double value = (double) num / den;
		fields.put("value", value);
		return Optional.of(new MetricValue(value, fields));
	}

	/** @return the count of things, a value even when 0 */
	public static MetricValue count(long count) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("value", count);
		return new MetricValue(count, fields);
	}

	/** @return n, mean, median and p90 of durations, the mean as headline; empty when there is none */
	public static Optional<MetricValue> durations(IntSamples samples) {
		if (samples.size() == 0) {
			return Optional.empty();
		}
		double[] q = samples.quantiles(0.5, 0.9);
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("n", (long) samples.size());
		double mean = samples.mean();
		fields.put("mean", mean);
		fields.put("median", q[0]);
		fields.put("p90", q[1]);
		return Optional.of(new MetricValue(mean, fields));
	}

	/** @return this value with one more field, after the others */
	public MetricValue with(String name, Object fieldValue) {
		Map<String, Object> more = new LinkedHashMap<>(fields);
		more.put(name, fieldValue);
		return new MetricValue(value, more);
	}

	/** @return a field as a number, if present */
	public Optional<Double> number(String name) {
		return fields.get(name) instanceof Number n ? Optional.of(n.doubleValue()) : Optional.empty();
	}
}
