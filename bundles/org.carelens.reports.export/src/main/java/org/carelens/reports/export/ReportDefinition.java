package org.carelens.reports.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.carelens.kpi.api.Dimension;
import org.carelens.reports.core.Period;
import org.carelens.reports.core.PeriodPreset;
import org.carelens.reports.core.ReportScope;

/**
 * A saved report: which views it shows, over which period and conversations, in which language. Running it again
 * computes the same views over the same kind of period (this week, the last 30 days) or the same days.
 *
 * @param name     the report's name, also its file's: letters, digits, {@code .}, {@code _} and {@code -}
 * @param title    the title printed on the report; blank for the default
 * @param sections the views, in order
 * @param period   a preset resolved at the report instant, or fixed days
 * @param filters  per dimension, the values kept
 * @param by       the dimension the comparison section compares
 * @param metrics  the metrics of the dashboard and comparison; empty for the dashboard's defaults
 * @param locale   the report's language and number formats (English or Vietnamese)
 */
public record ReportDefinition(String name, String title, List<SectionKind> sections, ReportPeriod period,
		Map<Dimension, Set<String>> filters, Dimension by, List<String> metrics, Locale locale) {

	/** What a report's name may be. */
	public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

	public ReportDefinition {
		Objects.requireNonNull(name, "name");
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("a report name is 1 to 64 letters, digits, '.', '_' or '-', "
					+ "starting with a letter or digit, not '" + name + "'");
		}
		Objects.requireNonNull(title, "title");
		sections = List.copyOf(sections);
		if (sections.isEmpty()) {
			throw new IllegalArgumentException("a report shows at least one section");
		}
		Objects.requireNonNull(period, "period");
		Map<Dimension, Set<String>> copy = new EnumMap<>(Dimension.class);
		filters.forEach((dimension, values) -> copy.put(dimension, Set.copyOf(values)));
		filters = Collections.unmodifiableMap(copy);
		Objects.requireNonNull(by, "by");
		metrics = List.copyOf(metrics);
		Objects.requireNonNull(locale, "locale");
	}

	/** @return the conversations the report is about when run at {@code at} */
	public ReportScope scope(Instant at, ZoneId zone) {
		return new ReportScope(period.resolve(at, zone), filters);
	}

	/** The views a report can show. */
	public enum SectionKind {
		DASHBOARD, CHARTS, COMPARISON, SURVEYS;

		/** @return its name in a report file: {@code dashboard} */
		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** A report's period: a preset that moves with the report instant, or fixed days. */
	public sealed interface ReportPeriod {

		Period resolve(Instant at, ZoneId zone);

		/** @return how a report file writes it: {@code last_30_days}, {@code 2026-03-01..2026-03-31} */
		String key();

		/** A preset resolved at the report instant. */
		record Preset(PeriodPreset preset) implements ReportPeriod {

			public Preset {
				Objects.requireNonNull(preset, "preset");
			}

			@Override
			public Period resolve(Instant at, ZoneId zone) {
				return preset.resolve(at, zone);
			}

			@Override
			public String key() {
				return preset.name().toLowerCase(Locale.ROOT);
			}
		}

		/** The days from {@code first} to {@code last}, both included. */
		record Days(LocalDate first, LocalDate last) implements ReportPeriod {

			public Days {
				Objects.requireNonNull(first, "first");
				Objects.requireNonNull(last, "last");
				if (last.isBefore(first)) {
					throw new IllegalArgumentException("the last day (" + last + ") is before the first (" + first
							+ ")");
				}
			}

			@Override
			public Period resolve(Instant at, ZoneId zone) {
				return PeriodPreset.custom(first, last, zone);
			}

			@Override
			public String key() {
				return first + ".." + last;
			}
		}
	}
}
