package org.carelens.internal.kpi.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.carelens.core.api.time.BusinessCalendar;
import org.carelens.kpi.api.FactTable;
import org.carelens.kpi.api.Histogram;
import org.carelens.kpi.api.KpiEngine;
import org.carelens.kpi.api.KpiQuery;
import org.carelens.kpi.api.KpiResult;
import org.carelens.kpi.api.Measure;
import org.carelens.kpi.api.Member;
import org.carelens.kpi.api.Metric;
import org.carelens.kpi.api.TimeBucket;

/**
 * The KPI engine as plain Java: the metrics come from a supplier (the registry in OSGi, a list in tests and
 * benchmarks).
 */
public final class KpiEngineImpl implements KpiEngine {

	private final Supplier<List<Metric>> metrics;
	private final Map<ColumnTable, Activity> activities = new WeakHashMap<>();

	private record Activity(long version, TableActivity activity) {
	}

	public KpiEngineImpl(Supplier<List<Metric>> metrics) {
		this.metrics = metrics;
	}

	/** @return an engine over a fixed list of metrics */
	public static KpiEngineImpl of(List<Metric> metrics) {
		List<Metric> copy = List.copyOf(metrics);
		return new KpiEngineImpl(() -> copy);
	}

	@Override
	public List<Metric> metrics() {
		List<Metric> all = new ArrayList<>(metrics.get());
		all.sort(Comparator.comparing(m -> m.info().id()));
		return all;
	}

	@Override
	public ColumnTable newTable(Optional<BusinessCalendar> businessHours) {
		return new ColumnTable(businessHours);
	}

	@Override
	public ColumnTable readTable(java.nio.channels.ReadableByteChannel channel) throws java.io.IOException {
		return TableSnapshot.read(channel);
	}

	@Override
	public KpiResult compute(FactTable table, KpiQuery query) {
		ColumnTable columns = columns(table);
		List<Metric> selected = select(query.metrics());
		columns.lock.readLock().lock();
		try {
			return new QueryRunner(columns, query, selected, activity(columns)).run();
		} finally {
			columns.lock.readLock().unlock();
		}
	}

	@Override
	public Histogram histogram(FactTable table, KpiQuery query, Measure measure, List<Long> bounds) {
		if (!(table instanceof ColumnTable columns)) {
			throw new IllegalArgumentException("the table was not made by this engine: " + table.getClass().getName());
		}
		columns.lock.readLock().lock();
		try {
			return new HistogramRunner(columns, query, measure, bounds).run();
		} finally {
			columns.lock.readLock().unlock();
		}
	}

	@Override
	public Optional<List<Member>> members(FactTable table, KpiQuery query, String metric, BooleanSupplier cancelled) {
		ColumnTable columns = columns(table);
		List<Metric> selected = select(List.of(metric));
		columns.lock.readLock().lock();
		try {
			KpiQuery ungrouped = query.withMetrics(List.of(metric)).withGrouping(List.of(), TimeBucket.NONE);
			return new QueryRunner(columns, ungrouped, selected, activity(columns)).members(cancelled);
		} finally {
			columns.lock.readLock().unlock();
		}
	}

	private static ColumnTable columns(FactTable table) {
		if (!(table instanceof ColumnTable columns)) {
			throw new IllegalArgumentException("the table was not made by this engine: " + table.getClass().getName());
		}
		return columns;
	}

	private synchronized TableActivity activity(ColumnTable table) {
		Activity known = activities.get(table);
		if (known == null || known.version() != table.version) {
			known = new Activity(table.version, new TableActivity(table));
			activities.put(table, known);
		}
		return known.activity();
	}

	private List<Metric> select(List<String> ids) {
		List<Metric> available = metrics();
		if (ids.isEmpty()) {
			return available;
		}
		Map<String, Metric> byId = available.stream()
				.collect(Collectors.toMap(m -> m.info().id(), Function.identity(), (a, b) -> a));
		List<Metric> selected = new ArrayList<>();
		for (String id : ids) {
			Metric metric = byId.get(id);
			if (metric == null) {
				throw new IllegalArgumentException("unknown metric \"" + id + "\" (known: "
						+ String.join(", ", byId.keySet().stream().sorted().toList()) + ")");
			}
			selected.add(metric);
		}
		return selected;
	}
}
