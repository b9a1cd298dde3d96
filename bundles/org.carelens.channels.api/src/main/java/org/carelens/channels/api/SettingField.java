package org.carelens.channels.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One setting of a connector instance.
 *
 * @param key          the name it is stored under: lower case, words joined by '_'
 * @param label        what a form shows
 * @param type         how it is checked and edited
 * @param required     whether an instance needs a value (a default counts as a value)
 * @param secret       whether it is a password, token or key: kept in secure storage, never in the workspace file,
 *                     never shown
 * @param defaultValue the value when none is given
 * @param choices      the allowed values of a {@link FieldType#CHOICE}; empty for other types
 * @param help         one or two sentences saying what the value means
 */
public record SettingField(String key, String label, FieldType type, boolean required, boolean secret,
		Optional<String> defaultValue, List<String> choices, String help) {

	public SettingField {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(defaultValue, "defaultValue");
		Objects.requireNonNull(help, "help");
		choices = List.copyOf(choices);
		if (!key.matches("[a-z][a-z0-9_]*")) {
			throw new IllegalArgumentException("setting key '" + key + "' is not lower case words joined by '_'");
		}
		if ((type == FieldType.CHOICE) == choices.isEmpty()) {
			throw new IllegalArgumentException("setting " + key + ": choices go with type CHOICE, and only with it");
		}
		if (secret && defaultValue.isPresent()) {
			throw new IllegalArgumentException("setting " + key + ": a secret has no default");
		}
	}

	/** @return a required field without default */
	public static SettingField required(String key, String label, FieldType type, String help) {
		return new SettingField(key, label, type, true, false, Optional.empty(), List.of(), help);
	}

	/** @return an optional field with a default */
	public static SettingField optional(String key, String label, FieldType type, String defaultValue, String help) {
		return new SettingField(key, label, type, false, false, Optional.of(defaultValue), List.of(), help);
	}

	/** @return an optional field without default */
	public static SettingField optional(String key, String label, FieldType type, String help) {
		return new SettingField(key, label, type, false, false, Optional.empty(), List.of(), help);
	}

	/** @return a field whose value is one of {@code choices}, {@code defaultValue} unless given */
	public static SettingField choice(String key, String label, List<String> choices, String defaultValue,
			String help) {
		return new SettingField(key, label, FieldType.CHOICE, false, false, Optional.of(defaultValue), choices, help);
	}

	/** @return a required secret text: a password, token or key */
	public static SettingField secret(String key, String label, String help) {
		return new SettingField(key, label, FieldType.TEXT, true, true, Optional.empty(), List.of(), help);
	}
}
