package org.carelens.reports.core;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a drill-down list as CSV (RFC 4180), one row per conversation: the fields every list has, then the metric's
 * own columns. Instants are ISO-8601 with the workspace zone's offset, durations whole seconds, so that a
 * spreadsheet or a script reads them without knowing the UI's language.
 */
public final class DrillDownCsv {

	private static final List<String> FIXED = List.of("conversation", "channel", "channel_instance", "agent", "team",
			"opened", "status", "role", "attributed_at");

	private final List<DrillColumn> columns;
	private final DateTimeFormatter instants;

	public DrillDownCsv(List<DrillColumn> columns, ZoneId zone) {
		this.columns = List.copyOf(columns);
		this.instants = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone);
	}

	/** @return the header line's fields */
	public List<String> header() {
		List<String> names = new ArrayList<>(FIXED);
		columns.forEach(c -> names.add(c.key()));
		return names;
	}

	/** Writes the header and one line per conversation, lines ended by CRLF as RFC 4180 says. */
	public void write(List<DrilledConversation> conversations, Appendable out) throws IOException {
		line(header(), out);
		for (DrilledConversation c : conversations) {
			List<String> fields = new ArrayList<>();
			fields.add(c.id());
			fields.add(c.channel().wire());
			fields.add(c.instance().orElse(""));
			fields.add(c.agent().orElse(""));
			fields.add(c.team().orElse(""));
			fields.add(instants.format(c.opened()));
			fields.add(c.resolved() ? "resolved" : "open");
			fields.add(c.role().name().toLowerCase(Locale.ROOT));
			fields.add(instants.format(c.attributed()));
			for (DrillColumn column : columns) {
				fields.add(text(c.value(column)));
			}
			line(fields, out);
		}
	}

	private String text(Optional<Object> value) {
		if (value.isEmpty()) {
			return "";
		}
		return switch (value.get()) {
		case Duration d -> String.valueOf(d.toSeconds());
		case Instant i -> instants.format(i);
		case Double d -> d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : String.valueOf(d);
		default -> String.valueOf(value.get());
		};
	}

	private static void line(List<String> fields, Appendable out) throws IOException {
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
