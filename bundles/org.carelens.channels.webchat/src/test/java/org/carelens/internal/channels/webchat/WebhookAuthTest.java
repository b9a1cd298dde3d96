package org.carelens.internal.channels.webchat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.channels.http.Signatures;
import org.carelens.channels.http.WebhookRequest;
import org.junit.jupiter.api.Test;

class WebhookAuthTest {

	private static final Clock NOW = Clock.fixed(Instant.ofEpochSecond(1_770_686_100L), ZoneOffset.UTC);
	private static final byte[] BODY = "{\"event\":\"message_created\"}".getBytes(StandardCharsets.UTF_8);

	private final WebhookAuth chatwoot = new WebhookAuth(WebhookAuth.SIGNATURE, "whsec-42",
			ChatwootConnector.SIGNATURE_HEADER, Optional.of(ChatwootConnector.TIMESTAMP_HEADER), Duration.ofMinutes(5),
			NOW);

	@Test
	void chatwootSignatureOfTimestampDotBodyIsAccepted() {
		assertEquals(Optional.empty(), chatwoot.check(signed("1770686090", "whsec-42")));
	}

	@Test
	void signatureWithAnotherSecretIsRefused() {
		assertEquals(Optional.of("X-Chatwoot-Signature does not match the body signed with the configured secret"),
				chatwoot.check(signed("1770686090", "guess")));
	}

	@Test
	void validSignatureOfAnOldTimestampIsRefusedAsAReplay() {
		assertEquals(Optional.of("the signed timestamp is 600 s away from now (at most 300 s): a replay?"),
				chatwoot.check(signed("1770685500", "whsec-42")));
	}

	@Test
	void missingTimestampIsRefused() {
		WebhookRequest request = new WebhookRequest("POST", Map.of(ChatwootConnector.SIGNATURE_HEADER,
				List.of("sha256=00")), Map.of(), BODY, "test");
		assertEquals(Optional.of("no X-Chatwoot-Timestamp header"), chatwoot.check(request));
	}

	@Test
	void tokenModeTakesTheTokenFromTheQueryOrABearerHeader() {
		WebhookAuth token = new WebhookAuth(WebhookAuth.TOKEN, "tok-9", "unused", Optional.empty(),
				Duration.ofMinutes(5), NOW);
		assertEquals(Optional.empty(), token.check(new WebhookRequest("POST", Map.of(), Map.of("token", "tok-9"), BODY,
				"test")));
		assertEquals(Optional.of("the token is not this endpoint's"), token.check(new WebhookRequest("POST",
				Map.of(), Map.of("token", "tok-8"), BODY, "test")));
		assertEquals(Optional.empty(), token.check(new WebhookRequest("POST",
				Map.of("Authorization", List.of("Bearer tok-9")), Map.of(), BODY, "test")));
	}

	private static WebhookRequest signed(String timestamp, String secret) {
		String signature = "sha256=" + Signatures.hmacSha256Hex(secret,
				(timestamp + ".").getBytes(StandardCharsets.UTF_8), BODY);
		return new WebhookRequest("POST", Map.of(ChatwootConnector.SIGNATURE_HEADER, List.of(signature),
				ChatwootConnector.TIMESTAMP_HEADER, List.of(timestamp)), Map.of(), BODY, "test");
	}
}
