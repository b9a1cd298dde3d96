package org.carelens.channels.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.carelens.core.api.ChannelKind;

/**
 * What a connector is, read from its service properties ({@link ConnectorProperties}).
 *
 * @param id           unique among installed connectors
 * @param label        a short name for people
 * @param channel      the kind of channel its contacts come from by default
 * @param capabilities what it can do; never empty
 */
public record ConnectorDescriptor(String id, String label, ChannelKind channel, Set<Capability> capabilities) {

	public ConnectorDescriptor {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(channel, "channel");
		if (id.isBlank()) {
			throw new IllegalArgumentException("a connector id must not be blank");
		}
		if (capabilities.isEmpty()) {
			throw new IllegalArgumentException("connector " + id + " declares no capability");
		}
		capabilities = Set.copyOf(capabilities);
	}

	public boolean can(Capability capability) {
		return capabilities.contains(capability);
	}

	/**
	 * @param properties the service properties of a {@link ChannelConnector}
	 * @throws IllegalArgumentException naming what is missing or wrong
	 */
	public static ConnectorDescriptor from(Map<String, ?> properties) {
		String id = text(properties, ChannelConnector.ID);
		String label = text(properties, ChannelConnector.LABEL);
		String channel = text(properties, ChannelConnector.CHANNEL);
		ChannelKind kind;
		try {
			kind = ChannelKind.valueOf(channel);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("connector " + id + ": " + ChannelConnector.CHANNEL + " '" + channel
					+ "' is not one of " + List.of(ChannelKind.values()), e);
		}
		Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
		for (String wire : texts(properties.get(ChannelConnector.CAPABILITIES))) {
			capabilities.add(Capability.fromWire(wire).orElseThrow(() -> new IllegalArgumentException("connector "
					+ id + ": unknown capability '" + wire + "' (pull, push or outbound)")));
		}
		return new ConnectorDescriptor(id, label, kind, capabilities);
	}

	private static String text(Map<String, ?> properties, String key) {
		if (!(properties.get(key) instanceof String value) || value.isBlank()) {
			throw new IllegalArgumentException("the service property " + key + " is missing");
		}
		return value;
	}

	private static List<String> texts(Object value) {
		List<String> texts = new ArrayList<>();
		if (value instanceof String single) {
			texts.add(single);
		} else if (value instanceof String[] array) {
			texts.addAll(List.of(array));
		} else if (value instanceof Collection<?> collection) {
			collection.forEach(item -> texts.add(String.valueOf(item)));
		}
		return texts;
	}
}
