package org.carelens.reports.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.carelens.kpi.api.MetricInfo;
import org.carelens.reports.core.BenchmarkCsvException.Problem;

/**
 * Reads a benchmark file: CSV (RFC 4180: comma separated, fields with commas, quotes or line breaks in double
 * quotes, a quote doubled inside them) with the header {@code metric_id,segment,value,source} in any order, one
 * benchmark per row, the value in the metric's unit (seconds, a fraction 0..1 for rates, NPS points) with a
 * decimal point, the segment a segment id or {@code *} for every segment.
 */
public final class BenchmarkCsv {

	/** The columns of the header. */
	public static final List<String> COLUMNS = List.of("metric_id", "segment", "value", "source");
	/** After this many problems the reader stops: a file that wrong is better fixed from its first lines. */
	public static final int MAX_PROBLEMS = 20;

	private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
	private static final Pattern METRIC_ID = Pattern.compile("[a-z][a-z0-9_]*");

	private BenchmarkCsv() {
	}

	/**
	 * @param file   the file's name, for messages
	 * @param text   the file's text
	 * @param known  the installed metrics, by id; rows of other metrics are kept apart, not refused
	 * @return the benchmarks, in file order
	 * @throws BenchmarkCsvException naming every line and column that is wrong; nothing is returned then
	 */
	public static Benchmarks read(String file, String text, Map<String, MetricInfo> known)
			throws BenchmarkCsvException {
		List<Problem> problems = new ArrayList<>();
		List<Row> rows = parse(text.startsWith("\uFEFF") ? text.substring(1) : text, problems);
		if (!problems.isEmpty()) {
			throw new BenchmarkCsvException(file, problems);
		}
		if (rows.isEmpty()) {
			throw new BenchmarkCsvException(file, List.of(new Problem(1, Optional.empty(),
					"the file is empty; it starts with the header " + String.join(",", COLUMNS))));
		}
		Row header = rows.get(0);
		Map<String, Integer> index = new LinkedHashMap<>();
		for (int i = 0; i < header.fields().size(); i++) {
			String name = header.fields().get(i).trim().toLowerCase(Locale.ROOT);
			if (!COLUMNS.contains(name)) {
				problems.add(new Problem(header.line(), Optional.of(column(i, name)), "unknown column '" + name
						+ "'; the header is " + String.join(",", COLUMNS)));
			} else if (index.put(name, i) != null) {
				problems.add(new Problem(header.line(), Optional.of(column(i, name)), "column '" + name
						+ "' is named twice"));
			}
		}
		for (String name : COLUMNS) {
			if (!index.containsKey(name)) {
				problems.add(new Problem(header.line(), Optional.empty(), "the header has no column '" + name
						+ "'; it is " + String.join(",", COLUMNS)));
			}
		}
		if (!problems.isEmpty()) {
			throw new BenchmarkCsvException(file, problems);
		}
		List<Benchmark> entries = new ArrayList<>();
		List<Benchmark> unknown = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (Row row : rows.subList(1, rows.size())) {
			if (problems.size() >= MAX_PROBLEMS) {
				break;
			}
			if (row.fields().size() == 1 && row.fields().get(0).isBlank()) {
				continue; // an empty line
			}
			if (row.fields().size() != header.fields().size()) {
				problems.add(new Problem(row.line(), Optional.empty(), row.fields().size() + " fields, the header has "
						+ header.fields().size()));
				continue;
			}
			row(row, index, known, seen, problems).ifPresent(b -> (known.containsKey(b.metric()) ? entries : unknown)
					.add(b));
		}
		if (!problems.isEmpty()) {
			throw new BenchmarkCsvException(file, problems);
		}
		return new Benchmarks(entries, unknown);
	}

	private static Optional<Benchmark> row(Row row, Map<String, Integer> index, Map<String, MetricInfo> known,
			Map<String, Integer> seen, List<Problem> problems) {
		int before = problems.size();
		String metric = field(row, index, "metric_id");
		String segment = field(row, index, "segment");
		String value = field(row, index, "value");
		String source = field(row, index, "source");
		if (!METRIC_ID.matcher(metric).matches()) {
			problems.add(problem(row, index, "metric_id", metric.isEmpty() ? "no metric id"
					: "'" + metric + "' is no metric id (lower case letters, digits and '_')"));
		}
		if (segment.isEmpty()) {
			problems.add(problem(row, index, "segment", "no segment; write a segment id, or * for every segment"));
		}
		double number = Double.NaN;
		if (!NUMBER.matcher(value).matches()) {
			problems.add(problem(row, index, "value", value.isEmpty() ? "no value"
					: "'" + value + "' is not a number; write digits with a decimal point, e.g. 0.85 or 45"));
		} else {
			number = Double.parseDouble(value);
			MetricInfo info = known.get(metric);
			if (info != null) {
				outOfRange(info, value, number).ifPresent(text -> problems.add(problem(row, index, "value", text)));
			}
		}
		if (problems.size() > before) {
			return Optional.empty();
		}
		Integer first = seen.putIfAbsent(metric + '\u0000' + segment, row.line());
		if (first != null) {
			problems.add(new Problem(row.line(), Optional.empty(), "a second benchmark of " + metric + " for segment "
					+ segment + " (the first is on line " + first + ")"));
			return Optional.empty();
		}
		return Optional.of(new Benchmark(metric, segment, number, source, row.line()));
	}

	/** @return why a value cannot be in the metric's unit, if it cannot */
	private static Optional<String> outOfRange(MetricInfo info, String text, double value) {
		return switch (info.unit()) {
		case RATIO -> value < 0 || value > 1 ? Optional.of(info.id() + " is a fraction from 0 to 1: '" + text
				+ "' is outside it (write 0.85 for 85%)") : Optional.empty();
		case NPS_POINTS -> value < -100 || value > 100
				? Optional.of(info.id() + " is from -100 to 100: '" + text + "' is outside it") : Optional.empty();
		case SECONDS, COUNT -> value < 0 ? Optional.of(info.id() + " cannot be negative: '" + text + "'")
				: Optional.empty();
		case SCORE, MONEY, PER_CUSTOMER_MONTH -> Optional.empty();
		};
	}

	private static String field(Row row, Map<String, Integer> index, String column) {
		return row.fields().get(index.get(column)).trim();
	}

	private static Problem problem(Row row, Map<String, Integer> index, String column, String text) {
		return new Problem(row.line(), Optional.of(column(index.get(column), column)), text);
	}

	private static String column(int i, String name) {
		return (i + 1) + " (" + name + ")";
	}

	/** A record of the file and the line it starts on. */
	private record Row(int line, List<String> fields) {
	}

	/** Splits RFC 4180 text into records; a quoting error is a problem and ends the reading. */
	private static List<Row> parse(String text, List<Problem> problems) {
		List<Row> rows = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int line = 1;
		int start = 1;
		int quoteLine = 0;
		boolean quoted = false;
		boolean afterQuote = false;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					} else {
						quoted = false;
						afterQuote = true;
					}
				} else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
			} else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
				afterQuote = false;
			} else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				fields.add(field.toString());
				field.setLength(0);
				rows.add(new Row(start, List.copyOf(fields)));
				fields.clear();
				afterQuote = false;
				line++;
				start = line;
			} else if (afterQuote) {
				problems.add(new Problem(line, Optional.of(String.valueOf(fields.size() + 1)),
						"text after the closing quote; a quote inside a quoted field is written twice (\"\")"));
				return rows;
			} else if (c == '"') {
				if (!field.isEmpty()) {
					problems.add(new Problem(line, Optional.of(String.valueOf(fields.size() + 1)),
							"a quote inside an unquoted field; quote the whole field and double the quote (\"\")"));
					return rows;
				}
				quoted = true;
				quoteLine = line;
			} else {
				field.append(c);
			}
			i++;
		}
		if (quoted) {
			problems.add(new Problem(quoteLine, Optional.of(String.valueOf(fields.size() + 1)),
					"a quoted field that is never closed"));
			return rows;
		}
		if (!field.isEmpty() || !fields.isEmpty() || afterQuote) {
			fields.add(field.toString());
			rows.add(new Row(start, List.copyOf(fields)));
		}
		return rows;
	}
}
