package org.carelens.channels.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SignaturesTest {

	@Test
	void hmacSha256MatchesTheRfc4231TestVector() {
		// RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
		assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
				Signatures.hmacSha256Hex("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void hmacOfPartsIsTheHmacOfTheirConcatenation() {
		assertEquals(Signatures.hmacSha256Hex("k", "1700000000.{}".getBytes(StandardCharsets.UTF_8)),
				Signatures.hmacSha256Hex("k", "1700000000".getBytes(StandardCharsets.UTF_8),
						".".getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void signatureHeaderIsAcceptedWithOrWithoutItsSha256Prefix() {
		byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
		String hex = Signatures.hmacSha256Hex("secret", body);
		assertEquals(Optional.empty(), Signatures.checkHmac(Optional.of("sha256=" + hex), "X-Sig", "secret", body));
		assertEquals(Optional.empty(), Signatures.checkHmac(Optional.of(hex.toUpperCase()), "X-Sig", "secret", body));
	}

	@Test
	void signatureOfAnotherBodyOrSecretIsRefusedWithTheHeaderNamed() {
		byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
		String hex = Signatures.hmacSha256Hex("secret", body);
		assertEquals(Optional.of("X-Sig does not match the body signed with the configured secret"),
				Signatures.checkHmac(Optional.of(hex), "X-Sig", "other", body));
		assertTrue(Signatures.checkHmac(Optional.of(hex), "X-Sig", "secret", "{\"a\":2}".getBytes()).isPresent());
		assertEquals(Optional.of("no X-Sig header"), Signatures.checkHmac(Optional.empty(), "X-Sig", "secret", body));
	}

	@Test
	void bearerTokenMustBeExactlyTheInstancesToken() {
		assertEquals(Optional.empty(), Signatures.checkBearer(request("Bearer tok-123"), "tok-123"));
		assertEquals(Optional.of("the Bearer token is not this endpoint's"),
				Signatures.checkBearer(request("Bearer tok-12"), "tok-123"));
		assertEquals(Optional.of("no Authorization header (Bearer token expected)"),
				Signatures.checkBearer(new WebhookRequest("POST", Map.of(), Map.of(), new byte[0], "t"), "tok"));
		assertEquals(Optional.of("the Authorization header is not a Bearer token"),
				Signatures.checkBearer(request("Basic dG9rOg=="), "tok"));
	}

	@Test
	void constantTimeEqualsComparesWholeTexts() {
		assertTrue(Signatures.constantTimeEquals("abc", "abc"));
		assertFalse(Signatures.constantTimeEquals("abc", "abcd"));
		assertFalse(Signatures.constantTimeEquals("abc", "abd"));
	}

	private static WebhookRequest request(String authorization) {
		return new WebhookRequest("POST", Map.of("Authorization", List.of(authorization)), Map.of(), new byte[0],
				"test");
	}
}
