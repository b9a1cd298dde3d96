package org.carelens.reports.export;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.SurveyKind;
import org.carelens.core.api.targets.TargetDirection;
import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.MetricInfo;
import org.carelens.kpi.api.MetricKind;
import org.carelens.kpi.api.MetricUnit;
import org.carelens.kpi.api.Status;
import org.carelens.reports.core.ChartsResponse;
import org.carelens.reports.core.ComparisonRequest;
import org.carelens.reports.core.ComparisonResponse;
import org.carelens.reports.core.DashboardRequest;
import org.carelens.reports.core.DashboardResponse;
import org.carelens.reports.core.Period;
import org.carelens.reports.core.ReportScope;
import org.carelens.reports.core.SurveyResults;
import org.carelens.reports.core.Tile;

/** Provider responses as a small workspace would give them, with values a person can check by hand. */
final class SampleResponses {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
	static final ReportScope SCOPE = new ReportScope(
			new Period(Instant.parse("2026-02-28T17:00:00Z"), Instant.parse("2026-03-31T17:00:00Z")),
			Map.of(Dimension.CHANNEL, java.util.Set.of("VOICE", "CHAT")));
	static final Instant GENERATED = Instant.parse("2026-04-01T02:30:00Z");

	static final MetricInfo FRT = new MetricInfo("first_response_time", "metric.frt", MetricUnit.SECONDS,
			TargetDirection.LOWER_IS_BETTER, MetricKind.SPEED);
	static final MetricInfo RESOLUTION = new MetricInfo("resolution_rate", "metric.rr", MetricUnit.RATIO,
			TargetDirection.HIGHER_IS_BETTER, MetricKind.EFFECTIVENESS);
	static final MetricInfo NPS = new MetricInfo("nps", "metric.nps", MetricUnit.NPS_POINTS,
			TargetDirection.HIGHER_IS_BETTER, MetricKind.SATISFACTION);
	static final MetricInfo CSAT = new MetricInfo("csat", "metric.csat", MetricUnit.SCORE,
			TargetDirection.HIGHER_IS_BETTER, MetricKind.SATISFACTION);

	static final Tile FRT_TILE = new Tile("first_response_time", "metric.frt", MetricUnit.SECONDS,
			TargetDirection.LOWER_IS_BETTER, Optional.of(125.0), Optional.of(120.0), Optional.of(Status.AT_RISK),
			Optional.of(412L), Optional.of(new Tile.Interval(110.5, 139.25)), false, Optional.of(130.0));
	static final Tile RESOLUTION_TILE = new Tile("resolution_rate", "metric.rr", MetricUnit.RATIO,
			TargetDirection.HIGHER_IS_BETTER, Optional.of(0.8523), Optional.of(0.8), Optional.of(Status.MET),
			Optional.of(1000L), Optional.of(new Tile.Interval(0.8289, 0.8731)), false, Optional.of(0.8411));
	static final Tile NPS_TILE = new Tile("nps", "metric.nps", MetricUnit.NPS_POINTS,
			TargetDirection.HIGHER_IS_BETTER, Optional.of(34.0), Optional.empty(), Optional.empty(), Optional.of(97L),
			Optional.of(new Tile.Interval(18.0, 50.0)), false, Optional.empty());
	static final Tile CSAT_TILE = new Tile("csat", "metric.csat", MetricUnit.SCORE,
			TargetDirection.HIGHER_IS_BETTER, Optional.of(4.31), Optional.of(4.5), Optional.of(Status.MISSED),
			Optional.of(12L), Optional.empty(), true, Optional.of(4.4));

	private SampleResponses() {
	}

	static DashboardResponse dashboard() {
		return DashboardResponse.completed(DashboardRequest.of(SCOPE,
				List.of("first_response_time", "resolution_rate", "nps", "csat")),
				List.of(FRT_TILE, RESOLUTION_TILE, NPS_TILE, CSAT_TILE));
	}

	static ComparisonResponse comparison() {
		ComparisonRequest request = new ComparisonRequest(SCOPE, Dimension.TEAM,
				List.of("first_response_time", "resolution_rate"));
		return ComparisonResponse.completed(request, List.of(FRT, RESOLUTION),
				List.of(segment("T1", "Đội Hà Nội", 98.0, 0.91, 1, 1), segment("T2", "Sài Gòn", 151.0, 0.78, 2, 2)),
				new ComparisonResponse.Segment(Optional.empty(), "", cells(125.0, 0.8523, Optional.empty(),
						Optional.empty())));
	}

	private static ComparisonResponse.Segment segment(String id, String label, double frt, double rate, int frtRank,
			int rateRank) {
		return new ComparisonResponse.Segment(Optional.of(id), label,
				cells(frt, rate, Optional.of(frtRank), Optional.of(rateRank)));
	}

	private static Map<String, ComparisonResponse.Cell> cells(double frt, double rate, Optional<Integer> frtRank,
			Optional<Integer> rateRank) {
		Map<String, ComparisonResponse.Cell> cells = new LinkedHashMap<>();
		cells.put("first_response_time", new ComparisonResponse.Cell(Optional.of(frt), Optional.of(200L),
				Optional.of(120.0), Optional.of(frt <= 120 ? Status.MET : Status.MISSED), false, frtRank,
				Optional.of(frt + 10), Optional.empty()));
		cells.put("resolution_rate", new ComparisonResponse.Cell(Optional.of(rate), Optional.of(500L),
				Optional.of(0.8), Optional.of(rate >= 0.8 ? Status.MET : Status.AT_RISK), false, rateRank,
				Optional.empty(), Optional.empty()));
		return cells;
	}

	static ChartsResponse charts() {
		return new ChartsResponse(DashboardResponse.Status.COMPLETED, Optional.empty(), SCOPE,
				List.of(new ChartsResponse.Slice(ChannelKind.CHAT, 640), new ChartsResponse.Slice(ChannelKind.VOICE,
						360)),
				Optional.of(new ChartsResponse.ResponseTimes(List.of(0L, 60L, 300L, 900L, 1800L, 3600L, 14_400L,
						86_400L), List.of(120L, 300L, 250L, 100L, 60L, 40L, 20L, 10L), 100L,
						Map.of(ChannelKind.CHAT, 60.0))),
				List.of(new ChartsResponse.FlowPoint("2026-W10", SCOPE.period().from(), 300, 280, 45),
						new ChartsResponse.FlowPoint("2026-W11", SCOPE.period().from(), 350, 330, 65),
						new ChartsResponse.FlowPoint("2026-W12", SCOPE.period().from(), 350, 390, 25)));
	}

	static SurveyResults surveys() {
		return new SurveyResults(DashboardResponse.Status.COMPLETED, Optional.empty(), SCOPE,
				List.of(CSAT_TILE, NPS_TILE),
				List.of(new SurveyResults.Distribution(SurveyKind.CSAT, 1, List.of(1L, 2L, 3L, 20L, 31L)),
						new SurveyResults.Distribution(SurveyKind.NPS, 0,
								List.of(1L, 0L, 2L, 1L, 0L, 3L, 5L, 12L, 20L, 28L, 25L))),
				List.of(new SurveyResults.ChannelRate(ChannelKind.CHAT, 57, 190),
						new SurveyResults.ChannelRate(ChannelKind.EMAIL, 40, 200)));
	}

	/** @return the document of every section, metrics named by their ids */
	static ReportDocument document(Locale locale) {
		ReportBuilder builder = new ReportBuilder(locale, ZONE, id -> id);
		return builder.document("March review", "Demo Care", SCOPE, GENERATED, List.of(builder.dashboard(dashboard()),
				builder.charts(charts()), builder.comparison(comparison()), builder.surveys(surveys())));
	}
}
