package org.carelens.channels.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SettingsSchemaTest {

	private final SettingsSchema schema = SettingsSchema.of(
			SettingField.required("file", "File", FieldType.PATH, "the export"),
			SettingField.choice("preset", "Preset", List.of("zendesk", "freshdesk"), "zendesk", "its columns"),
			SettingField.optional("interval", "Interval", FieldType.DURATION, "PT30S", "between pulls"),
			SettingField.optional("batch", "Batch", FieldType.INTEGER, "1000", "rows per commit"),
			SettingField.secret("api_token", "API token", "for the API"));

	@Test
	void defaultsFillWhatIsNotGiven() throws InvalidSettingsException {
		Settings settings = schema.validate(Map.of("file", "/tmp/t.csv", "api_token", "s3cret"));
		assertEquals(Optional.of(Path.of("/tmp/t.csv")), settings.path("file"));
		assertEquals("zendesk", settings.required("preset"));
		assertEquals(Optional.of(Duration.ofSeconds(30)), settings.duration("interval"));
		assertEquals(Optional.of(1000L), settings.integer("batch"));
	}

	@Test
	void everyProblemIsReportedWithItsSetting() {
		InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
				() -> schema.validate(Map.of("preset", "jira", "batch", "many", "colour", "red")));
		assertEquals(List.of("unknown setting 'colour' (known: [file, preset, interval, batch, api_token])",
				"setting 'file' (File) is required",
				"setting 'preset': 'jira' is not one of [zendesk, freshdesk]",
				"setting 'batch': 'many' is not a whole number",
				"setting 'api_token' (API token) is required"), e.problems());
	}

	@Test
	void aDurationMayBeGivenInSeconds() throws InvalidSettingsException {
		Settings settings = schema.validate(Map.of("file", "x", "api_token", "t", "interval", "90"));
		assertEquals(Optional.of(Duration.ofSeconds(90)), settings.duration("interval"));
	}

	@Test
	void secretsAreMarkedAndNeverPrinted() throws InvalidSettingsException {
		assertEquals(Set.of("api_token"), schema.secretKeys());
		Settings settings = schema.validate(Map.of("file", "x", "api_token", "s3cret"));
		assertEquals(false, settings.toString().contains("s3cret"));
	}

	@Test
	void aKeyDeclaredTwiceIsRefused() {
		assertThrows(IllegalArgumentException.class,
				() -> SettingsSchema.of(SettingField.required("file", "File", FieldType.PATH, ""),
						SettingField.required("file", "Other", FieldType.TEXT, "")));
	}
}
