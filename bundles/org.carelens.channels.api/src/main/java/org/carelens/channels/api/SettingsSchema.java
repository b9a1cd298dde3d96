package org.carelens.channels.api;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The settings of a connector's instances, in the order a form shows them.
 *
 * @param fields the settings, keys distinct
 */
public record SettingsSchema(List<SettingField> fields) {

	public SettingsSchema {
		fields = List.copyOf(fields);
		Set<String> keys = new HashSet<>();
		for (SettingField field : fields) {
			if (!keys.add(field.key())) {
				throw new IllegalArgumentException("setting '" + field.key() + "' is declared twice");
			}
		}
	}

	public static SettingsSchema of(SettingField... fields) {
		return new SettingsSchema(List.of(fields));
	}

	public Optional<SettingField> field(String key) {
		return fields.stream().filter(f -> f.key().equals(key)).findFirst();
	}

	/** @return the keys of the secret settings */
	public Set<String> secretKeys() {
		Set<String> secrets = new HashSet<>();
		fields.stream().filter(SettingField::secret).forEach(f -> secrets.add(f.key()));
		return secrets;
	}

	/**
	 * Checks values against the schema and completes them with the defaults.
	 *
	 * @param values the values by key, as typed (text)
	 * @return the settings, every field with a value or a default present
	 * @throws InvalidSettingsException listing every unknown key, missing required value and malformed value
	 */
	public Settings validate(Map<String, String> values) throws InvalidSettingsException {
		List<String> problems = new ArrayList<>();
		for (String key : values.keySet()) {
			if (field(key).isEmpty()) {
				problems.add("unknown setting '" + key + "' (known: "
						+ fields.stream().map(SettingField::key).toList() + ")");
			}
		}
		Map<String, String> complete = new LinkedHashMap<>();
		for (SettingField field : fields) {
			String value = values.get(field.key());
			if (value == null || value.isBlank()) {
				value = field.defaultValue().orElse(null);
			}
			if (value == null) {
				if (field.required()) {
					problems.add("setting '" + field.key() + "' (" + field.label() + ") is required");
				}
				continue;
			}
			check(field, value.strip()).ifPresent(problems::add);
			complete.put(field.key(), value.strip());
		}
		if (!problems.isEmpty()) {
			throw new InvalidSettingsException(problems);
		}
		return new Settings(complete);
	}

	private static Optional<String> check(SettingField field, String value) {
		String prefix = "setting '" + field.key() + "': ";
		switch (field.type()) {
		case INTEGER -> {
			try {
				Long.parseLong(value);
			} catch (NumberFormatException e) {
				return Optional.of(prefix + "'" + value + "' is not a whole number");
			}
		}
		case BOOLEAN -> {
			if (!value.equals("true") && !value.equals("false")) {
				return Optional.of(prefix + "'" + value + "' is neither true nor false");
			}
		}
		case DURATION -> {
			if (parseDuration(value).isEmpty()) {
				return Optional.of(prefix + "'" + value + "' is not a duration (e.g. PT30S or 30 seconds as 30)");
			}
		}
		case ZONE -> {
			try {
				ZoneId.of(value);
			} catch (DateTimeException e) {
				return Optional.of(prefix + "'" + value + "' is not a time zone (e.g. Asia/Ho_Chi_Minh)");
			}
		}
		case CHOICE -> {
			if (!field.choices().contains(value)) {
				return Optional.of(prefix + "'" + value + "' is not one of " + field.choices());
			}
		}
		case TEXT, PATH -> {
			if (value.contains("\n")) {
				return Optional.of(prefix + "a single line is expected");
			}
		}
		}
		return Optional.empty();
	}

	static Optional<Duration> parseDuration(String value) {
		try {
			return Optional.of(Duration.parse(value));
		} catch (DateTimeParseException e) {
			try {
				return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
			} catch (NumberFormatException e2) {
				return Optional.empty();
			}
		}
	}
}
