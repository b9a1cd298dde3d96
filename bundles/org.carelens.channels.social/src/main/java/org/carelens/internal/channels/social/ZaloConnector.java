package org.carelens.internal.channels.social;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.carelens.channels.api.ChannelConnector;
import org.carelens.channels.api.Checkpoint;
import org.carelens.channels.api.ConnectorContext;
import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.api.ConnectorInstance;
import org.carelens.channels.api.ConnectorProperties;
import org.carelens.channels.api.FieldType;
import org.carelens.channels.api.Outbound;
import org.carelens.channels.api.SettingField;
import org.carelens.channels.api.Settings;
import org.carelens.channels.api.SettingsSchema;
import org.carelens.channels.http.BadPayloadException;
import org.carelens.channels.http.Signatures;
import org.carelens.channels.http.Translation;
import org.carelens.channels.http.WebhookEndpoint;
import org.carelens.channels.http.WebhookEndpoints;
import org.carelens.channels.http.WebhookInstance;
import org.carelens.channels.http.WebhookRequest;
import org.carelens.channels.http.json.WebhookJson;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Zalo Official Account's conversations, from the webhooks of the Zalo app linked to it, at
 * {@code /hooks/<instance id>}: each event is signed with {@code X-ZEvent-Signature: mac=<hex>}, the SHA-256 of the
 * app id, the body, the event's {@code timestamp} and the OA secret key, one after the other. With an OA access
 * token, it also sends consultation messages.
 */
@Component(service = ChannelConnector.class)
@ConnectorProperties(id = ZaloConnector.ID, label = "Zalo Official Account (webhooks)", channel = "SOCIAL",
		capabilities = { "push", "outbound" })
public final class ZaloConnector implements ChannelConnector {

	public static final String ID = "social.zalo";
	static final String SIGNATURE_HEADER = "X-ZEvent-Signature";

	static final SettingField APP_ID = SettingField.required("app_id", "App id", FieldType.TEXT,
			"the id of the Zalo app linked to the Official Account, which receives its webhooks");
	static final SettingField OA_SECRET = SettingField.secret("oa_secret_key", "OA secret key",
			"the Official Account's secret key (not the app's), with which Zalo signs every event");
	static final SettingField ACCESS_TOKEN = SocialSettings.optionalSecret("access_token", "OA access token",
			"to send consultation messages to followers (survey invitations); blank: none sent");
	static final SettingField API = SettingField.optional("api_base", "Zalo API address", FieldType.TEXT,
			"https://openapi.zalo.me", "the Zalo OpenAPI's base address");

	private final WebhookEndpoints endpoints;
	private final Clock clock;

	@Activate
	public ZaloConnector(@Reference WebhookEndpoints endpoints) {
		this(endpoints, Clock.systemUTC());
	}

	ZaloConnector(WebhookEndpoints endpoints, Clock clock) {
		this.endpoints = endpoints;
		this.clock = clock;
	}

	@Override
	public SettingsSchema settingsSchema() {
		return SettingsSchema.of(APP_ID, OA_SECRET, ACCESS_TOKEN, SocialSettings.IDLE_GAP, SocialSettings.LANGUAGE,
				API, SocialSettings.MAX_BODY);
	}

	@Override
	public ConnectorInstance start(ConnectorContext context) throws ConnectorException {
		Settings settings = context.settings();
		Threads threads = new Threads(SocialSettings.idleGap(settings), ZaloSender.WINDOW,
				context.checkpoint().orElse(Checkpoint.START));
		Conversations conversations = new Conversations(context.instanceId(), threads);
		Optional<ZaloSender> sender = SocialSettings.text(settings, ACCESS_TOKEN.key())
				.map(token -> new ZaloSender(settings.text(API.key()).orElse("https://openapi.zalo.me"), token,
						conversations, threads, SocialSettings.language(settings), clock));
		ZaloMapper mapper = new ZaloMapper(context.instanceId(), conversations,
				id -> sender.filter(s -> s.sentHere(id)).isPresent());
		String appId = settings.required(APP_ID.key());
		String secret = settings.required(OA_SECRET.key());
		WebhookEndpoint endpoint = new WebhookEndpoint() {
			@Override
			public Optional<String> authenticate(WebhookRequest request) {
				return checkMac(request, appId, secret);
			}

			@Override
			public Translation translate(WebhookRequest request) throws BadPayloadException {
				return mapper.map(WebhookJson.object(request.body()));
			}

			@Override
			public Map<String, String> positions() {
				return threads.positions();
			}
		};
		return new WebhookInstance(endpoints.open(context, endpoint, SocialSettings.maxBody(settings)),
				sender.map(Outbound.class::cast));
	}

	/**
	 * Zalo's check: {@code X-ZEvent-Signature: mac=<hex>} where the hex is the SHA-256 of {@code app id + body +
	 * timestamp + OA secret key}, the timestamp being the event's {@code timestamp} field as written.
	 *
	 * @return empty when it matches; otherwise why not
	 */
	static Optional<String> checkMac(WebhookRequest request, String appId, String secret) {
		Optional<String> header = request.header(SIGNATURE_HEADER);
		if (header.isEmpty() || header.get().isBlank()) {
			return Optional.of("no " + SIGNATURE_HEADER + " header");
		}
		String given = header.get().strip();
		if (given.regionMatches(true, 0, "mac=", 0, 4)) {
			given = given.substring(4);
		}
		Optional<String> timestamp;
		try {
			JsonNode event = WebhookJson.object(request.body());
			timestamp = WebhookJson.text(event, "timestamp");
		} catch (BadPayloadException e) {
			return Optional.of("cannot check " + SIGNATURE_HEADER + ": the body is " + e.getMessage());
		}
		if (timestamp.isEmpty()) {
			return Optional.of("cannot check " + SIGNATURE_HEADER + ": the event has no \"timestamp\"");
		}
		String expected = sha256Hex(appId.getBytes(StandardCharsets.UTF_8), request.body(),
				timestamp.get().getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
		return Signatures.constantTimeEquals(expected, given.toLowerCase(java.util.Locale.ROOT)) ? Optional.empty()
				: Optional.of(SIGNATURE_HEADER + " does not match the event signed with the configured app id and "
						+ "OA secret key");
	}

	/** @return the SHA-256 of the parts, one after the other, in lower-case hex */
	static String sha256Hex(byte[]... parts) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (byte[] part : parts) {
				sha.update(part);
			}
			return HexFormat.of().formatHex(sha.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java platform has SHA-256", e);
		}
	}
}
