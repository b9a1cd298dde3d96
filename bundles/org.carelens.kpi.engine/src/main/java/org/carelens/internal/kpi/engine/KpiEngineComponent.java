package org.carelens.internal.kpi.engine;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.carelens.core.api.time.BusinessCalendar;
import org.carelens.kpi.api.FactTable;
import org.carelens.kpi.api.Histogram;
import org.carelens.kpi.api.KpiEngine;
import org.carelens.kpi.api.KpiQuery;
import org.carelens.kpi.api.KpiResult;
import org.carelens.kpi.api.Measure;
import org.carelens.kpi.api.Member;
import org.carelens.kpi.api.Metric;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@link KpiEngine} service: computes with whatever metrics the registry holds at the time of each query.
 */
@Component(service = KpiEngine.class)
public final class KpiEngineComponent implements KpiEngine {

	private final KpiEngineImpl engine;

	@Activate
	public KpiEngineComponent(@Reference MetricRegistry registry) {
		this.engine = new KpiEngineImpl(registry::metrics);
	}

	@Override
	public List<Metric> metrics() {
		return engine.metrics();
	}

	@Override
	public FactTable newTable(Optional<BusinessCalendar> businessHours) {
		return engine.newTable(businessHours);
	}

	@Override
	public FactTable readTable(java.nio.channels.ReadableByteChannel channel) throws java.io.IOException {
		return engine.readTable(channel);
	}

	@Override
	public KpiResult compute(FactTable table, KpiQuery query) {
		return engine.compute(table, query);
	}

	@Override
	public Histogram histogram(FactTable table, KpiQuery query, Measure measure, List<Long> bounds) {
		return engine.histogram(table, query, measure, bounds);
	}

	@Override
	public Optional<List<Member>> members(FactTable table, KpiQuery query, String metric, BooleanSupplier cancelled) {
		return engine.members(table, query, metric, cancelled);
	}
}
