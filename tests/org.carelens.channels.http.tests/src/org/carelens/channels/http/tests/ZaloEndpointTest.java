package org.carelens.channels.http.tests;

import static org.carelens.channels.http.tests.SocialPayloads.OA;
import static org.carelens.channels.http.tests.SocialPayloads.ZALO_APP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.api.Outbound;
import org.carelens.channels.api.OutboundMessage;
import org.carelens.core.api.Author;
import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Event;
import org.carelens.core.api.EventType;
import org.carelens.core.api.channel.ChannelInstance;
import org.carelens.store.api.QuarantineEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Zalo OA events posted on loopback to the real endpoint, signed as Zalo signs, stored in DuckDB; and consultation
 * messages sent by the running instance to a fake Zalo API served by the same Jetty.
 */
class ZaloEndpointTest extends EndpointTestBase {

	static final String OA_SECRET = "Zq7pWm2RkT9vLx4N";
	static final String USER = "246845883529197922";
	static final Instant T0 = Instant.parse("2026-02-10T01:14:58.478Z");
	static final String CONVERSATION = "zalo-shop:" + OA + ":" + USER + ":" + T0.toEpochMilli();

	FakeApi fakeApi;

	@BeforeEach
	void start() throws Exception {
		fakeApi = new FakeApi(context, "/fake-zalo", "access_token", body -> body.contains("\"user_id\":\"" + USER
				+ "\"") ? "{\"data\":{\"message_id\":\"e1f2a3b4c5d6\",\"user_id\":\"" + USER
						+ "\"},\"error\":0,\"message\":\"Success\"}"
				: "{\"error\":-213,\"message\":\"User has not followed OA\"}");
		serve(new ChannelInstance("zalo-shop", "Zalo OA Shop", ChannelKind.SOCIAL, "social.zalo", Map.of("app_id",
				ZALO_APP, "oa_secret_key", OA_SECRET, "access_token", "oa-access-token-1", "api_base",
				Http.base(context) + "fake-zalo", "language", "vi")));
	}

	@AfterEach
	void closeFakeApi() {
		fakeApi.close();
	}

	static Map<String, String> signed(String body, String secret) throws Exception {
		String timestamp = body.replaceAll("(?s).*\"timestamp\": \"(\\d+)\".*", "$1");
		byte[] mac = MessageDigest.getInstance("SHA-256").digest((ZALO_APP + body + timestamp + secret)
				.getBytes(StandardCharsets.UTF_8));
		return Map.of("X-ZEvent-Signature", "mac=" + HexFormat.of().formatHex(mac));
	}

	private HttpResponse<String> post(String body) throws Exception {
		return Http.post(url, body, signed(body, OA_SECRET));
	}

	@Test
	void aFollowersMessageAndTheOasReplyAreStoredAsOneConversation() throws Exception {
		assertEquals(200, post(SocialPayloads.zalo("user_send_text", USER, T0, "96d3cdf3af150460909")).statusCode());
		HttpResponse<String> reply = post(SocialPayloads.zalo("oa_send_text", USER, T0.plusSeconds(95), "c6a1b2c3d4"));
		assertEquals(200, reply.statusCode(), reply.body());
		HttpResponse<String> follow = post("""
				{"app_id": "%s", "oa_id": "%s", "event_name": "follow", "timestamp": "%d", "follower": {"id": "%s"}}
				""".formatted(ZALO_APP, OA, T0.toEpochMilli(), USER));
		assertEquals(200, follow.statusCode(), follow.body());
		List<Event> events = node.read(store -> store.eventsOfConversation(CONVERSATION));
		assertEquals(List.of(EventType.CONVERSATION_OPENED, EventType.MESSAGE, EventType.MESSAGE),
				events.stream().map(Event::type).toList());
		assertEquals(Author.AGENT, ((Event.Message) events.get(2)).author());
		assertEquals(Optional.of("zalo-shop:oa:" + OA), events.get(2).header().agent());
	}

	@Test
	void anEventWithABadMacIsRefusedAndNothingIsStored() throws Exception {
		String body = SocialPayloads.zalo("user_send_text", USER, T0, "96d3cdf3af150460909");
		HttpResponse<String> forged = Http.post(url, body, signed(body, "not-the-oa-secret"));
		assertEquals(401, forged.statusCode());
		assertTrue(forged.body().contains("X-ZEvent-Signature does not match"), forged.body());
		assertEquals(0L, node.read(store -> store.eventCount()));
		assertEquals(0L, node.read(store -> store.quarantineCount()));
	}

	@Test
	void aMalformedEventIsQuarantinedWithItsReasonAndARetryIsStoredOnce() throws Exception {
		String noId = SocialPayloads.zalo("user_send_text", USER, T0, "x").replace("\"msg_id\": \"x\", ", "");
		HttpResponse<String> response = post(noId);
		assertEquals(400, response.statusCode());
		List<QuarantineEntry> quarantined = node.read(store -> store.quarantined(0, 10));
		assertEquals(1, quarantined.size());
		assertEquals("Zalo user_send_text.message: \"msg_id\" is missing", quarantined.get(0).reason());
		assertEquals(noId, quarantined.get(0).raw());

		String body = SocialPayloads.zalo("user_send_text", USER, T0, "96d3cdf3af150460909");
		assertEquals(200, post(body).statusCode());
		assertEquals(200, post(body).statusCode());
		assertEquals(2L, node.read(store -> store.eventCount()), "the message and its conversation's opening");
	}

	@Test
	void theRunningInstanceSendsConsultationMessagesWithinTheWindowAndItsEchoIsNoAgentsReply() throws Exception {
		Instant recently = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).minusSeconds(3600);
		String conversation = "zalo-shop:" + OA + ":" + USER + ":" + recently.toEpochMilli();
		assertEquals(200, post(SocialPayloads.zalo("user_send_text", USER, recently, "96d3cdf3af150460909"))
				.statusCode());
		Outbound outbound = node.outbound().orElseThrow();
		assertEquals(Optional.of(java.util.Locale.forLanguageTag("vi")), outbound.language());
		String id = outbound.send(new OutboundMessage(conversation, "zalo-shop:" + OA + ":" + USER, "Khảo sát",
				"Anh/chị hài lòng chứ? https://ks.shop.vn/s/abc", Optional.empty()));
		assertEquals("e1f2a3b4c5d6", id);
		assertEquals(List.of("/fake-zalo/v3.0/oa/message/cs oa-access-token-1 {\"recipient\":{\"user_id\":\"" + USER
				+ "\"},\"message\":{\"text\":\"Anh/chị hài lòng chứ? https://ks.shop.vn/s/abc\"}}"),
				fakeApi.requests());

		assertEquals(200, post(SocialPayloads.zalo("oa_send_text", USER, recently.plusSeconds(5), id)).statusCode());
		Event.Message echo = (Event.Message) node.read(store -> store.eventsOfConversation(conversation)).get(2);
		assertEquals(Author.SYSTEM, echo.author());

		ConnectorException refused = assertThrows(ConnectorException.class,
				() -> outbound.send(new OutboundMessage("c", "zalo-shop:" + OA + ":999", "s", "t", Optional.empty())));
		assertEquals("Zalo refused the message to user 999 (HTTP 200, error -213): User has not followed OA",
				refused.getMessage());
	}

	@Test
	void aFollowerWhoLastWroteMoreThanSevenDaysAgoIsNotWrittenTo() throws Exception {
		assertEquals(200, post(SocialPayloads.zalo("user_send_text", USER, T0, "96d3cdf3af150460909")).statusCode());
		ConnectorException refused = assertThrows(ConnectorException.class, () -> node.outbound().orElseThrow()
				.send(new OutboundMessage(CONVERSATION, "zalo-shop:" + OA + ":" + USER, "s", "t", Optional.empty())));
		assertTrue(refused.getMessage().startsWith("Zalo user " + USER + " last wrote to the OA at " + T0
				+ ", more than 7 days ago"), refused.getMessage());
		assertEquals(List.of(), fakeApi.requests(), "Zalo is not asked");
	}
}
