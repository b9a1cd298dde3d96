package org.carelens.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.carelens.channels.api.ConnectorStatus;
import org.carelens.cli.spi.UsageException;
import org.junit.jupiter.api.Test;

class ServerPartsTest {

	@Test
	void listenTakesHostAndPort() throws Exception {
		assertEquals(new Listen("0.0.0.0", 9090), Listen.parse("0.0.0.0:9090"));
		assertEquals(new Listen("::1", 0), Listen.parse("[::1]:0"));
		assertEquals("--listen 8080: HOST:PORT expected, e.g. 127.0.0.1:8080",
				assertThrows(UsageException.class, () -> Listen.parse("8080")).getMessage());
		assertEquals("--listen localhost:99999: the port is not between 0 and 65535",
				assertThrows(UsageException.class, () -> Listen.parse("localhost:99999")).getMessage());
	}

	@Test
	void healthIsOkWhenTheStoreAnswersAndNoChannelFails() {
		Map<String, ConnectorStatus> channels = new LinkedHashMap<>();
		channels.put("chat-web", new ConnectorStatus(ConnectorStatus.State.IDLE, Optional.empty(),
				Optional.of(Instant.parse("2026-02-10T01:15:00Z")), new ConnectorStatus.Counters(4, 3, 1, 0, 0, 0)));
		Health health = new Health("running", "Workspace[directory=/srv/ws]", Optional.empty(), 1234, channels);
		assertTrue(health.healthy());
		assertEquals("{\"status\":\"ok\",\"state\":\"running\",\"store\":{\"location\":\"Workspace[directory=/srv/ws]\","
				+ "\"reachable\":true,\"events\":1234},\"channels\":[{\"id\":\"chat-web\",\"state\":\"idle\","
				+ "\"last_event_at\":\"2026-02-10T01:15:00Z\",\"events\":4,\"stored\":3,\"duplicates\":1,"
				+ "\"conflicts\":0,\"rejected\":0,\"failures\":0}]}", health.json());
	}

	@Test
	void healthIsUnhealthyWhenAChannelFailsOrTheStoreDoesNotAnswer() {
		Map<String, ConnectorStatus> failing = Map.of("mail", new ConnectorStatus(ConnectorStatus.State.FAILING,
				Optional.of("login refused"), Optional.empty(), new ConnectorStatus.Counters(0, 0, 0, 0, 0, 3)));
		assertFalse(new Health("running", "w", Optional.empty(), 0, failing).healthy());
		Health noStore = new Health("running", "w", Optional.of("connection refused"), 0, Map.of());
		assertFalse(noStore.healthy());
		assertEquals("{\"status\":\"unhealthy\",\"state\":\"running\",\"store\":{\"location\":\"w\",\"reachable\":false,"
				+ "\"problem\":\"connection refused\"},\"channels\":[]}", noStore.json());
		assertFalse(new Health("stopping", "w", Optional.empty(), 0, Map.of()).healthy());
	}
}
