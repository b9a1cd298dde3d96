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
import org.carelens.channels.http.json.WebhookJson;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Any chat widget that can post the generic chat format (the bundle's README), signed with
 * {@code X-CareLens-Signature: sha256=<HMAC-SHA256 of the body>} or carrying the instance's Bearer token.
 */
@Component(service = ChannelConnector.class)
@ConnectorProperties(id = "webchat.generic", label = "Chat widget webhooks (generic JSON)", channel = "CHAT",
		capabilities = "push")
public final class GenericChatConnector implements ChannelConnector {

	static final String SIGNATURE_HEADER = "X-CareLens-Signature";

	private final WebhookEndpoints endpoints;

	@Activate
	public GenericChatConnector(@Reference WebhookEndpoints endpoints) {
		this.endpoints = endpoints;
	}

	@Override
	public SettingsSchema settingsSchema() {
		return SettingsSchema.of(WebhookAuth.MODE, WebhookAuth.SECRET, WebhookAuth.MAX_BODY);
	}

	@Override
	public ConnectorInstance start(ConnectorContext context) throws ConnectorException {
		WebhookAuth auth = WebhookAuth.of(context.settings(), SIGNATURE_HEADER, Optional.empty(), Clock.systemUTC());
		GenericChatMapper mapper = new GenericChatMapper(context.instanceId());
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
		return endpoints.open(context, endpoint,
				context.settings().integer(WebhookAuth.MAX_BODY.key()).orElse(1L << 20).intValue())::close;
	}
}
