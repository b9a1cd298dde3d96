package org.carelens.internal.reports.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.carelens.reports.core.PeriodPreset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportPreferencesTest {

	@Test
	void storedTilesKeepTheirOrderAndLoseMetricsNoLongerInstalled() {
		assertEquals(List.of("csat", "first_response_time", "nps"), ReportPreferences.parseTiles(
				"csat, first_response_time,qa_score,nps,csat", Set.of("csat", "nps", "first_response_time")));
		assertEquals(List.of(), ReportPreferences.parseTiles("", Set.of("csat")));
	}

	@Test
	void theSameFolderHasOneKeyWhateverItsSpelling(@TempDir Path folder) throws IOException {
		Path workspace = Files.createDirectory(folder.resolve("demo"));
		assertEquals(ReportPreferences.key(workspace), ReportPreferences.key(folder.resolve("x/../demo")));
		assertFalse(ReportPreferences.key(workspace).contains("/"), "a key with slashes would be a node path");
	}

	@Test
	void onlyKnownPresetsAreRead() {
		assertEquals(Optional.of(PeriodPreset.THIS_MONTH), ReportPreferences.parsePreset("THIS_MONTH"));
		assertEquals(Optional.empty(), ReportPreferences.parsePreset("NEXT_YEAR"));
	}

	@Test
	void theLanguageFileHoldsEnglishVietnameseOrNothing(@TempDir Path data) throws IOException {
		assertEquals(Optional.empty(), LanguageSetting.read(data), "no file: follow the operating system");
		LanguageSetting.write(data, Optional.of("vi"));
		assertEquals("vi\n", Files.readString(data.resolve(LanguageSetting.FILE_NAME)));
		assertEquals(Optional.of("vi"), LanguageSetting.read(data));
		LanguageSetting.write(data, Optional.empty());
		assertFalse(Files.exists(data.resolve(LanguageSetting.FILE_NAME)));
		assertThrows(IllegalArgumentException.class, () -> LanguageSetting.write(data, Optional.of("fr")));
		assertEquals(Optional.empty(), LanguageSetting.parse("de_DE; rm -rf /\n"), "the script passes only en or vi");
	}
}
