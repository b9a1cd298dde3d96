package org.carelens.channels.http;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The checks webhook senders use: HMAC-SHA256 signatures and bearer tokens, always compared in constant time so that
 * the time of a refusal says nothing about how much of a guess was right.
 */
public final class Signatures {

	private Signatures() {
	}

	/** @return the HMAC-SHA256 of the parts, one after the other, keyed by {@code secret}, in lower-case hex */
	public static String hmacSha256Hex(String secret, byte[]... parts) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			for (byte[] part : parts) {
				mac.update(part);
			}
			return HexFormat.of().formatHex(mac.doFinal());
		} catch (NoSuchAlgorithmException | InvalidKeyException e) {
			// every Java runtime has HmacSHA256, and any byte string is a valid key for it
			throw new IllegalStateException("HmacSHA256 is not available", e);
		}
	}

	/** @return whether the two texts are equal, in a time that does not depend on where they differ */
	public static boolean constantTimeEquals(String expected, String given) {
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Checks a signature header of the form {@code sha256=<hex>} (or bare hex) against the HMAC of the parts.
	 *
	 * @return empty when it matches; otherwise why not
	 */
	public static Optional<String> checkHmac(Optional<String> header, String headerName, String secret,
			byte[]... parts) {
		if (header.isEmpty() || header.get().isBlank()) {
			return Optional.of("no " + headerName + " header");
		}
		String given = header.get().strip();
		if (given.regionMatches(true, 0, "sha256=", 0, 7)) {
			given = given.substring(7);
		}
		String expected = hmacSha256Hex(secret, parts);
		return constantTimeEquals(expected, given.toLowerCase(java.util.Locale.ROOT)) ? Optional.empty()
				: Optional.of(headerName + " does not match the body signed with the configured secret");
	}

	/**
	 * Checks a per-instance token given as {@code Authorization: Bearer <token>}.
	 *
	 * @return empty when it matches; otherwise why not
	 */
	public static Optional<String> checkBearer(WebhookRequest request, String token) {
		Optional<String> authorization = request.header("Authorization");
		if (authorization.isEmpty()) {
			return Optional.of("no Authorization header (Bearer token expected)");
		}
		String value = authorization.get().strip();
		if (!value.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return Optional.of("the Authorization header is not a Bearer token");
		}
		return constantTimeEquals(token, value.substring(7).strip()) ? Optional.empty()
				: Optional.of("the Bearer token is not this endpoint's");
	}
}
