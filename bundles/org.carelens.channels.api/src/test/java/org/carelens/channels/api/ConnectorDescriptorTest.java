package org.carelens.channels.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Set;

import org.carelens.core.api.ChannelKind;
import org.junit.jupiter.api.Test;

class ConnectorDescriptorTest {

	@Test
	void readsTheServicePropertiesOfATypedComponentProperty() {
		ConnectorDescriptor descriptor = ConnectorDescriptor.from(Map.of(ChannelConnector.ID, "file.csv",
				ChannelConnector.LABEL, "CSV export", ChannelConnector.CHANNEL, "EMAIL",
				ChannelConnector.CAPABILITIES, new String[] { "pull", "outbound" }));
		assertEquals(new ConnectorDescriptor("file.csv", "CSV export", ChannelKind.EMAIL,
				Set.of(Capability.PULL, Capability.OUTBOUND)), descriptor);
	}

	@Test
	void aSingleCapabilityMayBeAString() {
		assertEquals(Set.of(Capability.PUSH), ConnectorDescriptor.from(Map.of(ChannelConnector.ID, "x",
				ChannelConnector.LABEL, "X", ChannelConnector.CHANNEL, "CHAT", ChannelConnector.CAPABILITIES, "push"))
				.capabilities());
	}

	@Test
	void aMissingIdOrUnknownKindIsNamed() {
		assertEquals("the service property carelens.connector.id is missing",
				assertThrows(IllegalArgumentException.class, () -> ConnectorDescriptor.from(Map.of(
						ChannelConnector.LABEL, "X", ChannelConnector.CHANNEL, "CHAT"))).getMessage());
		assertEquals("connector x: carelens.connector.channel 'FAX' is not one of "
				+ "[VOICE, CHAT, EMAIL, SOCIAL, APP, IN_PERSON]",
				assertThrows(IllegalArgumentException.class, () -> ConnectorDescriptor.from(Map.of(
						ChannelConnector.ID, "x", ChannelConnector.LABEL, "X", ChannelConnector.CHANNEL, "FAX",
						ChannelConnector.CAPABILITIES, "pull"))).getMessage());
	}
}
