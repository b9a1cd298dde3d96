package org.carelens.channels.http.tests;

import static org.carelens.channels.http.tests.SocialPayloads.INBOX_APP;
import static org.carelens.channels.http.tests.SocialPayloads.PAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.channels.http.Signatures;
import org.carelens.core.api.Author;
import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Event;
import org.carelens.core.api.EventType;
import org.carelens.core.api.channel.ChannelInstance;
import org.carelens.facts.ConversationFact;
import org.carelens.store.api.QuarantineEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Messenger Platform deliveries posted on loopback to the real endpoint, signed as Meta signs, stored in DuckDB. */
class MessengerEndpointTest extends EndpointTestBase {

	static final String APP_SECRET = "3f1c9a7be20d4c55a8e6b0f2d9c41a77";
	static final String BOT_APP = "1517776481860111";
	static final String PSID = "6271839450012345";
	static final Instant T0 = Instant.parse("2026-02-10T01:14:58.478Z");
	static final String CONVERSATION = "fb-shop:" + PAGE + ":" + PSID + ":" + T0.toEpochMilli();

	@BeforeEach
	void start() throws Exception {
		serve(new ChannelInstance("fb-shop", "Fanpage Shop", ChannelKind.SOCIAL, "social.messenger", Map.of(
				"app_secret", APP_SECRET, "verify_token", "verify-Zk81", "bot_app_ids", BOT_APP, "idle_gap", "PT6H")));
	}

	private HttpResponse<String> post(String body) throws IOException, InterruptedException {
		return post(body, APP_SECRET);
	}

	private HttpResponse<String> post(String body, String secret) throws IOException, InterruptedException {
		return Http.post(url, body, Map.of("X-Hub-Signature-256",
				"sha256=" + Signatures.hmacSha256Hex(secret, body.getBytes(StandardCharsets.UTF_8))));
	}

	private HttpResponse<String> get(String query) throws IOException, InterruptedException {
		return Http.CLIENT.send(HttpRequest.newBuilder(URI.create(url + "?" + query)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theVerificationHandshakeAnswersTheChallengeToTheVerifyTokenOnly() throws Exception {
		HttpResponse<String> verified = get("hub.mode=subscribe&hub.verify_token=verify-Zk81&hub.challenge=1158201444");
		assertEquals(200, verified.statusCode());
		assertEquals("1158201444", verified.body());
		assertEquals(403, get("hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444").statusCode());
		assertEquals(0L, node.read(store -> store.eventCount()));
	}

	@Test
	void aThreadsMessagesRepliesAndHandoffAreOneConversationWithItsFirstResponse() throws Exception {
		List<String> bodies = List.of(SocialPayloads.customerMessage(PSID, T0, "m_1"),
				SocialPayloads.echo(PSID, T0.plusSeconds(3), "m_2", BOT_APP),
				SocialPayloads.passToInbox(PSID, T0.plusSeconds(40), BOT_APP),
				SocialPayloads.echo(PSID, T0.plusSeconds(160), "m_3", INBOX_APP),
				SocialPayloads.messenger(PSID, T0.plusSeconds(170), "\"read\": {\"watermark\": 1}"));
		for (String body : bodies) {
			HttpResponse<String> response = post(body);
			assertEquals(200, response.statusCode(), response.body());
		}
		List<Event> events = node.read(store -> store.eventsOfConversation(CONVERSATION));
		assertEquals(List.of(EventType.CONVERSATION_OPENED, EventType.MESSAGE, EventType.MESSAGE, EventType.BOT_HANDOFF,
				EventType.MESSAGE), events.stream().map(Event::type).toList());
		assertEquals(List.of(Author.CUSTOMER, Author.BOT, Author.AGENT), events.stream()
				.filter(Event.Message.class::isInstance).map(e -> ((Event.Message) e).author()).toList());
		assertEquals(0L, node.read(store -> store.quarantineCount()));

		long deadline = System.nanoTime() + 15_000_000_000L;
		Optional<ConversationFact> fact = Optional.empty();
		while (fact.isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(100);
			fact = node.read(store -> store.facts().fact(CONVERSATION));
		}
		assertTrue(fact.isPresent(), "the conversation's facts");
		assertEquals(ChannelKind.SOCIAL, fact.get().channel());
		assertEquals("fb-shop:" + PAGE + ":" + PSID, fact.get().customer());
		assertEquals(Optional.of(T0.plusSeconds(160)), fact.get().timeline().firstResponse(),
				"the bot's answer is no response; the person's after the hand-off is");
	}

	@Test
	void aDeliveryWithABadSignatureIsRefusedAndNothingIsStored() throws Exception {
		String body = SocialPayloads.customerMessage(PSID, T0, "m_1");
		HttpResponse<String> forged = post(body, "not-the-app-secret");
		assertEquals(401, forged.statusCode());
		assertEquals("{\"error\":\"X-Hub-Signature-256 does not match the body signed with the configured secret\"}",
				forged.body());
		assertEquals(401, Http.post(url, body, Map.of()).statusCode(), "no signature at all");
		assertEquals(0L, node.read(store -> store.eventCount()));
		assertEquals(0L, node.read(store -> store.quarantineCount()));
	}

	@Test
	void aMalformedDeliveryIsQuarantinedAndABadItemAmongGoodOnesToo() throws Exception {
		String truncated = SocialPayloads.customerMessage(PSID, T0, "m_1").substring(0, 90);
		HttpResponse<String> response = post(truncated);
		assertEquals(400, response.statusCode());
		assertTrue(response.body().startsWith("{\"error\":\"not JSON: "), response.body());

		String mixed = """
				{"object": "page", "entry": [{"id": "%s", "time": 1, "messaging": [
				  {"sender": {"id": "%s"}, "recipient": {"id": "%1$s"}, "message": {"mid": "m_no_time"}},
				  {"sender": {"id": "%2$s"}, "recipient": {"id": "%1$s"}, "timestamp": %3$d, "message": {"mid": "m_ok"}}]}]}
				""".formatted(PAGE, PSID, T0.toEpochMilli());
		HttpResponse<String> partly = post(mixed);
		assertEquals(422, partly.statusCode(), partly.body());
		assertEquals(2L, node.read(store -> store.eventCount()), "the good item and its conversation's opening");
		List<QuarantineEntry> quarantined = node.read(store -> store.quarantined(0, 10));
		assertEquals(2, quarantined.size());
		assertEquals(truncated, quarantined.get(0).raw());
		assertEquals("entry[0].messaging[0]: \"timestamp\" is missing", quarantined.get(1).reason());
	}

	@Test
	void aRetriedDeliveryIsStoredOnce() throws Exception {
		String body = SocialPayloads.customerMessage(PSID, T0, "m_1");
		for (int i = 0; i < 3; i++) {
			assertEquals(200, post(body).statusCode());
		}
		assertEquals(2L, node.read(store -> store.eventCount()), "the message and its conversation's opening");
		assertEquals(0L, node.read(store -> store.quarantineCount()));
	}

	@Test
	void afterARestartTheThreadContinuesItsConversationUntilTheIdleGap() throws Exception {
		assertEquals(200, post(SocialPayloads.customerMessage(PSID, T0, "m_1")).statusCode());
		node.stop();
		node.start();
		assertEquals(200, post(SocialPayloads.customerMessage(PSID, T0.plus(Duration.ofHours(5)), "m_2")).statusCode());
		assertEquals(200, post(SocialPayloads.customerMessage(PSID, T0.plus(Duration.ofHours(12)), "m_3"))
				.statusCode());
		assertEquals(3, node.read(store -> store.eventsOfConversation(CONVERSATION)).size(),
				"the opening and the two messages within six hours");
		String next = "fb-shop:" + PAGE + ":" + PSID + ":" + T0.plus(Duration.ofHours(12)).toEpochMilli();
		assertEquals(List.of(EventType.CONVERSATION_OPENED, EventType.MESSAGE),
				node.read(store -> store.eventsOfConversation(next)).stream().map(Event::type).toList());
	}
}
