package org.carelens.reports.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.SurveyKind;
import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.Histogram;
import org.carelens.kpi.api.KpiEngine;
import org.carelens.kpi.api.KpiQuery;
import org.carelens.kpi.api.KpiResult;
import org.carelens.kpi.api.Measure;
import org.carelens.kpi.api.MetricValue;
import org.carelens.kpi.api.TimeBucket;

/**
 * Computes the Surveys section over a scope: the survey metrics' tiles, the spread of the latest answers over each
 * scale (the same answers, over the same range, that the CSAT, NPS and CES tiles count), and the response rate per
 * channel. UI-free.
 */
public final class SurveyResultsProvider {

	private final KpiEngine engine;

	public SurveyResultsProvider(KpiEngine engine) {
		this.engine = Objects.requireNonNull(engine, "engine");
	}

	/**
	 * @param cancelled asked between the steps; when it says so, the answer is {@code CANCELLED}
	 * @return the section, or why there is none; never throws
	 */
	public SurveyResults compute(WorkspaceSession session, ReportScope scope, BooleanSupplier cancelled) {
		List<String> installed = engine.metrics().stream().map(m -> m.info().id()).toList();
		List<String> metrics = SurveyResults.METRICS.stream().filter(installed::contains).toList();
		DashboardResponse tiles = new DashboardProvider(engine).compute(session, DashboardRequest.of(scope, metrics),
				cancelled);
		switch (tiles.status()) {
		case CANCELLED -> {
			return SurveyResults.cancelled(scope);
		}
		case FAILED -> {
			return SurveyResults.failed(scope, tiles.reason().orElse(""));
		}
		default -> {
			// computed: go on
		}
		}
		try {
			Period period = scope.period();
			KpiQuery query = KpiQuery.all(period.to(), session.zone())
					.withRange(Optional.of(period.from()), Optional.of(period.to())).withFilters(scope.filters());
			List<SurveyResults.Distribution> distributions = new ArrayList<>();
			for (SurveyKind kind : List.of(SurveyKind.CSAT, SurveyKind.NPS, SurveyKind.CES)) {
				if (cancelled.getAsBoolean()) {
					return SurveyResults.cancelled(scope);
				}
				distributions.add(distribution(session, query, kind));
			}
			List<SurveyResults.ChannelRate> channels = new ArrayList<>();
			if (installed.contains("survey_response_rate")) {
				KpiResult byChannel = engine.compute(session.table(), query.withMetrics(List.of("survey_response_rate"))
						.withGrouping(List.of(Dimension.CHANNEL), TimeBucket.NONE));
				for (KpiResult.Row row : byChannel.rows()) {
					Optional<MetricValue> value = row.metrics().get("survey_response_rate").value();
					Optional<String> channel = row.group().get(Dimension.CHANNEL.key());
					if (value.isPresent() && channel.isPresent()
							&& value.get().fields().get("num") instanceof Long responses
							&& value.get().fields().get("den") instanceof Long delivered) {
						channels.add(new SurveyResults.ChannelRate(ChannelKind.valueOf(channel.get()), responses,
								delivered));
					}
				}
			}
			return new SurveyResults(DashboardResponse.Status.COMPLETED, Optional.empty(), scope, tiles.tiles(),
					distributions, channels);
		} catch (RuntimeException e) {
			return SurveyResults.failed(scope, e.getClass().getSimpleName() + ": " + e.getMessage());
		}
	}

	private SurveyResults.Distribution distribution(WorkspaceSession session, KpiQuery query, SurveyKind kind) {
		Measure measure = switch (kind) {
		case CSAT -> Measure.CSAT_SCORE;
		case NPS -> Measure.NPS_SCORE;
		case CES -> Measure.CES_SCORE;
		case CSI -> throw new IllegalArgumentException("a CSI answer is an index, not a score on a scale");
		};
		List<Long> edges = new ArrayList<>();
		for (long score = kind.min(); score <= kind.max() + 1; score++) {
			edges.add(score);
		}
		Histogram histogram = engine.histogram(session.table(), query, measure, edges);
		return new SurveyResults.Distribution(kind, kind.min(), histogram.counts());
	}
}
