package org.carelens.channels.api;

import java.util.Locale;
import java.util.Optional;

/**
 * What a connector can do, as listed in its {@value ChannelConnector#CAPABILITIES} service property.
 */
public enum Capability {
	/** It fetches what is new when the runtime asks, on a schedule ({@link ConnectorInstance#pull()}). */
	PULL,
	/** It receives events on its own threads (a webhook, a socket) and hands them to its sink as they come. */
	PUSH,
	/** It can send messages to customers (surveys, replies). */
	OUTBOUND;

	/** @return the spelling in service properties and on the command line: lower case */
	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @return the capability spelled {@code wire}, in any case */
	public static Optional<Capability> fromWire(String wire) {
		for (Capability capability : values()) {
			if (capability.name().equalsIgnoreCase(wire.strip())) {
				return Optional.of(capability);
			}
		}
		return Optional.empty();
	}
}
