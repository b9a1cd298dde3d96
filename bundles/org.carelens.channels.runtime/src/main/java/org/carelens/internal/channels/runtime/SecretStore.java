package org.carelens.internal.channels.runtime;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the secret settings of channel instances are kept, outside the workspace configuration.
 */
public interface SecretStore {

	Optional<String> get(Path workspace, String instanceId, String key);

	void put(Path workspace, String instanceId, String key, String value);

	/** Forgets every secret of an instance. */
	void remove(Path workspace, String instanceId);
}
