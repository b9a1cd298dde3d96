package org.carelens.internal.channels.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carelens.channels.api.ChannelConnector;
import org.junit.jupiter.api.Test;

class ConnectorRegistryTest {

	private static Map<String, Object> properties(long serviceId, String component) {
		Map<String, Object> properties = new HashMap<>(CountingConnector.PROPERTIES);
		properties.put("service.id", serviceId);
		properties.put("component.name", component);
		return properties;
	}

	@Test
	void aSecondConnectorWithATakenIdIsRejectedLoudlyAndTakesOverWhenTheFirstGoes() {
		ConnectorRegistry registry = new ConnectorRegistry();
		ChannelConnector first = new CountingConnector(1);
		ChannelConnector second = new CountingConnector(2);
		registry.addConnector(second, properties(12, "vendor.Counting"));
		registry.addConnector(first, properties(7, "ours.Counting"));
		assertSame(first, registry.find("counting").orElseThrow().connector(), "the earlier registration is used");
		assertEquals(List.of("duplicate connector id 'counting': ours.Counting is used, [vendor.Counting] rejected"),
				registry.problems());
		registry.removeConnector(first, properties(7, "ours.Counting"));
		assertSame(second, registry.find("counting").orElseThrow().connector());
	}

	@Test
	void aConnectorWithoutItsPropertiesIsIgnoredAndReported() {
		ConnectorRegistry registry = new ConnectorRegistry();
		registry.addConnector(new CountingConnector(1), Map.of("component.name", "bare.Connector"));
		assertEquals(List.of(), registry.all());
		assertEquals(List.of("bare.Connector registers a ChannelConnector that is ignored: "
				+ "the service property carelens.connector.id is missing"), registry.problems());
	}
}
