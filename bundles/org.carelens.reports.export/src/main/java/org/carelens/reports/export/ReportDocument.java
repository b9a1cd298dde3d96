package org.carelens.reports.export;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A report ready to be written in any {@link ReportFormat}: its title, the lines that say what it covers, and its
 * sections. Labels are already in the report's language; numbers are kept raw in their cells, each writer formats
 * them for {@link #locale()}.
 *
 * @param title    the report's name
 * @param subtitle what it covers: workspace, period, filters, when it was made
 * @param locale   the language and number formats of the report
 * @param sections in order
 */
public record ReportDocument(String title, List<String> subtitle, Locale locale, List<Section> sections) {

	public ReportDocument {
		Objects.requireNonNull(title, "title");
		subtitle = List.copyOf(subtitle);
		Objects.requireNonNull(locale, "locale");
		sections = List.copyOf(sections);
	}
}
