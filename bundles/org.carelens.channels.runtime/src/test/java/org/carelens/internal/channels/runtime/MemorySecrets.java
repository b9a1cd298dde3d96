package org.carelens.internal.channels.runtime;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Secrets in a map, for tests. */
final class MemorySecrets implements SecretStore {

	final Map<String, String> values = new HashMap<>();

	@Override
	public Optional<String> get(Path workspace, String instanceId, String key) {
		return Optional.ofNullable(values.get(workspace + "/" + instanceId + "/" + key));
	}

	@Override
	public void put(Path workspace, String instanceId, String key, String value) {
		values.put(workspace + "/" + instanceId + "/" + key, value);
	}

	@Override
	public void remove(Path workspace, String instanceId) {
		values.keySet().removeIf(k -> k.startsWith(workspace + "/" + instanceId + "/"));
	}
}
