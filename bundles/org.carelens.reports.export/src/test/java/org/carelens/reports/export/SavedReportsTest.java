package org.carelens.reports.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.carelens.kpi.api.Dimension;
import org.carelens.reports.core.Period;
import org.carelens.reports.core.PeriodPreset;
import org.carelens.reports.export.ReportDefinition.ReportPeriod;
import org.carelens.reports.export.ReportDefinition.SectionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedReportsTest {

	@TempDir
	Path workspace;

	private static ReportDefinition weekly() {
		return new ReportDefinition("weekly-review", "Báo cáo tuần: chất lượng = 100%",
				List.of(SectionKind.DASHBOARD, SectionKind.COMPARISON, SectionKind.SURVEYS),
				new ReportPeriod.Preset(PeriodPreset.LAST_7_DAYS),
				Map.of(Dimension.CHANNEL, Set.of("VOICE", "CHAT"), Dimension.TEAM, Set.of("T1")), Dimension.AGENT,
				List.of("first_response_time", "csat"), Locale.forLanguageTag("vi"));
	}

	@Test
	void savedReportReadsBackTheSame() throws Exception {
		SavedReports reports = new SavedReports(workspace);
		Path file = reports.save(weekly());
		assertEquals(workspace.resolve("reports/weekly-review.properties"), file);
		assertEquals(weekly(), reports.read("weekly-review"));
		assertEquals(List.of("weekly-review"), reports.names());
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(text.contains("title = Báo cáo tuần: chất lượng = 100%\n"), text);
		assertTrue(text.contains("period = last_7_days\n"), text);
		assertTrue(text.contains("filter.channel = CHAT, VOICE\n"), text);
	}

	@Test
	void fixedDaysAreKeptAsDaysAndResolveInTheZone() throws Exception {
		SavedReports reports = new SavedReports(workspace);
		Files.createDirectories(reports.folder());
		Files.writeString(reports.file("march"), "sections = dashboard, charts\nperiod = 2026-03-01..2026-03-31\n");
		ReportDefinition march = reports.read("march");
		assertEquals(new ReportPeriod.Days(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)), march.period());
		assertEquals(new Period(Instant.parse("2026-02-28T17:00:00Z"), Instant.parse("2026-03-31T17:00:00Z")),
				march.scope(Instant.parse("2026-06-01T00:00:00Z"), SampleResponses.ZONE).period());
		assertEquals(Dimension.TEAM, march.by());
		assertEquals(Locale.forLanguageTag("en"), march.locale());
	}

	@Test
	void savingOverAReportReplacesItWholeAndLeavesNoTemporaryFile() throws Exception {
		SavedReports reports = new SavedReports(workspace);
		reports.save(weekly());
		ReportDefinition shorter = new ReportDefinition("weekly-review", "", List.of(SectionKind.CHARTS),
				new ReportPeriod.Preset(PeriodPreset.TODAY), Map.of(), Dimension.TEAM, List.of(), Locale.ENGLISH);
		reports.save(shorter);
		assertEquals(shorter, reports.read("weekly-review"));
		try (Stream<Path> files = Files.list(reports.folder())) {
			assertEquals(List.of(reports.file("weekly-review")), files.toList());
		}
	}

	@Test
	void eachWrongFieldIsNamedWithItsFile() throws IOException {
		assertProblem("sections = dashboard\nperiod = last_8_days\n", "period",
				"'last_8_days' is neither a preset (today, this_week, last_7_days");
		assertProblem("sections = dashboard, charts, tables\nperiod = today\n", "sections",
				"'tables' is not one of [dashboard, charts, comparison, surveys]");
		assertProblem("period = today\n", "sections", "missing");
		assertProblem("sections = charts\n", "period", "missing");
		assertProblem("sections = charts\nperiod = 2026-03-31..2026-03-01\n", "period", "is before the first");
		assertProblem("sections = charts\nperiod = 2026-03-01..2026-02-30\n", "period", "is not two days");
		assertProblem("sections = charts\nperiod = today\nfilter.colour = red\n", "filter.colour",
				"'colour' is not one of [channel,");
		assertProblem("sections = charts\nperiod = today\nby = weather\n", "by", "'weather' is not one of");
		assertProblem("sections = charts\nperiod = today\nlocale = fr\n", "locale", "'fr' is not one of [en, vi]");
		assertProblem("sections = charts\nperiod = today\nsection = dashboard\n", "section", "unknown field");
		assertProblem("sections = charts\nperiod = today\nfilter.team =\n", "filter.team", "no value");
	}

	@Test
	void aMissingReportNamesTheSavedOnes() throws Exception {
		SavedReports reports = new SavedReports(workspace);
		reports.save(weekly());
		InvalidReportException missing = assertThrows(InvalidReportException.class, () -> reports.read("monthly"));
		assertTrue(missing.getMessage().contains("there is no saved report 'monthly'; the saved reports are "
				+ "[weekly-review]"), missing.getMessage());
		assertThrows(InvalidReportException.class, () -> reports.read("../escape"));
	}

	@Test
	void aBadFileIsLeftAsItWas() throws IOException {
		SavedReports reports = new SavedReports(workspace);
		Files.createDirectories(reports.folder());
		byte[] bad = "sections = charts\nperiod = yesterday\n".getBytes(StandardCharsets.UTF_8);
		Files.write(reports.file("bad"), bad);
		assertThrows(InvalidReportException.class, () -> reports.read("bad"));
		assertEquals(new String(bad, StandardCharsets.UTF_8), Files.readString(reports.file("bad")));
	}

	private void assertProblem(String text, String field, String problem) throws IOException {
		SavedReports reports = new SavedReports(workspace);
		Files.createDirectories(reports.folder());
		Files.writeString(reports.file("r"), text);
		InvalidReportException e = assertThrows(InvalidReportException.class, () -> reports.read("r"));
		assertEquals(field, e.field(), e.getMessage());
		assertEquals(reports.file("r"), e.file());
		assertTrue(e.getMessage().startsWith(reports.file("r") + ": " + field + ": "), e.getMessage());
		assertTrue(e.getMessage().contains(problem), e.getMessage());
	}
}
