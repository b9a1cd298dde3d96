package org.carelens.channels.http.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Event;
import org.carelens.core.api.EventType;
import org.carelens.core.api.channel.ChannelInstance;
import org.carelens.store.api.QuarantineEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Chatwoot webhooks posted on loopback to the real endpoint, signed as Chatwoot signs, stored in DuckDB. */
class ChatwootEndpointTest extends EndpointTestBase {

	static final String SECRET = "whsec-7Kq2vX9pLm";
	static final Instant T0 = Instant.parse("2026-02-10T01:14:58Z");

	@BeforeEach
	void start() throws Exception {
		ChannelInstance instance = new ChannelInstance("chat-web", "Website chat", ChannelKind.CHAT,
				"webchat.chatwoot", Map.of("secret", SECRET, "max_body_bytes", "65536"));
		serve(instance);
	}

	private HttpResponse<String> post(String body) throws java.io.IOException, InterruptedException {
		return Http.post(url, body, Http.chatwootSigned(body, SECRET));
	}

	@Test
	void aConversationsDeliveriesAreStoredWhenTheyAreAcknowledged() throws Exception {
		List<String> bodies = List.of(Payloads.conversationCreated(4821, 5012, T0),
				Payloads.message(90317, 4821, T0.plusSeconds(2), true),
				Payloads.message(90322, 4821, T0.plusSeconds(244), false), Payloads.resolved(4821, T0.plusSeconds(307)));
		for (String body : bodies) {
			HttpResponse<String> response = post(body);
			assertEquals(200, response.statusCode(), response.body());
			assertEquals("{\"accepted\":1}", response.body());
		}
		List<Event> events = node.read(store -> store.eventsOfConversation("chat-web:4821"));
		assertEquals(List.of(EventType.CONVERSATION_OPENED, EventType.MESSAGE, EventType.MESSAGE, EventType.RESOLVED),
				events.stream().map(Event::type).toList());
		assertEquals(List.of("chat-web:conv:4821:opened", "chat-web:msg:90317", "chat-web:msg:90322",
				"chat-web:conv:4821:resolved:1770686405500"), events.stream().map(Event::id).toList());
		assertEquals(0L, node.read(store -> store.quarantineCount()));

		// the facts follow within the catch-up interval of push channels (2 s)
		long deadline = System.nanoTime() + 15_000_000_000L;
		java.util.Optional<org.carelens.facts.ConversationFact> fact = java.util.Optional.empty();
		while (fact.isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(100);
			fact = node.read(store -> store.facts().fact("chat-web:4821"));
		}
		assertTrue(fact.isPresent(), "the conversation's facts");
		assertEquals(ChannelKind.CHAT, fact.get().channel());
		assertTrue(fact.get().resolved());
		assertEquals(java.util.Optional.of("duc.tran@example.vn"), fact.get().owner().agent());
	}

	@Test
	void aDeliveryWithABadSignatureIsRefusedAndNothingIsStored() throws Exception {
		String body = Payloads.message(90317, 4821, T0, true);
		HttpResponse<String> forged = Http.post(url, body, Http.chatwootSigned(body, "not-the-secret"));
		assertEquals(401, forged.statusCode());
		assertEquals("{\"error\":\"X-Chatwoot-Signature does not match the body signed with the configured secret\"}",
				forged.body());
		String signedOther = Payloads.message(90318, 4821, T0, true);
		Map<String, String> headersOfOther = Http.chatwootSigned(signedOther, SECRET);
		assertEquals(401, Http.post(url, body, headersOfOther).statusCode(), "a signature of another body");
		assertEquals(401, Http.post(url, body, Map.of()).statusCode(), "no signature at all");
		assertEquals(0L, node.read(store -> store.eventCount()));
		assertEquals(0L, node.read(store -> store.quarantineCount()), "unauthenticated bodies are nobody's data");
	}

	@Test
	void aMalformedPayloadIsAnswered400AndQuarantinedAndNothingElseIsStored() throws Exception {
		String truncated = Payloads.message(90317, 4821, T0, true).substring(0, 120);
		HttpResponse<String> response = post(truncated);
		assertEquals(400, response.statusCode());
		assertTrue(response.body().startsWith("{\"error\":\"not JSON: "), response.body());
		String noTime = Payloads.message(90318, 4821, T0, true).replaceAll("\"created_at\": \"[^\"]*\",", "");
		HttpResponse<String> second = post(noTime);
		assertEquals(400, second.statusCode());
		assertEquals("{\"error\":\"message_created 90318: \\\"created_at\\\" is missing\"}", second.body());

		assertEquals(0L, node.read(store -> store.eventCount()));
		List<QuarantineEntry> quarantined = node.read(store -> store.quarantined(0, 10));
		assertEquals(2, quarantined.size());
		assertEquals(truncated, quarantined.get(0).raw());
		assertTrue(quarantined.get(0).source().startsWith("webhook /hooks/chat-web from 127.0.0.1"),
				quarantined.get(0).source());
		assertEquals("message_created 90318: \"created_at\" is missing", quarantined.get(1).reason());
	}

	@Test
	void aRetriedDeliveryIsStoredOnce() throws Exception {
		String body = Payloads.message(90317, 4821, T0, true);
		assertEquals(200, post(body).statusCode());
		assertEquals(200, post(body).statusCode());
		assertEquals(200, Http.post(url, body, Http.chatwootSigned(body, SECRET)).statusCode());
		assertEquals(1L, node.read(store -> store.eventCount()));
		assertEquals(0L, node.read(store -> store.quarantineCount()));
	}

	@Test
	void aBodyOverTheLimitIsRefusedUnread() throws Exception {
		String big = Payloads.message(90317, 4821, T0, true).replace("Tin nhắn", "x".repeat(70_000));
		HttpResponse<String> response = post(big);
		assertEquals(413, response.statusCode());
		assertEquals("{\"error\":\"the body is larger than 65536 bytes\"}", response.body());
		assertEquals(0L, node.read(store -> store.eventCount()));
	}

	@Test
	void anInstanceWithChatwootsApiWritesIntoTheConversationAndItsEchoIsNoAgentsReply() throws Exception {
		try (FakeApi chatwoot = new FakeApi(context, "/fake-chatwoot", "api_access_token",
				body -> body.contains("\"content\":\"Anh/chị") ? "{\"id\": 90555, \"content\": \"...\", \"message_type\": 1}"
						: "{\"error\": \"Resource could not be found\"}")) {
			node.close();
			serve(new ChannelInstance("chat-web", "Website chat",
					ChannelKind.CHAT, "webchat.chatwoot", Map.of("secret", SECRET, "api_url", Http.base(context)
							+ "fake-chatwoot", "account_id", "1", "api_access_token", "bot-token-9")));
			assertEquals(200, post(Payloads.conversationCreated(4821, 5012, T0)).statusCode());
			org.carelens.channels.api.Outbound outbound = node.outbound().orElseThrow();
			String id = outbound.send(new org.carelens.channels.api.OutboundMessage("chat-web:4821", "chat-web:contact:5012",
					"Khảo sát", "Anh/chị hài lòng chứ? https://ks.shop.vn/s/abc", java.util.Optional.empty()));
			assertEquals("90555", id);
			assertEquals(List.of("/fake-chatwoot/api/v1/accounts/1/conversations/4821/messages bot-token-9 "
					+ "{\"content\":\"Anh/chị hài lòng chứ? https://ks.shop.vn/s/abc\",\"message_type\":\"outgoing\","
					+ "\"private\":false}"), chatwoot.requests());

			assertEquals(200, post(Payloads.message(90555, 4821, T0.plusSeconds(60), false)).statusCode());
			Event.Message echo = (Event.Message) node.read(store -> store.eventsOfConversation("chat-web:4821")).get(1);
			assertEquals(org.carelens.core.api.Author.SYSTEM, echo.author());
		}
	}

	@Test
	void aRestartMidStreamLosesNoAcknowledgedDeliveryAndDuplicatesNothing() throws Exception {
		List<String> bodies = new ArrayList<>();
		bodies.add(Payloads.conversationCreated(7000, 5012, T0));
		for (int i = 1; i <= 400; i++) {
			bodies.add(Payloads.message(200_000 + i, 7000, T0.plusSeconds(i), i % 2 == 1));
		}
		int retried = Restart.deliverAcrossARestart(node, bodies, this::post);
		// a sender that never heard the answer sends again: stored once all the same
		for (String body : bodies.subList(0, 20)) {
			assertEquals(200, post(body).statusCode());
		}
		List<Event> events = node.read(store -> store.eventsOfConversation("chat-web:7000"));
		assertEquals(401, events.size(), "the opening and 400 messages, after " + retried + " retried attempts");
		assertEquals(401, new HashSet<>(events.stream().map(Event::id).toList()).size());
		assertEquals(401L, node.read(store -> store.eventCount()));
	}
}
