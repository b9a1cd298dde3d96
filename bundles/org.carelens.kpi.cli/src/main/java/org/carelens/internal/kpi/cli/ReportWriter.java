package org.carelens.internal.kpi.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.carelens.kpi.api.KpiResult;
import org.carelens.kpi.api.MetricInfo;
import org.carelens.kpi.api.MetricValue;

/**
 * Writes a {@link KpiResult} as the JSON of EVENTS.md, as CSV (one row per group, columns
 * {@code <metric>.<field>}), or as a table for people.
 */
final class ReportWriter {

	/** Numbers are written with at most this many decimals: enough for a rate, not noise. */
	private static final int DECIMALS = 4;

	private ReportWriter() {
	}

	static void write(KpiResult result, String format, PrintStream out) {
		switch (format) {
		case "csv" -> csv(result, out);
		case "table" -> table(result, out);
		default -> json(result, out);
		}
	}

	static String number(Object value) {
		if (value instanceof Double d) {
			BigDecimal rounded = BigDecimal.valueOf(d).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
			String text = rounded.scale() <= 0 ? rounded.setScale(1).toPlainString() : rounded.toPlainString();
			return text.equals("-0.0") ? "0.0" : text;
		}
		return String.valueOf(value);
	}

	private static String quote(String text) {
		StringBuilder json = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
			case '"' -> json.append("\\\"");
			case '\\' -> json.append("\\\\");
			case '\n' -> json.append("\\n");
			case '\r' -> json.append("\\r");
			case '\t' -> json.append("\\t");
			default -> {
				if (c < 0x20) {
					json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
				} else {
					json.append(c);
				}
			}
			}
		}
		return json.append('"').toString();
	}

	/** @return the fields of a cell as written: the value's, then target and status when known */
	private static Optional<Map<String, Object>> fields(KpiResult.Cell cell) {
		if (cell.value().isEmpty()) {
			return Optional.empty();
		}
		Map<String, Object> fields = new LinkedHashMap<>(cell.value().get().fields());
		cell.target().ifPresent(t -> fields.put("target", t));
		cell.status().ifPresent(s -> fields.put("status", s.key()));
		return Optional.of(fields);
	}

	private static void json(KpiResult result, PrintStream out) {
		StringBuilder json = new StringBuilder();
		json.append("{\n  \"at\": ").append(quote(result.at().toString())).append(",\n  \"by\": [");
		for (int i = 0; i < result.by().size(); i++) {
			json.append(i == 0 ? "" : ", ").append(quote(result.by().get(i)));
		}
		json.append("],\n  \"rows\": [");
		for (int r = 0; r < result.rows().size(); r++) {
			KpiResult.Row row = result.rows().get(r);
			json.append(r == 0 ? "\n" : ",\n").append("    {\n      \"group\": {");
			int g = 0;
			for (Map.Entry<String, Optional<String>> entry : row.group().entrySet()) {
				json.append(g++ == 0 ? "" : ", ").append(quote(entry.getKey())).append(": ")
						.append(entry.getValue().map(ReportWriter::quote).orElse("null"));
			}
			json.append("},\n      \"metrics\": {");
			int m = 0;
			for (Map.Entry<String, KpiResult.Cell> metric : row.metrics().entrySet()) {
				json.append(m++ == 0 ? "\n" : ",\n").append("        ").append(quote(metric.getKey())).append(": ");
				Optional<Map<String, Object>> fields = fields(metric.getValue());
				if (fields.isEmpty()) {
					json.append("null");
					continue;
				}
				json.append('{');
				int f = 0;
				for (Map.Entry<String, Object> field : fields.get().entrySet()) {
					json.append(f++ == 0 ? "" : ", ").append(quote(field.getKey())).append(": ");
					json.append(field.getValue() instanceof String s ? quote(s) : number(field.getValue()));
				}
				json.append('}');
			}
			json.append(m == 0 ? "}\n    }" : "\n      }\n    }");
		}
		json.append(result.rows().isEmpty() ? "]\n}" : "\n  ]\n}");
		out.println(json);
	}

	private static String csvCell(String text) {
		return text.contains(",") || text.contains("\"") || text.contains("\n")
				? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

	private static void csv(KpiResult result, PrintStream out) {
		Map<String, Set<String>> columns = new LinkedHashMap<>();
		for (MetricInfo metric : result.metrics()) {
			columns.put(metric.id(), new LinkedHashSet<>());
		}
		for (KpiResult.Row row : result.rows()) {
			row.metrics().forEach((id, cell) -> fields(cell).ifPresent(f -> columns.get(id).addAll(f.keySet())));
		}
		List<String> header = new ArrayList<>(result.by());
		columns.forEach((id, names) -> names.forEach(name -> header.add(id + "." + name)));
		out.println(String.join(",", header.stream().map(ReportWriter::csvCell).toList()));
		for (KpiResult.Row row : result.rows()) {
			List<String> cells = new ArrayList<>();
			row.group().values().forEach(v -> cells.add(csvCell(v.orElse(""))));
			columns.forEach((id, names) -> {
				Map<String, Object> fields = fields(row.metrics().get(id)).orElse(Map.of());
				for (String name : names) {
					Object value = fields.get(name);
					cells.add(value == null ? "" : value instanceof String s ? csvCell(s) : number(value));
				}
			});
			out.println(String.join(",", cells));
		}
	}

	private static void table(KpiResult result, PrintStream out) {
		out.println("KPI report at " + result.at() + (result.by().isEmpty() ? "" : ", by " + String.join(", ", result.by())));
		if (result.rows().isEmpty()) {
			out.println("(no conversation in the range)");
		}
		int width = result.metrics().stream().mapToInt(m -> m.id().length()).max().orElse(0);
		for (KpiResult.Row row : result.rows()) {
			out.println();
			List<String> group = new ArrayList<>();
			row.group().forEach((key, value) -> group.add(key + " " + value.orElse("(none)")));
			out.println(group.isEmpty() ? "All conversations" : String.join(", ", group));
			for (MetricInfo metric : result.metrics()) {
				KpiResult.Cell cell = row.metrics().get(metric.id());
				StringBuilder line = new StringBuilder("  ").append(pad(metric.id(), width)).append("  ");
				if (cell.value().isEmpty()) {
					line.append("–");
				} else {
					line.append(headline(metric, cell.value().get()));
					cell.target().ifPresent(t -> line.append("   target ").append(headline(metric, t)));
					cell.status().ifPresent(s -> line.append("  ").append(s.key().replace('_', ' ')));
				}
				out.println(line);
			}
		}
	}

	private static String pad(String text, int width) {
		return text + " ".repeat(Math.max(0, width - text.length()));
	}

	private static String headline(MetricInfo metric, MetricValue value) {
		Map<String, Object> f = value.fields();
		String detail;
		if (metric.unit() == org.carelens.kpi.api.MetricUnit.SECONDS) {
			detail = "n " + f.get("n") + ", median " + duration(value.number("median").orElse(0.0)) + ", p90 "
					+ duration(value.number("p90").orElse(0.0));
		} else if (f.containsKey("den")) {
			detail = f.get("num") + " / " + f.get("den");
		} else if (f.containsKey("n")) {
			detail = "n " + f.get("n") + (Boolean.TRUE.equals(f.get("low_sample")) ? ", low sample" : "");
		} else {
			detail = "";
		}
		String main = metric.unit() == org.carelens.kpi.api.MetricUnit.SECONDS ? "mean " + duration(value.value())
				: headline(metric, value.value());
		return detail.isEmpty() ? main : main + " (" + detail + ")";
	}

	private static String headline(MetricInfo metric, double value) {
		return switch (metric.unit()) {
		case SECONDS -> duration(value);
		case RATIO -> String.format(Locale.ROOT, "%.1f%%", 100 * value);
		case COUNT -> String.format(Locale.ROOT, "%.0f", value);
		case NPS_POINTS -> String.format(Locale.ROOT, "%+.1f", value);
		default -> String.format(Locale.ROOT, "%.2f", value);
		};
	}

	static String duration(double seconds) {
		long s = Math.round(seconds);
		if (s < 60) {
			return s + " s";
		}
		if (s < 3600) {
			return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
		}
		if (s < 86_400) {
			return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
		}
		return String.format(Locale.ROOT, "%d d %02d h", s / 86_400, s % 86_400 / 3600);
	}
}
