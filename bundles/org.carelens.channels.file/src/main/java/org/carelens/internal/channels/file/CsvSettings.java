package org.carelens.internal.channels.file;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.api.FieldType;
import org.carelens.channels.api.SettingField;
import org.carelens.channels.api.Settings;

/**
 * The settings of the connectors that read CSV exports: a preset or a mapping file, the zone, the delimiter.
 */
final class CsvSettings {

	static final String PRESET = "preset";
	static final String MAPPING = "mapping";
	static final String ZONE = "zone";
	static final String DELIMITER = "delimiter";
	static final String COMMIT = "commit_rows";
	static final String CUSTOM = "custom";

	private CsvSettings() {
	}

	/** @param extraChoices choices offered before the presets, e.g. {@code jsonl} for a folder */
	static List<SettingField> fields(String presetKey, List<String> extraChoices) {
		List<String> choices = new ArrayList<>(extraChoices);
		choices.addAll(Presets.names());
		choices.add(CUSTOM);
		return List.of(
				new SettingField(presetKey, "Export format", FieldType.CHOICE, true, false, Optional.empty(), choices,
						"the tool the file comes from, or 'custom' with a mapping file"),
				SettingField.optional(MAPPING, "Column mapping file", FieldType.PATH,
						"for 'custom': a properties file naming the column of each field (see the README)"),
				SettingField.optional(ZONE, "Time zone", FieldType.ZONE, "UTC",
						"the zone of timestamps written without an offset"),
				SettingField.optional(DELIMITER, "Delimiter", FieldType.TEXT, ",",
						"the field separator: one character, or 'tab'"),
				SettingField.optional(COMMIT, "Rows per commit", FieldType.INTEGER, "20000",
						"rows stored in one transaction before the position is committed"));
	}

	/** @return the mapping the settings choose: a preset (its optional columns optional) or a mapping file */
	static TableFile tableFile(Settings settings, String presetKey) throws ConnectorException {
		String preset = settings.required(presetKey);
		ColumnMapping mapping;
		boolean custom = preset.equals(CUSTOM);
		if (custom) {
			Path file = settings.path(MAPPING).orElseThrow(
					() -> new ConnectorException("format 'custom' needs the setting '" + MAPPING + "'"));
			try {
				mapping = ColumnMapping.read(file);
			} catch (IOException e) {
				throw new ConnectorException("cannot read the mapping " + file + ": " + e.getMessage(), e);
			} catch (IllegalArgumentException e) {
				throw new ConnectorException("mapping " + e.getMessage(), e);
			}
		} else {
			mapping = Presets.find(preset)
					.orElseThrow(() -> new ConnectorException("no preset '" + preset + "'"));
		}
		if (!custom || settings.text(ZONE).filter(z -> !z.equals("UTC")).isPresent()) {
			mapping = mapping.withZone(settings.zone(ZONE).orElseThrow());
		}
		String delimiter = settings.text(DELIMITER).orElse(",");
		if (delimiter.equals("tab")) {
			delimiter = "\t";
		}
		if (delimiter.length() != 1) {
			throw new ConnectorException("the delimiter '" + delimiter + "' is not one character");
		}
		return new TableFile(mapping, custom, delimiter.charAt(0), commitEvery(settings, COMMIT));
	}

	static int commitEvery(Settings settings, String key) throws ConnectorException {
		long rows = settings.integer(key).orElse(20_000L);
		if (rows < 1 || rows > 1_000_000) {
			throw new ConnectorException("'" + key + "' is " + rows + ": between 1 and 1,000,000");
		}
		return (int) rows;
	}
}
