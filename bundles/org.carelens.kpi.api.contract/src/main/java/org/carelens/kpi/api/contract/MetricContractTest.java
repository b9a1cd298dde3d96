package org.carelens.kpi.api.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.carelens.kpi.api.Aggregator;
import org.carelens.kpi.api.Attribution;
import org.carelens.kpi.api.CustomerActivity;
import org.carelens.kpi.api.FactCursor;
import org.carelens.kpi.api.FactRow;
import org.carelens.kpi.api.Membership;
import org.carelens.kpi.api.Metric;
import org.carelens.kpi.api.MetricContext;
import org.carelens.kpi.api.MetricInfo;
import org.carelens.kpi.api.MetricProperties;
import org.carelens.kpi.api.MetricUnit;
import org.carelens.kpi.api.MetricValue;
import org.carelens.kpi.api.RowSet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The behaviour every {@link Metric} must have; a metric pack's test extends it, names its metrics, and gives rows
 * to aggregate (varied enough that every metric has a value over them).
 * <p>
 * Each test runs for every metric of the pack, as one dynamic test per metric.
 */
public abstract class MetricContractTest {

	/** Relative tolerance when a merged result is compared with a one-pass one: sums may round differently. */
	private static final double TOLERANCE = 1e-9;

	/** @return the metrics under test */
	protected abstract List<Metric> metrics();

	/** @return rows over which every metric has a value */
	protected abstract RowSet rows();

	/** @return the context aggregators run with over {@link #rows()} */
	protected abstract MetricContext context();

	private Stream<DynamicTest> forEach(String what, MetricCheck check) {
		return metrics().stream().map(m -> DynamicTest.dynamicTest(what + ": " + m.info().id(), () -> check.run(m)));
	}

	@FunctionalInterface
	private interface MetricCheck {
		void run(Metric metric) throws Exception;
	}

	@Test
	public void metricIdsAreUnique() {
		List<String> ids = metrics().stream().map(m -> m.info().id()).toList();
		assertEquals(ids.size(), ids.stream().distinct().count(), "duplicate ids in " + ids);
	}

	@Test
	public void propertyNamesAreThoseOfTheMetricInterface() {
		assertEquals(Metric.ID, MetricProperties.PREFIX_ + "id");
		assertEquals(Metric.LABEL_KEY, MetricProperties.PREFIX_ + "labelKey");
		assertEquals(Metric.UNIT, MetricProperties.PREFIX_ + "unit");
		assertEquals(Metric.DIRECTION, MetricProperties.PREFIX_ + "direction");
		assertEquals(Metric.KIND, MetricProperties.PREFIX_ + "kind");
	}

	@TestFactory
	public Stream<DynamicTest> propertiesAreReadableAndAgreeWithInfo() {
		return forEach("properties", metric -> {
			MetricProperties properties = metric.getClass().getAnnotation(MetricProperties.class);
			assertNotNull(properties, metric.getClass().getName() + " has no @MetricProperties");
			assertEquals(MetricInfo.of(properties), metric.info());
		});
	}

	@TestFactory
	public Stream<DynamicTest> definitionAndAttributionsAreGiven() {
		return forEach("definition", metric -> {
			assertFalse(metric.definition().isBlank(), "no definition");
			assertFalse(metric.attributions().isEmpty(), "no attribution");
		});
	}

	@TestFactory
	public Stream<DynamicTest> emptyInputGivesNoValueNeverZero() {
		MetricContext base = context();
		MetricContext empty = new MetricContext(base.at(), base.periodStart(), base.periodEnd(), base.zone(),
				base.rows(), CustomerActivity.NONE, base.parameters());
		return forEach("empty", metric -> {
			Optional<MetricValue> result = metric.newAggregator(empty).result();
			if (metric.info().unit() == MetricUnit.COUNT) {
				assertEquals(0.0, result.map(MetricValue::value).orElse(0.0), "a count of nothing is 0");
			} else {
				assertEquals(Optional.empty(), result, "no input must give no value");
			}
		});
	}

	@TestFactory
	public Stream<DynamicTest> mergedPartsEqualOnePass() {
		return forEach("merge", metric -> {
			int size = rows().size();
			Optional<MetricValue> onePass = aggregate(metric, 0, size).result();
			for (int split : new int[] { 0, 1, size / 3, size / 2, size - 1, size }) {
				int at = Math.max(0, Math.min(size, split));
				Aggregator first = aggregate(metric, 0, at);
				first.merge(aggregate(metric, at, size));
				assertSame(onePass, first.result(), "split at row " + at + " merged first into last");
				Aggregator last = aggregate(metric, at, size);
				last.merge(aggregate(metric, 0, at));
				assertSame(onePass, last.result(), "split at row " + at + " merged last into first");
			}
		});
	}

	@TestFactory
	public Stream<DynamicTest> resultCanBeReadTwice() {
		return forEach("result twice", metric -> {
			Aggregator aggregator = aggregate(metric, 0, rows().size());
			assertSame(aggregator.result(), aggregator.result(), "second read");
		});
	}

	@TestFactory
	public Stream<DynamicTest> valuesAreFiniteNumbers() {
		return forEach("finite", metric -> {
			Optional<MetricValue> value = aggregate(metric, 0, rows().size()).result();
			if (value.isPresent()) {
				assertTrue(Double.isFinite(value.get().value()), "value " + value.get().value());
				value.get().fields().forEach((name, field) -> {
					if (field instanceof Double d) {
						assertTrue(Double.isFinite(d), name + " = " + d);
					}
				});
			}
		});
	}

	@TestFactory
	public Stream<DynamicTest> membersAddUpToTheSampleAndTheNumerator() {
		return forEach("members", metric -> {
			Optional<Membership> membership = metric.membership(context());
			if (membership.isEmpty()) {
				// optional: the drill-down of such a metric says the list is not available
				return;
			}
			Optional<MetricValue> value = aggregate(metric, 0, rows().size()).result();
			long[] units = members(metric, membership.get());
			Optional<String> field = membership.get().sampleField();
			if (field.isPresent()) {
				long expected = value.map(v -> v.fields().get(field.get()))
						.map(f -> assertInstanceOf(Long.class, f, field.get() + " is a count")).orElse(0L);
				assertEquals(expected, units[0], "sample units against the value's " + field.get());
				assertTrue(expected > 0 || value.isEmpty() || metric.info().unit() == MetricUnit.COUNT,
						"the test rows give members");
			}
			if (value.isPresent() && value.get().fields().get("num") instanceof Long num) {
				assertEquals(num, units[1], "numerator units against the value's num");
			}
		});
	}

	/** @return the sample and numerator units over all rows, asked as the engine asks the aggregators */
	private long[] members(Metric metric, Membership membership) {
		long[] units = new long[2];
		List<Attribution> attributions = metric.attributions();
		FactCursor cursor = rows().cursor(0, rows().size());
		while (cursor.next()) {
			for (int k = 0; k < attributions.size(); k++) {
				if (cursor.instant(attributions.get(k)) != FactRow.NONE) {
					int sample = membership.sample(cursor, k);
					int numerator = membership.numerator(cursor, k);
					assertTrue(sample >= 0 && numerator >= 0, "negative units " + sample + ", " + numerator);
					units[0] += sample;
					units[1] += numerator;
				}
			}
		}
		return units;
	}

	/** Aggregates rows [from, to) as the engine does: once per attribution the row has. */
	protected Aggregator aggregate(Metric metric, int from, int to) {
		Aggregator aggregator = metric.newAggregator(context());
		List<Attribution> attributions = metric.attributions();
		FactCursor cursor = rows().cursor(from, to);
		while (cursor.next()) {
			for (int k = 0; k < attributions.size(); k++) {
				if (cursor.instant(attributions.get(k)) != FactRow.NONE) {
					aggregator.accumulate(cursor, k);
				}
			}
		}
		return aggregator;
	}

	private static void assertSame(Optional<MetricValue> expected, Optional<MetricValue> actual, String where) {
		if (expected.isEmpty() || actual.isEmpty()) {
			assertEquals(expected, actual, where);
			return;
		}
		Map<String, Object> e = expected.get().fields();
		Map<String, Object> a = actual.get().fields();
		assertEquals(new ArrayList<>(e.keySet()), new ArrayList<>(a.keySet()), where + ": fields");
		close(expected.get().value(), actual.get().value(), where + ": value");
		for (String name : e.keySet()) {
			Object x = e.get(name);
			Object y = a.get(name);
			if (x instanceof Double dx && y instanceof Double dy) {
				close(dx, dy, where + ": " + name);
			} else {
				assertEquals(x, y, where + ": " + name);
			}
		}
	}

	private static void close(double expected, double actual, String where) {
		if (Math.abs(expected - actual) > TOLERANCE * Math.max(1, Math.abs(expected))) {
			fail(where + ": expected " + expected + " but was " + actual);
		}
	}
}
