package org.carelens.internal.channels.webchat;

import java.time.Clock;
import java.util.Optional;

import org.carelens.channels.api.ChannelConnector;
import org.carelens.channels.api.ConnectorContext;
import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.api.ConnectorInstance;
import org.carelens.channels.api.ConnectorProperties;
import org.carelens.channels.api.SettingsSchema;
import org.carelens.channels.http.BadPayloadException;
import org.carelens.channels.http.Translation;
import org.carelens.channels.http.WebhookEndpoint;
import org.carelens.channels.http.WebhookEndpoints;
import org.carelens.channels.http.WebhookRequest;
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
@ConnectorProperties(id = "webchat.chatwoot", label = "Chatwoot webhooks", channel = "CHAT", capabilities = "push")
public final class ChatwootConnector implements ChannelConnector {

	static final String SIGNATURE_HEADER = "X-Chatwoot-Signature";
	static final String TIMESTAMP_HEADER = "X-Chatwoot-Timestamp";

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
		return SettingsSchema.of(WebhookAuth.MODE, WebhookAuth.SECRET, WebhookAuth.TOLERANCE, WebhookAuth.MAX_BODY);
	}

	@Override
	public ConnectorInstance start(ConnectorContext context) throws ConnectorException {
		WebhookAuth auth = WebhookAuth.of(context.settings(), SIGNATURE_HEADER, Optional.of(TIMESTAMP_HEADER), clock);
		ChatwootMapper mapper = new ChatwootMapper(context.instanceId(), ChannelKind.CHAT);
		WebhookEndpoint endpoint = new WebhookEndpoint() {
			@Override
			public Optional<String> authenticate(WebhookRequest request) {
				return auth.check(request);
			}

			@Override
			public Translation translate(WebhookRequest request) throws BadPayloadException {
				return mapper.map(Json.object(request.body()));
			}
		};
		return endpoints.open(context, endpoint,
				context.settings().integer(WebhookAuth.MAX_BODY.key()).orElse(1L << 20).intValue())::close;
	}
}
