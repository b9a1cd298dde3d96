package org.carelens.internal.channels.webchat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.carelens.channels.api.SettingField;
import org.carelens.channels.api.Settings;
import org.carelens.channels.http.Signatures;
import org.carelens.channels.http.WebhookRequest;

/**
 * How a chat webhook proves where it comes from: an HMAC-SHA256 signature of the body with a shared secret, or the
 * instance's token (as a Bearer token, or as the {@code token} query parameter for senders that can set neither).
 *
 * @param mode            {@value #SIGNATURE} or {@value #TOKEN}
 * @param secret          the shared secret or the token
 * @param signatureHeader the header carrying the signature
 * @param timestampHeader the header carrying the time the signature was made, signed as {@code <time>.<body>};
 *                        empty when the signature covers the body alone
 * @param tolerance       how far the signed time may be from now, against replays
 * @param clock           now
 */
record WebhookAuth(String mode, String secret, String signatureHeader, Optional<String> timestampHeader,
		Duration tolerance, Clock clock) {

	static final String SIGNATURE = "signature";
	static final String TOKEN = "token";

	static final SettingField MODE = SettingField.choice("auth", "Authentication", List.of(SIGNATURE, TOKEN),
			SIGNATURE, "signature: each request carries an HMAC-SHA256 of its body made with the secret; token: it "
					+ "carries the secret as a Bearer token or as ?token=");
	static final SettingField SECRET = SettingField.secret("secret", "Webhook secret or token",
			"the secret the sender signs with, or the token it sends");
	static final SettingField TOLERANCE = SettingField.optional("tolerance", "Signature age", 
			org.carelens.channels.api.FieldType.DURATION, "PT5M",
			"how old a signed timestamp may be before the request is refused as a replay");
	static final SettingField MAX_BODY = SettingField.optional("max_body_bytes", "Largest body",
			org.carelens.channels.api.FieldType.INTEGER, "1048576", "larger requests are refused with 413");

	static WebhookAuth of(Settings settings, String signatureHeader, Optional<String> timestampHeader, Clock clock) {
		return new WebhookAuth(settings.required(MODE.key()), settings.required(SECRET.key()), signatureHeader,
				timestampHeader, settings.duration(TOLERANCE.key()).orElse(Duration.ofMinutes(5)), clock);
	}

	Optional<String> check(WebhookRequest request) {
		if (mode.equals(TOKEN)) {
			Optional<String> query = request.queryParameter("token");
			if (query.isPresent() && request.header("Authorization").isEmpty()) {
				return Signatures.constantTimeEquals(secret, query.get()) ? Optional.empty()
						: Optional.of("the token is not this endpoint's");
			}
			return Signatures.checkBearer(request, secret);
		}
		if (timestampHeader.isEmpty()) {
			return Signatures.checkHmac(request.header(signatureHeader), signatureHeader, secret, request.body());
		}
		Optional<String> stamp = request.header(timestampHeader.get());
		if (stamp.isEmpty()) {
			return Optional.of("no " + timestampHeader.get() + " header");
		}
		long seconds;
		try {
			seconds = Long.parseLong(stamp.get().strip());
		} catch (NumberFormatException e) {
			return Optional.of(timestampHeader.get() + " '" + stamp.get() + "' is not seconds since the epoch");
		}
		Optional<String> refused = Signatures.checkHmac(request.header(signatureHeader), signatureHeader, secret,
				stamp.get().strip().getBytes(StandardCharsets.US_ASCII), new byte[] { '.' }, request.body());
		if (refused.isPresent()) {
			return refused;
		}
		Duration age = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
		return age.compareTo(tolerance) > 0 ? Optional.of("the signed timestamp is " + age.toSeconds()
				+ " s away from now (at most " + tolerance.toSeconds() + " s): a replay?") : Optional.empty();
	}
}
