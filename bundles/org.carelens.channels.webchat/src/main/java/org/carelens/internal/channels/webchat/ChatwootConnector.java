package org.carelens.internal.channels.webchat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.carelens.channels.api.ChannelConnector;
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
import org.carelens.channels.http.Translation;
import org.carelens.channels.http.WebhookEndpoint;
import org.carelens.channels.http.WebhookEndpoints;
import org.carelens.channels.http.WebhookInstance;
import org.carelens.channels.http.WebhookRequest;
import org.carelens.channels.http.json.WebhookJson;
import org.carelens.core.api.ChannelKind;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Chatwoot's webhooks (conversation_created, message_created, conversation_status_changed, conversation_updated),
 * received at {@code /hooks/<instance id>}. Chatwoot signs with {@code X-Chatwoot-Signature: sha256=<hex>}, the
 * HMAC-SHA256 of {@code <X-Chatwoot-Timestamp>.<body>}; releases before it can use a token in the webhook URL.
 */
@Component(service = ChannelConnector.class)
@ConnectorProperties(id = "webchat.chatwoot", label = "Chatwoot webhooks", channel = "CHAT",
		capabilities = { "push", "outbound" })
public final class ChatwootConnector implements ChannelConnector {

	static final String SIGNATURE_HEADER = "X-Chatwoot-Signature";
	static final String TIMESTAMP_HEADER = "X-Chatwoot-Timestamp";

	static final SettingField API_URL = SettingField.optional("api_url", "Chatwoot address", FieldType.TEXT,
			"to write messages into conversations (survey invitations), e.g. https://app.chatwoot.com; blank: none "
					+ "sent");
	static final SettingField ACCOUNT = SettingField.optional("account_id", "Chatwoot account id", FieldType.INTEGER,
			"the account the inbox belongs to (the number in Chatwoot's addresses: /app/accounts/<id>/...)");
	static final SettingField API_TOKEN = new SettingField("api_access_token", "API access token", FieldType.TEXT,
			false, true, Optional.empty(), List.of(), "the access token messages are sent with; an agent bot's, so "
					+ "that what is sent reads as a bot's");

	private final WebhookEndpoints endpoints;
	private final Clock clock;

	@Activate
	public ChatwootConnector(@Reference WebhookEndpoints endpoints) {
		this(endpoints, Clock.systemUTC());
	}

	ChatwootConnector(WebhookEndpoints endpoints, Clock clock) {
		this.endpoints = endpoints;
		this.clock = clock;
	}

	@Override
	public SettingsSchema settingsSchema() {
		return SettingsSchema.of(WebhookAuth.MODE, WebhookAuth.SECRET, WebhookAuth.TOLERANCE, WebhookAuth.MAX_BODY,
				API_URL, ACCOUNT, API_TOKEN);
	}

	@Override
	public ConnectorInstance start(ConnectorContext context) throws ConnectorException {
		WebhookAuth auth = WebhookAuth.of(context.settings(), SIGNATURE_HEADER, Optional.of(TIMESTAMP_HEADER), clock);
		Settings settings = context.settings();
		Optional<ChatwootSender> sender = settings.text(API_URL.key()).filter(url -> !url.isBlank())
				.map(url -> new ChatwootSender(url, settings.text(ACCOUNT.key()).orElse(""),
						settings.text(API_TOKEN.key()).orElse(""), context.instanceId()));
		if (sender.isPresent() && (settings.text(ACCOUNT.key()).isEmpty()
				|| settings.text(API_TOKEN.key()).filter(t -> !t.isBlank()).isEmpty())) {
			throw new ConnectorException("Chatwoot instance " + context.instanceId() + ": api_url is set, so "
					+ "account_id and api_access_token are needed to send");
		}
		ChatwootMapper mapper = new ChatwootMapper(context.instanceId(), ChannelKind.CHAT,
				id -> sender.filter(s -> s.sentHere(id)).isPresent());
		WebhookEndpoint endpoint = new WebhookEndpoint() {
			@Override
			public Optional<String> authenticate(WebhookRequest request) {
				return auth.check(request);
			}

			@Override
			public Translation translate(WebhookRequest request) throws BadPayloadException {
				return mapper.map(WebhookJson.object(request.body()));
			}
		};
		return new WebhookInstance(endpoints.open(context, endpoint,
				settings.integer(WebhookAuth.MAX_BODY.key()).orElse(1L << 20).intValue()),
				sender.map(Outbound.class::cast));
	}
}
