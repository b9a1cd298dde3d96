package org.carelens.channels.http.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.carelens.channels.http.Signatures;
import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Event;
import org.carelens.core.api.channel.ChannelInstance;
import org.carelens.store.api.QuarantineEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generic chat format, signed with X-CareLens-Signature, posted on loopback. */
class GenericChatEndpointTest extends EndpointTestBase {

	static final String SECRET = "widget-secret-31";

	@BeforeEach
	void start() throws Exception {
		serve(new ChannelInstance("widget", "Widget", ChannelKind.CHAT,
				"webchat.generic", Map.of("secret", SECRET)));
	}

	private HttpResponse<String> post(String body, String secret) throws java.io.IOException, InterruptedException {
		return Http.post(url, body, Map.of("X-CareLens-Signature",
				"sha256=" + Signatures.hmacSha256Hex(secret, body.getBytes(StandardCharsets.UTF_8))));
	}

	static String batch(int from, int to) {
		List<String> events = new ArrayList<>();
		for (int i = from; i <= to; i++) {
			events.add(i == 0
					? "{\"type\":\"conversation_started\",\"id\":\"c1-start\",\"conversation\":\"c1\",\"at\":\"2026-02-10T08:15:00+07:00\",\"customer\":\"u-77\"}"
					: "{\"type\":\"message\",\"id\":\"m" + i + "\",\"conversation\":\"c1\",\"at\":" + (1_770_686_100 + i)
							+ ",\"author\":\"" + (i % 2 == 1 ? "customer" : "agent\",\"agent\":\"duc") + "\"}");
		}
		return "{\"events\":[" + String.join(",", events) + "]}";
	}

	@Test
	void aSignedBatchIsStoredAndARetryOfItOnce() throws Exception {
		String body = batch(0, 4);
		HttpResponse<String> response = post(body, SECRET);
		assertEquals(200, response.statusCode(), response.body());
		assertEquals("{\"accepted\":5}", response.body());
		assertEquals(200, post(body, SECRET).statusCode());
		List<Event> events = node.read(store -> store.eventsOfConversation("widget:c1"));
		assertEquals(List.of("widget:c1-start", "widget:m1", "widget:m2", "widget:m3", "widget:m4"),
				events.stream().map(Event::id).toList());
	}

	@Test
	void aBadSignatureIsRefusedAndNothingIsStored() throws Exception {
		HttpResponse<String> response = post(batch(0, 1), "guess");
		assertEquals(401, response.statusCode());
		assertEquals(0L, node.read(store -> store.eventCount()));
		assertEquals(0L, node.read(store -> store.quarantineCount()));
	}

	@Test
	void aBatchWithABadElementStoresTheOthersAndQuarantinesIt() throws Exception {
		String body = batch(0, 2).replace("\"author\":\"agent\",", "");
		HttpResponse<String> response = post(body, SECRET);
		assertEquals(422, response.statusCode());
		assertEquals("{\"accepted\":2,\"rejected\":[{\"line\":3,\"reason\":\"events[2]: \\\"author\\\" is missing\"}]}",
				response.body());
		assertEquals(2L, node.read(store -> store.eventCount()));
		List<QuarantineEntry> quarantined = node.read(store -> store.quarantined(0, 10));
		assertEquals(1, quarantined.size());
		assertEquals(3L, quarantined.get(0).line().getAsLong());
	}

	@Test
	void aRestartMidStreamLosesNoAcknowledgedDeliveryAndDuplicatesNothing() throws Exception {
		List<String> bodies = new ArrayList<>();
		bodies.add(batch(0, 0));
		for (int i = 1; i <= 200; i++) {
			bodies.add(batch(i, i));
		}
		Restart.deliverAcrossARestart(node, bodies, body -> post(body, SECRET));
		assertEquals(201L, node.read(store -> store.eventCount()));
	}
}
