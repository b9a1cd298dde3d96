package org.carelens.core.api.channel;

import java.util.Map;
import java.util.Objects;

import org.carelens.core.api.ChannelKind;

/**
 * A configured channel of a workspace, such as "Hotline 1900" or "Zalo OA Shop", and the connector that serves it.
 *
 * @param id          the id events name in {@code channel_instance}
 * @param name        for people
 * @param kind        the fixed kind of channel
 * @param connectorId the id of the connector service that reads it
 * @param settings    the connector's settings; never secrets, which are kept outside the workspace configuration
 */
public record ChannelInstance(String id, String name, ChannelKind kind, String connectorId,
		Map<String, String> settings) {

	public ChannelInstance {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(connectorId, "connectorId");
		settings = Map.copyOf(settings);
	}
}
