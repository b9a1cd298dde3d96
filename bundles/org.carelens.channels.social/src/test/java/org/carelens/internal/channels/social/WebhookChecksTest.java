package org.carelens.internal.channels.social;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.channels.http.WebhookRequest;
import org.junit.jupiter.api.Test;

/** Meta's verification handshake and Zalo's MAC, as the platforms document them. */
class WebhookChecksTest {

	static final String APP_ID = "360846524940903967";
	static final String OA_SECRET = "oa-secret-Qw3rTy";

	private static WebhookRequest get(Map<String, String> query) {
		return new WebhookRequest("GET", Map.of(), query, new byte[0], "test");
	}

	private static WebhookRequest zalo(String body, String signature) {
		return new WebhookRequest("POST", Map.of("X-ZEvent-Signature", List.of(signature)), Map.of(),
				body.getBytes(StandardCharsets.UTF_8), "test");
	}

	@Test
	void theHandshakeAnswersTheChallengeOnlyToTheVerifyToken() {
		assertEquals(Optional.of("1158201444"), MessengerConnector.verify(get(Map.of("hub.mode", "subscribe",
				"hub.verify_token", "verify-me", "hub.challenge", "1158201444")), "verify-me"));
		assertEquals(Optional.empty(), MessengerConnector.verify(get(Map.of("hub.mode", "subscribe",
				"hub.verify_token", "guess", "hub.challenge", "1158201444")), "verify-me"));
		assertEquals(Optional.empty(), MessengerConnector.verify(get(Map.of("hub.mode", "unsubscribe",
				"hub.verify_token", "verify-me", "hub.challenge", "1")), "verify-me"));
	}

	@Test
	void zalosMacIsTheSha256OfAppIdBodyTimestampAndOaSecret() {
		String body = Fixtures.text("zalo/user_send_text.json");
		String mac = ZaloConnector.sha256Hex((APP_ID + body + "1770686098478" + OA_SECRET)
				.getBytes(StandardCharsets.UTF_8));
		assertEquals(Optional.empty(), ZaloConnector.checkMac(zalo(body, "mac=" + mac), APP_ID, OA_SECRET));
		assertEquals(Optional.empty(), ZaloConnector.checkMac(zalo(body, mac.toUpperCase()), APP_ID, OA_SECRET));
		assertEquals(Optional.of("X-ZEvent-Signature does not match the event signed with the configured app id and "
				+ "OA secret key"), ZaloConnector.checkMac(zalo(body, "mac=" + mac), APP_ID, "other-secret"));
		assertEquals(Optional.of("X-ZEvent-Signature does not match the event signed with the configured app id and "
				+ "OA secret key"), ZaloConnector.checkMac(zalo(body.replace("bao lâu", "bao lau"), "mac=" + mac),
						APP_ID, OA_SECRET));
		assertEquals(Optional.of("no X-ZEvent-Signature header"), ZaloConnector.checkMac(
				new WebhookRequest("POST", Map.of(), Map.of(), body.getBytes(StandardCharsets.UTF_8), "t"), APP_ID,
				OA_SECRET));
	}
}
