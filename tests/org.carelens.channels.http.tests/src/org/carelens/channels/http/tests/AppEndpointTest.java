package org.carelens.channels.http.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.channel.ChannelInstance;
import org.carelens.store.api.QuarantineEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The in-app REST endpoint: CareLens events as JSON Lines with the instance's Bearer token, on loopback. */
class AppEndpointTest extends EndpointTestBase {

	static final String TOKEN = "app-tok-Zr81mQ0sVb3nLc";
	static final Instant T0 = Instant.parse("2026-02-10T01:15:00Z");

	@BeforeEach
	void start() throws Exception {
		ChannelInstance instance = new ChannelInstance("app-shop", "Shop app", ChannelKind.APP, "app.events",
				Map.of("token", TOKEN));
		serve(instance);
	}

	private HttpResponse<String> post(String body) throws java.io.IOException, InterruptedException {
		return Http.post(url, body, Map.of("Authorization", "Bearer " + TOKEN, "Content-Type", "application/x-ndjson"));
	}

	static String opened(String conversation) {
		return "{\"id\":\"" + conversation + "-open\",\"type\":\"conversation.opened\",\"at\":\"" + T0
				+ "\",\"conversation\":\"" + conversation + "\",\"customer\":\"u-1\",\"channel\":\"APP\","
				+ "\"channel_instance\":\"app-shop\"}";
	}

	static String message(String conversation, int n) {
		return "{\"id\":\"" + conversation + "-m" + n + "\",\"type\":\"message\",\"at\":\"" + T0.plusSeconds(n)
				+ "\",\"conversation\":\"" + conversation + "\",\"author\":\"" + (n % 2 == 0 ? "agent\",\"agent\":\"duc"
						: "customer") + "\"}";
	}

	@Test
	void eventsWithTheTokenAreStoredBeforeTheyAreAcknowledged() throws Exception {
		HttpResponse<String> response = post(opened("a-1") + "\n" + message("a-1", 1) + "\n" + message("a-1", 2) + "\n");
		assertEquals(200, response.statusCode(), response.body());
		assertEquals("{\"accepted\":3}", response.body());
		assertEquals(3, node.read(store -> store.eventsOfConversation("a-1")).size());
	}

	@Test
	void aWrongOrMissingTokenIsRefusedAndNothingIsStored() throws Exception {
		String body = opened("a-1");
		HttpResponse<String> wrong = Http.post(url, body, Map.of("Authorization", "Bearer app-tok-Zr81mQ0sVb3nLd"));
		assertEquals(401, wrong.statusCode());
		assertEquals("{\"error\":\"the Bearer token is not this endpoint's\"}", wrong.body());
		assertEquals(401, Http.post(url, body, Map.of()).statusCode());
		assertEquals(0L, node.read(store -> store.eventCount()));
		assertEquals(0L, node.read(store -> store.quarantineCount()));
	}

	@Test
	void aMalformedEventIsAnswered422WithItsLineAndQuarantinedAndNothingElseIsStored() throws Exception {
		String bad = "{\"id\":\"a-1-m1\",\"type\":\"message\",\"at\":\"yesterday\",\"conversation\":\"a-1\",\"author\":\"customer\"}";
		HttpResponse<String> response = post(bad);
		assertEquals(422, response.statusCode());
		assertEquals(0L, node.read(store -> store.eventCount()));
		List<QuarantineEntry> quarantined = node.read(store -> store.quarantined(0, 10));
		assertEquals(1, quarantined.size());
		assertEquals(bad, quarantined.get(0).raw());
		assertEquals(1L, quarantined.get(0).line().getAsLong());
		assertEquals("{\"accepted\":0,\"rejected\":[{\"line\":1,\"reason\":" + "\""
				+ quarantined.get(0).reason().replace("\"", "\\\"") + "\"}]}", response.body());
	}

	@Test
	void aRetriedDeliveryIsStoredOnce() throws Exception {
		String body = opened("a-1") + "\n" + message("a-1", 1);
		assertEquals(200, post(body).statusCode());
		assertEquals(200, post(body).statusCode());
		assertEquals(2L, node.read(store -> store.eventCount()));
	}

	@Test
	void aRestartMidStreamLosesNoAcknowledgedDeliveryAndDuplicatesNothing() throws Exception {
		List<String> bodies = new ArrayList<>();
		bodies.add(opened("a-7"));
		for (int i = 1; i <= 300; i++) {
			bodies.add(message("a-7", i));
		}
		Restart.deliverAcrossARestart(node, bodies, this::post);
		for (String body : bodies.subList(bodies.size() - 10, bodies.size())) {
			assertEquals(200, post(body).statusCode());
		}
		assertEquals(301, node.read(store -> store.eventsOfConversation("a-7")).size());
		assertEquals(301L, node.read(store -> store.eventCount()));
	}
}
