package org.carelens.reports.core;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.carelens.kpi.api.MetricInfo;
import org.carelens.kpi.api.MetricUnit;
import org.carelens.reports.core.ComparisonResponse.Cell;
import org.carelens.reports.core.ComparisonResponse.Segment;

/**
 * Writes a comparison as CSV (RFC 4180, CRLF): one row per segment, then the total, with raw numbers in the
 * metric's unit, which the header names in brackets: {@code first_response_time [s]}, {@code resolution_rate
 * [ratio 0..1]}. Empty fields are values that do not exist.
 */
public final class ComparisonCsv {

	/** The id of the total row, as the segment of a benchmark for every segment. */
	public static final String TOTAL_ID = Benchmark.EVERY_SEGMENT;

	private ComparisonCsv() {
	}

	/** @return how the header names the unit */
	public static String unit(MetricUnit unit) {
		return switch (unit) {
		case SECONDS -> "s";
		case RATIO -> "ratio 0..1";
		case SCORE -> "score";
		case NPS_POINTS -> "NPS -100..100";
		case COUNT -> "count";
		case MONEY -> "currency";
		case PER_CUSTOMER_MONTH -> "per customer-month";
		};
	}

	/** @return the column names: the segment's id and label, then nine per metric */
	public static List<String> header(ComparisonResponse response) {
		List<String> header = new ArrayList<>(List.of("segment_id", "segment"));
		for (MetricInfo info : response.metrics()) {
			String id = info.id();
			String unit = " [" + unit(info.unit()) + "]";
			header.addAll(List.of(id + unit, id + "_n", id + "_low_sample", id + "_target" + unit, id + "_status",
					id + "_rank", id + "_previous" + unit, id + "_change" + unit, id + "_benchmark" + unit));
		}
		return header;
	}

	/**
	 * @param allLabel  the label of the total row
	 * @param noneLabel the label of the conversations without a segment
	 */
	public static void write(ComparisonResponse response, String allLabel, String noneLabel, Appendable out)
			throws IOException {
		if (response.status() != DashboardResponse.Status.COMPLETED) {
			throw new IllegalArgumentException("only a completed comparison has rows to export, not "
					+ response.status());
		}
		line(out, header(response));
		for (Segment segment : response.segments()) {
			line(out, row(response, segment.id().orElse(""), segment.id().isPresent() ? segment.label() : noneLabel,
					segment));
		}
		line(out, row(response, TOTAL_ID, allLabel, response.total().orElseThrow()));
	}

	private static List<String> row(ComparisonResponse response, String id, String label, Segment segment) {
		List<String> fields = new ArrayList<>(List.of(id, label));
		for (MetricInfo info : response.metrics()) {
			Cell cell = segment.cell(info.id());
			fields.add(number(cell.value()));
			fields.add(cell.sampleSize().map(String::valueOf).orElse(""));
			fields.add(String.valueOf(cell.lowSample()));
			fields.add(number(cell.target()));
			fields.add(cell.status().map(s -> s.key()).orElse(""));
			fields.add(cell.rank().map(String::valueOf).orElse(""));
			fields.add(number(cell.previous()));
			fields.add(number(cell.change()));
			fields.add(number(cell.benchmark().map(Benchmark::value)));
		}
		return fields;
	}

	/** @return the number in plain decimal notation (no exponent), as read back exactly by Double.parseDouble */
	static String number(Optional<Double> value) {
		return value.map(v -> BigDecimal.valueOf(v).stripTrailingZeros().toPlainString()).orElse("");
	}

	private static void line(Appendable out, List<String> fields) throws IOException {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append(quoted(fields.get(i)));
		}
		out.append("\r\n");
	}

	static String quoted(String field) {
		if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
			return field;
		}
		return '"' + field.replace("\"", "\"\"") + '"';
	}
}
