package org.carelens.reports.export;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.carelens.core.api.ChannelKind;
import org.carelens.internal.reports.export.Numbers;
import org.carelens.internal.reports.export.Texts;
import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.MetricInfo;
import org.carelens.kpi.api.Status;
import org.carelens.reports.core.Benchmark;
import org.carelens.reports.core.ChartsResponse;
import org.carelens.reports.core.ComparisonResponse;
import org.carelens.reports.core.DashboardResponse;
import org.carelens.reports.core.DrillColumn;
import org.carelens.reports.core.DrillDownResponse;
import org.carelens.reports.core.DrilledConversation;
import org.carelens.reports.core.Period;
import org.carelens.reports.core.ReportScope;
import org.carelens.reports.core.SurveyResults;
import org.carelens.reports.core.Tile;

/**
 * Turns the report providers' responses into the sections of a {@link ReportDocument}, labelled in the report's
 * language: the values are the responses' own, unrounded, so that every format holds the same numbers as the views.
 */
public final class ReportBuilder {

	private final Texts texts;
	private final Numbers numbers;
	private final ZoneId zone;
	private final Function<String, String> metricNames;
	private final DateTimeFormatter instants;
	private final DateTimeFormatter days;

	/**
	 * @param locale      the report's language and number formats
	 * @param zone        the workspace zone, which dates are shown in
	 * @param metricNames a metric's name in the report's language by its id (its id when it has none)
	 */
	public ReportBuilder(Locale locale, ZoneId zone, Function<String, String> metricNames) {
		this.texts = new Texts(locale);
		this.numbers = new Numbers(texts);
		this.zone = Objects.requireNonNull(zone, "zone");
		this.metricNames = Objects.requireNonNull(metricNames, "metricNames");
		this.instants = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
				.withZone(zone);
		this.days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
	}

	/** @return the document: the title, then the workspace, period, filters and time it was made */
	public ReportDocument document(String title, String workspace, ReportScope scope, Instant generated,
			List<Section> sections) {
		List<String> subtitle = new ArrayList<>();
		subtitle.add(texts.get("Report_workspace", workspace));
		subtitle.add(period(scope.period()));
		List<String> filters = new ArrayList<>();
		for (Map.Entry<Dimension, Set<String>> filter : scope.filters().entrySet()) {
			filters.add(dimension(filter.getKey()) + " = " + String.join(", ", filter.getValue().stream().sorted()
					.map(v -> filter.getKey() == Dimension.CHANNEL ? channel(v) : v).toList()));
		}
		subtitle.add(filters.isEmpty() ? texts.get("Report_noFilters")
				: texts.get("Report_filters", String.join("; ", filters)));
		subtitle.add(texts.get("Report_generated", instants.format(generated)));
		return new ReportDocument(title.isBlank() ? texts.get("Report_title") : title, subtitle, texts.locale(),
				sections);
	}

	/** @return the period as days when it is whole days (its end is exclusive: the last day shown is the one before) */
	private String period(Period period) {
		java.time.ZonedDateTime from = period.from().atZone(zone);
		java.time.ZonedDateTime to = period.to().atZone(zone);
		if (from.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
				&& to.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
			return texts.get("Report_period", days.format(from), days.format(to.minusDays(1)), zone.getId());
		}
		return texts.get("Report_period", instants.format(period.from()), instants.format(period.to()), zone.getId());
	}

	/** @return the KPI tiles as a table: value, target, status, change, previous, sample, interval */
	public Section dashboard(DashboardResponse response) {
		completed("dashboard", response.status(), response.reason());
		return new Section("dashboard", texts.get("Section_dashboard"), List.of(tiles(response.tiles())), List.of());
	}

	/** @return the channel mix, the first response times and created vs resolved with the backlog */
	public Section charts(ChartsResponse response) {
		completed("charts", response.status(), response.reason());
		List<Chart> charts = new ArrayList<>();
		charts.add(new Chart(texts.get("Charts_channelMix"),
				response.channels().stream().map(s -> channel(s.channel().wire())).toList(),
				List.of(bars(texts.get("Charts_conversations"),
						response.channels().stream().map(s -> (double) s.created()).toList())),
				Format.INTEGER, Optional.empty(), ""));
		response.responses().ifPresent(times -> {
			List<String> bins = new ArrayList<>();
			List<Double> counts = new ArrayList<>();
			for (int i = 0; i < times.edges().size(); i++) {
				bins.add(i + 1 < times.edges().size()
						? texts.get("Charts_bin", bound(times.edges().get(i)), bound(times.edges().get(i + 1)))
						: texts.get("Charts_binOver", bound(times.edges().get(i))));
				counts.add((double) times.counts().get(i));
			}
			bins.add(texts.get("Charts_unanswered"));
			counts.add((double) times.unanswered());
			charts.add(new Chart(texts.get("Charts_responseTimes"), bins,
					List.of(bars(texts.get("Charts_conversations"), counts)), Format.INTEGER, Optional.empty(), ""));
		});
		List<ChartsResponse.FlowPoint> flow = response.flow();
		charts.add(new Chart(texts.get("Charts_flow"), flow.stream().map(ChartsResponse.FlowPoint::label).toList(),
				List.of(bars(texts.get("Charts_created"), flow.stream().map(p -> (double) p.created()).toList()),
						bars(texts.get("Charts_resolved"), flow.stream().map(p -> (double) p.resolved()).toList()),
						new Chart.Series(texts.get("Charts_backlog"), Chart.Style.LINE,
								flow.stream().map(p -> Optional.of((double) p.backlog())).toList())),
				Format.INTEGER, Optional.empty(), ""));
		return new Section("charts", texts.get("Section_charts"), List.of(), charts);
	}

	/**
	 * @return one row per segment and the total: each metric's value in its status colour on the page, and for
	 *         spreadsheets its sample, target, status, rank, previous value, change and benchmark
	 */
	public Section comparison(ComparisonResponse response) {
		completed("comparison", response.status(), response.reason());
		Dimension by = response.request().by();
		List<Table.Column> columns = new ArrayList<>();
		columns.add(Table.Column.of(dimension(by)));
		for (MetricInfo info : response.metrics()) {
			String name = metricNames.apply(info.id());
			columns.add(Table.Column.of(name));
			for (String detail : List.of("Column_sample", "Column_target", "Column_status", "Column_rank",
					"Column_previous", "Column_change", "Column_benchmark")) {
				columns.add(Table.Column.detail(texts.get("Column_detail", name, texts.get(detail))));
			}
		}
		List<List<Cell>> rows = new ArrayList<>();
		for (ComparisonResponse.Segment segment : response.segments()) {
			rows.add(segmentRow(response, segment, segment.id().isPresent()
					? (by == Dimension.CHANNEL ? channel(segment.label()) : segment.label())
					: texts.get("Comparisons_unassigned")));
		}
		response.total().ifPresent(total -> rows.add(segmentRow(response, total, texts.get("Comparisons_all"))));
		List<Chart> charts = new ArrayList<>();
		if (!response.metrics().isEmpty()) {
			MetricInfo first = response.metrics().get(0);
			List<ComparisonResponse.Segment> peers = response.segments().stream().filter(s -> s.id().isPresent())
					.toList();
			Optional<Double> target = response.total().flatMap(t -> t.cell(first.id()).target());
			String name = metricNames.apply(first.id());
			charts.add(new Chart(texts.get("Charts_comparison", name),
					peers.stream().map(s -> by == Dimension.CHANNEL ? channel(s.label()) : s.label()).toList(),
					List.of(new Chart.Series(name, Chart.Style.BARS,
							peers.stream().map(s -> s.cell(first.id()).value()).toList())),
					Format.of(first.unit()), target,
					target.map(t -> texts.get("Charts_targetLine", numbers.format(t, Format.of(first.unit()))))
							.orElse("")));
		}
		return new Section("comparison-" + by.key(), texts.get("Section_comparison", dimension(by)),
				List.of(new Table("", columns, rows)), charts);
	}

	private List<Cell> segmentRow(ComparisonResponse response, ComparisonResponse.Segment segment, String label) {
		List<Cell> row = new ArrayList<>();
		row.add(Cell.text(label));
		for (MetricInfo info : response.metrics()) {
			ComparisonResponse.Cell cell = segment.cell(info.id());
			Format format = Format.of(info.unit());
			Optional<Cell.Tone> tone = cell.status().map(ReportBuilder::tone);
			row.add(Cell.number(cell.value(), format).withTone(tone));
			row.add(Cell.number(cell.sampleSize(), Format.INTEGER));
			row.add(Cell.number(cell.target(), format));
			row.add(cell.status().map(s -> Cell.text(status(s)).withTone(tone)).orElse(Cell.EMPTY));
			row.add(Cell.number(cell.rank(), Format.INTEGER));
			row.add(Cell.number(cell.previous(), format));
			row.add(Cell.number(cell.change(), format));
			row.add(Cell.number(cell.benchmark().map(Benchmark::value), format));
		}
		return row;
	}

	/** @return the survey tiles, the spread of the answers over each scale and the response rate per channel */
	public Section surveys(SurveyResults results) {
		completed("surveys", results.status(), results.reason());
		List<Chart> charts = new ArrayList<>();
		for (SurveyResults.Distribution distribution : results.distributions()) {
			List<String> scores = new ArrayList<>();
			List<Double> counts = new ArrayList<>();
			for (int i = 0; i < distribution.counts().size(); i++) {
				scores.add(String.valueOf(distribution.lowest() + i));
				counts.add((double) distribution.counts().get(i));
			}
			String title = switch (distribution.kind()) {
			case CSAT -> texts.get("Surveys_csatSpread");
			case NPS -> texts.get("Surveys_npsSpread");
			case CES -> texts.get("Surveys_cesSpread");
			case CSI -> distribution.kind().name();
			};
			charts.add(new Chart(title, scores, List.of(bars(texts.get("Column_answers"), counts)), Format.INTEGER,
					Optional.empty(), ""));
		}
		List<List<Cell>> rates = new ArrayList<>();
		for (SurveyResults.ChannelRate rate : results.channels()) {
			rates.add(List.of(Cell.text(channel(rate.channel().wire())), Cell.number(rate.responses(), Format.INTEGER),
					Cell.number(rate.delivered(), Format.INTEGER), Cell.number(rate.rate(), Format.PERCENT)));
		}
		charts.add(new Chart(texts.get("Surveys_responseRates"),
				results.channels().stream().map(r -> channel(r.channel().wire())).toList(),
				List.of(bars(texts.get("Column_rate"), results.channels().stream().map(r -> r.rate()).toList())),
				Format.PERCENT, Optional.empty(), ""));
		Table byChannel = new Table(texts.get("Surveys_responseRates"),
				List.of(Table.Column.of(texts.get("Column_channel")), Table.Column.of(texts.get("Column_responses")),
						Table.Column.of(texts.get("Column_delivered")), Table.Column.of(texts.get("Column_rate"))),
				rates);
		return new Section("surveys", texts.get("Section_surveys"), List.of(tiles(results.tiles()), byChannel),
				charts);
	}

	/** @return one row per conversation: the fields every list has, then the metric's own columns */
	public Section conversations(DrillDownResponse response) {
		if (response.status() != DrillDownResponse.Status.COMPLETED) {
			throw new IllegalArgumentException("the conversations of " + response.request().metric()
					+ " were not listed: " + response.status() + response.reason().map(r -> ": " + r).orElse(""));
		}
		List<Table.Column> columns = new ArrayList<>();
		for (String key : List.of("Column_id", "Column_channel", "Column_instance", "Column_agent", "Column_team",
				"Column_opened", "Column_resolved", "Column_role")) {
			columns.add(Table.Column.of(texts.get(key)));
		}
		response.columns().forEach(c -> columns.add(Table.Column.of(texts.get("DrillColumn_" + c.name()))));
		List<List<Cell>> rows = new ArrayList<>();
		for (DrilledConversation c : response.conversations()) {
			List<Cell> row = new ArrayList<>();
			row.add(Cell.text(c.id()));
			row.add(Cell.text(channel(c.channel().wire())));
			row.add(text(c.instance()));
			row.add(text(c.agent()));
			row.add(text(c.team()));
			row.add(Cell.text(instants.format(c.opened())));
			row.add(Cell.text(texts.get(c.resolved() ? "Yes" : "No")));
			row.add(Cell.text(texts.getOr("Role_" + c.role().name(), c.role().name())));
			for (DrillColumn column : response.columns()) {
				row.add(drillCell(column, c.value(column)));
			}
			rows.add(row);
		}
		String metric = metricNames.apply(response.request().metric());
		return new Section("conversations", texts.get("Section_conversations", metric),
				List.of(new Table("", columns, rows)), List.of());
	}

	private Cell drillCell(DrillColumn column, Optional<Object> value) {
		if (value.isEmpty()) {
			return Cell.EMPTY;
		}
		return switch (value.get()) {
		case Duration d -> Cell.number(d.toMillis() / 1000.0, Format.DURATION);
		case Instant i -> Cell.text(instants.format(i));
		case Long n -> Cell.number(n, Format.INTEGER);
		case Integer n -> Cell.number(n, Format.INTEGER);
		case Double d -> Cell.number(d, Format.DECIMAL);
		case Boolean b -> Cell.text(texts.get(b ? "Yes" : "No"));
		default -> Cell.text(String.valueOf(value.get()));
		};
	}

	private Table tiles(List<Tile> tiles) {
		List<Table.Column> columns = new ArrayList<>();
		columns.add(Table.Column.of(texts.get("Column_metric")));
		for (String key : List.of("Column_value", "Column_target", "Column_status", "Column_change",
				"Column_previous", "Column_sample", "Column_ciLow", "Column_ciHigh", "Column_lowSample")) {
			columns.add(Table.Column.of(texts.get(key)));
		}
		List<List<Cell>> rows = new ArrayList<>();
		for (Tile tile : tiles) {
			Format format = Format.of(tile.unit());
			Optional<Cell.Tone> tone = tile.status().map(ReportBuilder::tone);
			rows.add(List.of(Cell.text(metricNames.apply(tile.metric())),
					Cell.number(tile.value(), format).withTone(tone), Cell.number(tile.target(), format),
					tile.status().map(s -> Cell.text(status(s)).withTone(tone)).orElse(Cell.EMPTY),
					Cell.number(tile.change(), format), Cell.number(tile.previous(), format),
					Cell.number(tile.sampleSize(), Format.INTEGER),
					Cell.number(tile.ci().map(Tile.Interval::low), format),
					Cell.number(tile.ci().map(Tile.Interval::high), format),
					Cell.text(texts.get(tile.lowSample() ? "Yes" : "No"))));
		}
		return new Table("", columns, rows);
	}

	private static Chart.Series bars(String name, List<Double> values) {
		return new Chart.Series(name, Chart.Style.BARS, values.stream().map(Optional::of).toList());
	}

	private static Cell text(Optional<String> value) {
		return value.map(Cell::text).orElse(Cell.EMPTY);
	}

	static Cell.Tone tone(Status status) {
		return switch (status) {
		case MET -> Cell.Tone.GOOD;
		case AT_RISK -> Cell.Tone.WARNING;
		case MISSED -> Cell.Tone.BAD;
		};
	}

	private String status(Status status) {
		return texts.get("Status_" + status.name());
	}

	private String dimension(Dimension dimension) {
		return texts.getOr("Dimension_" + dimension.key(), dimension.key());
	}

	/** @return the channel kind's name, from its wire value ({@code voice}) */
	private String channel(String wire) {
		for (ChannelKind kind : ChannelKind.values()) {
			if (kind.wire().equals(wire)) {
				return texts.getOr("Channel_" + kind.name(), wire);
			}
		}
		return wire;
	}

	/** @return a bin edge in seconds as the largest whole unit: 0, 1 min, 4 h, 1 d */
	private String bound(long seconds) {
		if (seconds == 0) {
			return "0";
		}
		if (seconds % 86_400 == 0) {
			return texts.get("Unit_days", seconds / 86_400);
		}
		if (seconds % 3600 == 0) {
			return texts.get("Unit_hours", seconds / 3600);
		}
		if (seconds % 60 == 0) {
			return texts.get("Unit_minutes", seconds / 60);
		}
		return numbers.duration(seconds);
	}

	private static void completed(String what, DashboardResponse.Status status, Optional<String> reason) {
		if (status != DashboardResponse.Status.COMPLETED) {
			throw new IllegalArgumentException("the " + what + " was not computed: " + status
					+ reason.map(r -> ": " + r).orElse(""));
		}
	}
}
