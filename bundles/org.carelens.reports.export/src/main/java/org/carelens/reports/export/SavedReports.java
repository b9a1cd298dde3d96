package org.carelens.reports.export;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.carelens.kpi.api.Dimension;
import org.carelens.reports.core.PeriodPreset;
import org.carelens.reports.export.ReportDefinition.ReportPeriod;
import org.carelens.reports.export.ReportDefinition.SectionKind;

/**
 * The saved reports of a workspace: one UTF-8 properties file per report in its {@code reports} folder,
 * {@code reports/NAME.properties}, readable and editable by hand:
 *
 * <pre>
 * title = Weekly quality review
 * sections = dashboard, charts, comparison, surveys
 * period = last_7_days            (or 2026-03-01..2026-03-31)
 * filter.channel = voice, chat    (filter.DIMENSION = values; any of channel, site, manager, team, agent, ...)
 * by = team                       (the comparison's segments)
 * metrics = first_response_time, csat   (empty: the dashboard's default tiles)
 * locale = vi                     (en or vi)
 * </pre>
 *
 * Reading checks every field and names the file and the field at fault; saving replaces a file whole or not at all.
 */
public final class SavedReports {

	/** The folder of the workspace that holds the saved reports. */
	public static final String FOLDER = "reports";
	public static final String EXTENSION = ".properties";
	/** The languages a report is written in. */
	public static final List<String> LANGUAGES = List.of("en", "vi");

	private static final String TITLE = "title";
	private static final String SECTIONS = "sections";
	private static final String PERIOD = "period";
	private static final String FILTER = "filter.";
	private static final String BY = "by";
	private static final String METRICS = "metrics";
	private static final String LOCALE = "locale";
	private static final Set<String> KEYS = Set.of(TITLE, SECTIONS, PERIOD, BY, METRICS, LOCALE);

	private final Path folder;

	public SavedReports(Path workspace) {
		this.folder = workspace.resolve(FOLDER);
	}

	public Path folder() {
		return folder;
	}

	/** @return the file a report of that name is kept in */
	public Path file(String name) {
		return folder.resolve(name + EXTENSION);
	}

	/** @return the names of the saved reports, sorted; none when the folder does not exist */
	public List<String> names() throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(f -> String.valueOf(f.getFileName())).filter(f -> f.endsWith(EXTENSION))
					.map(f -> f.substring(0, f.length() - EXTENSION.length()))
					.filter(n -> ReportDefinition.NAME.matcher(n).matches()).sorted().toList();
		}
	}

	/**
	 * @throws InvalidReportException naming the file and field when a field is wrong, or the saved reports when
	 *                                there is none of that name
	 * @throws IOException            when the file cannot be read
	 */
	public ReportDefinition read(String name) throws IOException, InvalidReportException {
		Path file = file(name);
		if (!ReportDefinition.NAME.matcher(name).matches()) {
			throw new InvalidReportException(file, "name", "'" + name
					+ "' is no report name (letters, digits, '.', '_', '-')");
		}
		String text;
		try {
			text = utf8(file, Files.readAllBytes(file));
		} catch (NoSuchFileException e) {
			List<String> saved = names();
			throw new InvalidReportException(file, "name", "there is no saved report '" + name + "'; "
					+ (saved.isEmpty() ? "the workspace has none" : "the saved reports are " + saved));
		}
		return parse(file, name, text);
	}

	/** @return the report read from a file's text, every field checked */
	public static ReportDefinition parse(Path file, String name, String text) throws InvalidReportException {
		Properties properties = new Properties();
		try (Reader reader = new StringReader(text)) {
			properties.load(reader);
		} catch (IOException | IllegalArgumentException e) {
			throw new InvalidReportException(file, String.valueOf(file.getFileName()), "not a properties file: "
					+ e.getMessage());
		}
		for (String key : properties.stringPropertyNames()) {
			if (!KEYS.contains(key) && !key.startsWith(FILTER)) {
				throw new InvalidReportException(file, key, "unknown field; the fields are " + new TreeSet<>(KEYS)
						+ " and filter.DIMENSION");
			}
		}
		String title = properties.getProperty(TITLE, "").strip();
		List<SectionKind> sections = new ArrayList<>();
		for (String section : list(properties.getProperty(SECTIONS, ""))) {
			try {
				SectionKind kind = SectionKind.valueOf(section.toUpperCase(Locale.ROOT));
				if (!sections.contains(kind)) {
					sections.add(kind);
				}
			} catch (IllegalArgumentException e) {
				throw new InvalidReportException(file, SECTIONS, "'" + section + "' is not one of "
						+ Arrays.stream(SectionKind.values()).map(SectionKind::key).toList());
			}
		}
		if (sections.isEmpty()) {
			throw new InvalidReportException(file, SECTIONS, "missing: name at least one of "
					+ Arrays.stream(SectionKind.values()).map(SectionKind::key).toList());
		}
		ReportPeriod period = period(file, properties.getProperty(PERIOD, "").strip());
		Map<Dimension, Set<String>> filters = new EnumMap<>(Dimension.class);
		for (String key : properties.stringPropertyNames()) {
			if (key.startsWith(FILTER)) {
				Dimension dimension = dimension(file, key, key.substring(FILTER.length()));
				List<String> values = list(properties.getProperty(key));
				if (values.isEmpty()) {
					throw new InvalidReportException(file, key, "no value; remove the line to keep every "
							+ dimension.key());
				}
				filters.put(dimension, new LinkedHashSet<>(values));
			}
		}
		Dimension by = dimension(file, BY, properties.getProperty(BY, "team").strip());
		List<String> metrics = list(properties.getProperty(METRICS, ""));
		String language = properties.getProperty(LOCALE, "en").strip();
		if (!LANGUAGES.contains(language)) {
			throw new InvalidReportException(file, LOCALE, "'" + language + "' is not one of " + LANGUAGES);
		}
		try {
			return new ReportDefinition(name, title, sections, period, filters, by, metrics,
					Locale.forLanguageTag(language));
		} catch (IllegalArgumentException e) {
			throw new InvalidReportException(file, "name", e.getMessage());
		}
	}

	private static ReportPeriod period(Path file, String text) throws InvalidReportException {
		if (text.isEmpty()) {
			throw new InvalidReportException(file, PERIOD, "missing: a preset (" + presets()
					+ ") or days such as 2026-03-01..2026-03-31");
		}
		int dots = text.indexOf("..");
		if (dots >= 0) {
			try {
				return new ReportPeriod.Days(LocalDate.parse(text.substring(0, dots).strip()),
						LocalDate.parse(text.substring(dots + 2).strip()));
			} catch (DateTimeParseException e) {
				throw new InvalidReportException(file, PERIOD, "'" + text
						+ "' is not two days such as 2026-03-01..2026-03-31: " + e.getMessage());
			} catch (IllegalArgumentException e) {
				throw new InvalidReportException(file, PERIOD, e.getMessage());
			}
		}
		try {
			return new ReportPeriod.Preset(PeriodPreset.valueOf(text.toUpperCase(Locale.ROOT)));
		} catch (IllegalArgumentException e) {
			throw new InvalidReportException(file, PERIOD, "'" + text + "' is neither a preset (" + presets()
					+ ") nor days such as 2026-03-01..2026-03-31");
		}
	}

	private static String presets() {
		return Arrays.stream(PeriodPreset.values()).map(p -> p.name().toLowerCase(Locale.ROOT))
				.collect(Collectors.joining(", "));
	}

	private static Dimension dimension(Path file, String field, String key) throws InvalidReportException {
		for (Dimension dimension : Dimension.values()) {
			if (dimension.key().equals(key)) {
				return dimension;
			}
		}
		throw new InvalidReportException(file, field, "'" + key + "' is not one of "
				+ Arrays.stream(Dimension.values()).map(Dimension::key).toList());
	}

	private static List<String> list(String text) {
		return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/**
	 * Saves the report as {@code reports/NAME.properties}: written to a temporary file in the folder, then moved over
	 * the old one, so that an existing report is never left half written.
	 *
	 * @return the file
	 */
	public Path save(ReportDefinition report) throws IOException {
		Files.createDirectories(folder);
		Path file = file(report.name());
		// not createTempFile: its owner-only permissions would stay on the report
		Path temporary = folder.resolve("." + report.name() + "." + UUID.randomUUID() + ".part");
		try {
			try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
					StandardOpenOption.WRITE)) {
				out.write(format(report));
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
		return file;
	}

	/** @return the file's text: one field a line, UTF-8, readable by {@link #parse} */
	public static String format(ReportDefinition report) {
		StringBuilder text = new StringBuilder("# CareLens saved report '" + report.name()
				+ "': run it with carelens report --report " + report.name() + "\n");
		line(text, TITLE, report.title());
		line(text, SECTIONS, report.sections().stream().map(SectionKind::key).collect(Collectors.joining(", ")));
		line(text, PERIOD, report.period().key());
		report.filters().forEach((dimension, values) -> line(text, FILTER + dimension.key(),
				values.stream().sorted().collect(Collectors.joining(", "))));
		line(text, BY, report.by().key());
		line(text, METRICS, String.join(", ", report.metrics()));
		line(text, LOCALE, report.locale().getLanguage());
		return text.toString();
	}

	private static void line(StringBuilder text, String key, String value) {
		StringBuilder escaped = new StringBuilder();
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '\\' -> escaped.append("\\\\");
			case '\n' -> escaped.append("\\n");
			case '\r' -> escaped.append("\\r");
			default -> escaped.append(i == 0 && (c == ' ' || c == '#' || c == '!') ? "\\" + c : String.valueOf(c));
			}
		}
		text.append(key).append(" = ").append(escaped).append('\n');
	}

	/** Reads a file's bytes as UTF-8, refusing what is not. */
	static String utf8(Path file, byte[] bytes) throws InvalidReportException {
		try {
			return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			throw new InvalidReportException(file, String.valueOf(file.getFileName()), "not UTF-8 text");
		}
	}
}
