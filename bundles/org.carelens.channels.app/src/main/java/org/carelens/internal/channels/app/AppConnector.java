package org.carelens.internal.channels.app;

import java.util.Optional;

import org.carelens.channels.api.ChannelConnector;
import org.carelens.channels.api.ConnectorContext;
import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.api.ConnectorInstance;
import org.carelens.channels.api.ConnectorProperties;
import org.carelens.channels.api.FieldType;
import org.carelens.channels.api.SettingField;
import org.carelens.channels.api.SettingsSchema;
import org.carelens.channels.http.BadPayloadException;
import org.carelens.channels.http.Signatures;
import org.carelens.channels.http.Translation;
import org.carelens.channels.http.WebhookEndpoint;
import org.carelens.channels.http.WebhookEndpoints;
import org.carelens.channels.http.WebhookRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A REST endpoint for an in-house app's messaging backend: it posts CareLens events (EVENTS.md) as JSON Lines to
 * {@code /hooks/<instance id>} with {@code Authorization: Bearer <the instance's token>}.
 */
@Component(service = ChannelConnector.class)
@ConnectorProperties(id = "app.events", label = "In-app events (REST, CareLens event format)", channel = "APP",
		capabilities = "push")
public final class AppConnector implements ChannelConnector {

	static final SettingField TOKEN = SettingField.secret("token", "Access token",
			"the token the app sends as 'Authorization: Bearer <token>'; make it long and random");
	static final SettingField MAX_BODY = SettingField.optional("max_body_bytes", "Largest body", FieldType.INTEGER,
			"4194304", "larger requests are refused with 413");

	private final WebhookEndpoints endpoints;

	@Activate
	public AppConnector(@Reference WebhookEndpoints endpoints) {
		this.endpoints = endpoints;
	}

	@Override
	public SettingsSchema settingsSchema() {
		return SettingsSchema.of(TOKEN, MAX_BODY);
	}

	@Override
	public ConnectorInstance start(ConnectorContext context) throws ConnectorException {
		String token = context.settings().required(TOKEN.key());
		WebhookEndpoint endpoint = new WebhookEndpoint() {
			@Override
			public Optional<String> authenticate(WebhookRequest request) {
				return Signatures.checkBearer(request, token);
			}

			@Override
			public Translation translate(WebhookRequest request) throws BadPayloadException {
				return AppEvents.read(request.text(), request.source());
			}
		};
		return endpoints.open(context, endpoint,
				context.settings().integer(MAX_BODY.key()).orElse(4L << 20).intValue())::close;
	}
}
