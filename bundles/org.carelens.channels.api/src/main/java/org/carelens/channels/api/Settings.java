package org.carelens.channels.api;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * The validated settings of a connector instance: every value checked against its {@link FieldType}, defaults
 * filled in. Made by {@link SettingsSchema#validate}.
 */
public final class Settings {

	private final Map<String, String> values;

	Settings(Map<String, String> values) {
		this.values = Map.copyOf(values);
	}

	/** @return the values by key, secrets included: never print this */
	public Map<String, String> values() {
		return values;
	}

	public Optional<String> text(String key) {
		return Optional.ofNullable(values.get(key));
	}

	/** @return a required value; the schema guarantees it is there */
	public String required(String key) {
		String value = values.get(key);
		if (value == null) {
			throw new IllegalStateException("setting '" + key + "' is not in the schema as required");
		}
		return value;
	}

	public Optional<Path> path(String key) {
		return text(key).map(Path::of);
	}

	public Optional<Long> integer(String key) {
		return text(key).map(Long::parseLong);
	}

	public boolean flag(String key) {
		return text(key).map(Boolean::parseBoolean).orElse(false);
	}

	public Optional<Duration> duration(String key) {
		return text(key).flatMap(SettingsSchema::parseDuration);
	}

	public Optional<ZoneId> zone(String key) {
		return text(key).map(ZoneId::of);
	}

	@Override
	public String toString() {
		// values may be secrets
		return "Settings" + values.keySet();
	}
}
