package org.carelens.reports.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.carelens.core.api.ChannelKind;
import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.Histogram;
import org.carelens.kpi.api.KpiEngine;
import org.carelens.kpi.api.KpiQuery;
import org.carelens.kpi.api.KpiResult;
import org.carelens.kpi.api.Measure;
import org.carelens.kpi.api.Metric;

/**
 * Computes the dashboard's charts for a scope: the channel mix (conversations created per channel kind), the
 * distribution of first response times with each channel's target, and created vs resolved with the backlog per time
 * bucket. Counts come from the engine over the same filters and range as the tiles, so the channel mix adds up to
 * the {@code created} of {@code created_vs_resolved}. UI-free.
 */
public final class ChartsProvider {

	/** The metric whose {@code created} field the channel mix splits. */
	static final String CREATED_VS_RESOLVED = "created_vs_resolved";
	static final String FIRST_RESPONSE_TIME = "first_response_time";
	/** First response bins: 0–1, 1–5, 5–15, 15–30, 30–60 min, 1–4 h, 4–24 h, 24 h and more (seconds). */
	public static final List<Long> RESPONSE_EDGES = List.of(0L, 60L, 300L, 900L, 1800L, 3600L, 14_400L, 86_400L);

	private final KpiEngine engine;

	public ChartsProvider(KpiEngine engine) {
		this.engine = Objects.requireNonNull(engine, "engine");
	}

	/**
	 * @param cancelled asked between the steps; when it says so, the answer is {@code CANCELLED}
	 * @return the charts' data, or why there is none; never throws
	 */
	public ChartsResponse compute(WorkspaceSession session, ReportScope scope, BooleanSupplier cancelled) {
		try {
			List<ChartsResponse.Slice> channels = channelMix(session, scope);
			if (cancelled.getAsBoolean()) {
				return ChartsResponse.cancelled(scope);
			}
			ChartsResponse.ResponseTimes responses = responseTimes(session, scope, channels);
			if (cancelled.getAsBoolean()) {
				return ChartsResponse.cancelled(scope);
			}
			List<ChartsResponse.FlowPoint> flow = flow(session, scope);
			if (cancelled.getAsBoolean()) {
				return ChartsResponse.cancelled(scope);
			}
			return new ChartsResponse(DashboardResponse.Status.COMPLETED, Optional.empty(), scope, channels,
					Optional.of(responses), flow);
		} catch (RuntimeException e) {
			return ChartsResponse.failed(scope, e.getClass().getSimpleName() + ": " + e.getMessage());
		}
	}

	private KpiQuery query(WorkspaceSession session, ReportScope scope) {
		Period period = scope.period();
		return KpiQuery.all(period.to(), session.zone()).withRange(Optional.of(period.from()), Optional.of(period.to()))
				.withFilters(scope.filters()).withTargets(session.targets());
	}

	/** @return conversations created in the period per channel kind, largest first */
	List<ChartsResponse.Slice> channelMix(WorkspaceSession session, ReportScope scope) {
		KpiResult result = engine.compute(session.table(), query(session, scope)
				.withMetrics(List.of(CREATED_VS_RESOLVED)).withGrouping(List.of(Dimension.CHANNEL),
						org.carelens.kpi.api.TimeBucket.NONE));
		List<ChartsResponse.Slice> slices = new ArrayList<>();
		for (KpiResult.Row row : result.rows()) {
			Optional<String> channel = row.group().get(Dimension.CHANNEL.key());
			long created = row.metrics().get(CREATED_VS_RESOLVED).value()
					.map(v -> v.fields().get("created") instanceof Long n ? n : 0L).orElse(0L);
			if (channel.isPresent() && created > 0) {
				slices.add(new ChartsResponse.Slice(ChannelKind.valueOf(channel.get()), created));
			}
		}
		slices.sort(Comparator.comparingLong(ChartsResponse.Slice::created).reversed()
				.thenComparing(ChartsResponse.Slice::channel));
		return slices;
	}

	ChartsResponse.ResponseTimes responseTimes(WorkspaceSession session, ReportScope scope,
			List<ChartsResponse.Slice> channels) {
		Histogram histogram = engine.histogram(session.table(), query(session, scope),
				Measure.FIRST_RESPONSE_SECONDS, RESPONSE_EDGES);
		List<Long> counts = new ArrayList<>(histogram.counts());
		counts.add(histogram.above());
		Map<ChannelKind, Double> targets = new EnumMap<>(ChannelKind.class);
		Optional<Metric> frt = engine.metrics().stream().filter(m -> m.info().id().equals(FIRST_RESPONSE_TIME))
				.findFirst();
		if (frt.isPresent()) {
			for (ChartsResponse.Slice slice : channels) {
				ScopeTargets.targetOf(frt.get(), session, scope, Optional.of(slice.channel()))
						.ifPresent(t -> targets.put(slice.channel(), t));
			}
		}
		// a negative response time (a clock skew between systems) is counted in the first bin rather than lost
		counts.set(0, counts.get(0) + histogram.below());
		return new ChartsResponse.ResponseTimes(RESPONSE_EDGES, counts, histogram.missing(), targets);
	}

	/**
	 * Created and resolved per bucket, and the backlog at each bucket's end: what was created before the period and
	 * not resolved before it, plus the bucket's created, minus its resolved, carried forward.
	 */
	List<ChartsResponse.FlowPoint> flow(WorkspaceSession session, ReportScope scope) {
		TrendBuckets buckets = TrendBuckets.of(scope.period(), session.zone());
		// unbounded below: what lies before the period is the backlog it starts with
		KpiQuery query = query(session, scope).withRange(Optional.empty(), Optional.of(scope.period().to()));
		Histogram created = engine.histogram(session.table(), query, Measure.OPENED_AT, buckets.epochSeconds());
		Histogram resolved = engine.histogram(session.table(), query, Measure.RESOLVED_AT, buckets.epochSeconds());
		long backlog = created.below() - resolved.below();
		List<ChartsResponse.FlowPoint> points = new ArrayList<>();
		for (int i = 0; i < buckets.size(); i++) {
			long in = created.counts().get(i);
			long out = resolved.counts().get(i);
			backlog += in - out;
			points.add(new ChartsResponse.FlowPoint(buckets.labels().get(i), buckets.edges().get(i), in, out, backlog));
		}
		return points;
	}
}
