package org.carelens.internal.channels.social;

import static org.carelens.internal.channels.social.Fixtures.OA;
import static org.carelens.internal.channels.social.Fixtures.PAGE;
import static org.carelens.internal.channels.social.Fixtures.PSID;
import static org.carelens.internal.channels.social.Fixtures.T0;
import static org.carelens.internal.channels.social.Fixtures.ZALO_USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.api.OutboundMessage;
import org.carelens.channels.http.json.WebhookJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The Send API and the OA message API as the senders call them, against a fake API on loopback. */
class SendersTest {

	private final FakeApi api;
	private final Threads threads = Fixtures.threads(Duration.ofHours(24));

	SendersTest() throws Exception {
		api = new FakeApi();
	}

	@AfterEach
	void close() throws Exception {
		api.close();
	}

	private MessengerSender messenger(Instant now, Optional<String> tag) {
		return new MessengerSender(api.base() + "/", "23.0", "EAAG+page/token", new Conversations("fb-shop", threads),
				threads, tag, Optional.of(Locale.forLanguageTag("vi")), Fixtures.clockAt(now));
	}

	private ZaloSender zalo(Instant now) {
		return new ZaloSender(api.base(), "zalo-oa-token", new Conversations("zalo-oa", threads), threads,
				Optional.empty(), Fixtures.clockAt(now));
	}

	private static OutboundMessage invitation(String recipient) {
		return new OutboundMessage("conv-1", recipient, "Khảo sát", "Xin anh/chị đánh giá: https://ks.shop.vn/s/abc",
				Optional.empty());
	}

	private static JsonNode json(String text) throws Exception {
		return WebhookJson.MAPPER.readTree(text);
	}

	@Test
	void messengerSendsAResponseToTheCustomersPsidWithinTheWindow() throws Exception {
		threads.touch(PAGE + ":" + PSID, T0, true);
		api.answer(200, "{\"recipient_id\":\"" + PSID + "\",\"message_id\":\"m_sent-1\"}");
		String id = messenger(T0.plus(Duration.ofHours(23)), Optional.empty())
				.send(invitation("fb-shop:" + PAGE + ":" + PSID));
		assertEquals("m_sent-1", id);
		FakeApi.Request request = api.requests().get(0);
		assertEquals("POST", request.method());
		assertEquals("/v23.0/me/messages?access_token=EAAG%2Bpage%2Ftoken", request.target());
		assertEquals("application/json; charset=UTF-8", request.headers().get("content-type"));
		JsonNode body = json(request.body());
		assertEquals(PSID, body.path("recipient").path("id").asText());
		assertEquals("RESPONSE", body.path("messaging_type").asText());
		assertTrue(body.path("tag").isMissingNode());
		assertEquals("Xin anh/chị đánh giá: https://ks.shop.vn/s/abc", body.path("message").path("text").asText());
		assertEquals(MessengerMapper.METADATA, body.path("message").path("metadata").asText());
	}

	@Test
	void messengerRefusesOutsideTheWindowWithoutATagAndSendsNothing() throws Exception {
		threads.touch(PAGE + ":" + PSID, T0, true);
		ConnectorException e = assertThrows(ConnectorException.class,
				() -> messenger(T0.plus(Duration.ofHours(25)), Optional.empty()).send(invitation("fb-shop:" + PAGE
						+ ":" + PSID)));
		assertTrue(e.getMessage().contains("outside Messenger's standard messaging window"), e.getMessage());
		assertEquals(List.of(), api.requests());
	}

	@Test
	void messengerSendsWithTheConfiguredTagOutsideTheWindow() throws Exception {
		threads.touch(PAGE + ":" + PSID, T0, true);
		api.answer(200, "{\"recipient_id\":\"" + PSID + "\",\"message_id\":\"m_sent-2\"}");
		messenger(T0.plus(Duration.ofDays(2)), Optional.of("ACCOUNT_UPDATE")).send(invitation("fb-shop:" + PAGE + ":"
				+ PSID));
		JsonNode body = json(api.requests().get(0).body());
		assertEquals("MESSAGE_TAG", body.path("messaging_type").asText());
		assertEquals("ACCOUNT_UPDATE", body.path("tag").asText());
	}

	@Test
	void messengerReportsMetasRefusalWithItsCodesAndMeaning() throws Exception {
		api.answer(400, """
				{"error":{"message":"(#10) This message is sent outside of allowed window.","type":"OAuthException",
				"code":10,"error_subcode":2018278,"fbtrace_id":"A1b2C3"}}""");
		ConnectorException e = assertThrows(ConnectorException.class,
				() -> messenger(T0, Optional.empty()).send(invitation(PSID)));
		assertEquals("Messenger refused the message to " + PSID + " (HTTP 400, code 10, subcode 2018278: outside "
				+ "Messenger's 24-hour standard messaging window): (#10) This message is sent outside of allowed "
				+ "window.", e.getMessage());
		assertTrue(!e.getMessage().contains("token"), "the access token is never in a message");
	}

	@Test
	void zaloSendsAConsultationMessageWithTheTokenHeader() throws Exception {
		threads.touch(OA + ":" + ZALO_USER, T0, true);
		api.answer(200, "{\"data\":{\"message_id\":\"a1b2c3d4e5\",\"user_id\":\"" + ZALO_USER
				+ "\"},\"error\":0,\"message\":\"Success\"}");
		ZaloSender sender = zalo(T0.plus(Duration.ofDays(6)));
		assertEquals("a1b2c3d4e5", sender.send(invitation("zalo-oa:" + OA + ":" + ZALO_USER)));
		FakeApi.Request request = api.requests().get(0);
		assertEquals("/v3.0/oa/message/cs", request.target());
		assertEquals("zalo-oa-token", request.headers().get("access_token"));
		JsonNode body = json(request.body());
		assertEquals(ZALO_USER, body.path("recipient").path("user_id").asText());
		assertEquals("Xin anh/chị đánh giá: https://ks.shop.vn/s/abc", body.path("message").path("text").asText());
		assertTrue(sender.sentHere("a1b2c3d4e5"), "its echo will not be taken for an agent's reply");
	}

	@Test
	void zaloRefusesOutsideItsSevenDayWindowWithoutAsking() throws Exception {
		threads.touch(OA + ":" + ZALO_USER, T0, true);
		ConnectorException e = assertThrows(ConnectorException.class,
				() -> zalo(T0.plus(Duration.ofDays(8))).send(invitation("zalo-oa:" + OA + ":" + ZALO_USER)));
		assertTrue(e.getMessage().contains("outside Zalo's interaction window"), e.getMessage());
		assertEquals(List.of(), api.requests());
	}

	@Test
	void zaloReportsItsErrorCodeAndMessage() throws Exception {
		api.answer(200, "{\"error\":-216,\"message\":\"Access token is invalid\"}");
		ConnectorException e = assertThrows(ConnectorException.class, () -> zalo(T0).send(invitation(ZALO_USER)));
		assertEquals("Zalo refused the message to user " + ZALO_USER + " (HTTP 200, error -216): Access token is "
				+ "invalid", e.getMessage());
	}

	@Test
	void anUnreachableApiIsAConnectorExceptionNamingIt() throws Exception {
		String base = api.base();
		api.close();
		ZaloSender sender = new ZaloSender(base, "t", new Conversations("zalo-oa", threads), threads, Optional.empty(),
				Fixtures.clockAt(T0));
		ConnectorException e = assertThrows(ConnectorException.class, () -> sender.send(invitation(ZALO_USER)));
		assertTrue(e.getMessage().startsWith("cannot reach the Zalo OA API at http://127.0.0.1:"), e.getMessage());
	}
}
