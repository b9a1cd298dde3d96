package org.carelens.internal.reports.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The workbench's language, chosen in the preferences and applied at the next start: the launcher script
 * ({@code carelens-workbench}) reads {@value #FILE_NAME} in the workbench data folder and passes its content as
 * {@code -nl}, unless {@code -nl} is given on the command line. Without the file the workbench follows the operating
 * system's locale. A file rather than a preference because the script must read it before Java starts.
 */
final class LanguageSetting {

	static final String FILE_NAME = "carelens.nl";
	/** The languages the workbench is translated into. */
	static final String ENGLISH = "en";
	static final String VIETNAMESE = "vi";

	private LanguageSetting() {
	}

	/** @return the chosen language, empty to follow the operating system */
	static Optional<String> read(Path dataFolder) {
		Path file = dataFolder.resolve(FILE_NAME);
		try {
			return Files.exists(file) ? parse(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	/** @return the language a file's content names; empty for anything but a known language */
	static Optional<String> parse(String content) {
		String first = content.lines().findFirst().orElse("").trim();
		return first.equals(ENGLISH) || first.equals(VIETNAMESE) ? Optional.of(first) : Optional.empty();
	}

	/**
	 * @param language a known language, or empty to follow the operating system
	 * @throws IOException naming the file when it cannot be written or removed
	 */
	static void write(Path dataFolder, Optional<String> language) throws IOException {
		Path file = dataFolder.resolve(FILE_NAME);
		if (language.isEmpty()) {
			Files.deleteIfExists(file);
			return;
		}
		if (parse(language.get()).isEmpty()) {
			throw new IllegalArgumentException("unknown language \"" + language.get() + "\" (known: en, vi)");
		}
		Files.writeString(file, language.get() + "\n", StandardCharsets.UTF_8);
	}
}
