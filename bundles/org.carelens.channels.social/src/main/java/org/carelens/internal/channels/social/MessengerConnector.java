package org.carelens.internal.channels.social;

import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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

/**
 * A Facebook Page's Messenger conversations, from the Messenger Platform's webhooks at {@code /hooks/<instance id>}:
 * the verification handshake ({@code hub.challenge}) on GET, deliveries signed with {@code X-Hub-Signature-256} (the
 * HMAC-SHA256 of the body with the app secret) on POST; with a page access token, it also sends through the Send API.
 */
@Component(service = ChannelConnector.class)
@ConnectorProperties(id = MessengerConnector.ID, label = "Facebook Messenger (Page webhooks)", channel = "SOCIAL",
		capabilities = { "push", "outbound" })
public final class MessengerConnector implements ChannelConnector {

	public static final String ID = "social.messenger";
	static final String SIGNATURE_HEADER = "X-Hub-Signature-256";

	static final SettingField APP_SECRET = SettingField.secret("app_secret", "App secret",
			"the Meta app's secret, with which Meta signs every delivery (X-Hub-Signature-256)");
	static final SettingField VERIFY_TOKEN = SettingField.secret("verify_token", "Verify token",
			"the token typed in the app's webhook settings, which Meta sends back when it verifies the address");
	static final SettingField PAGE_TOKEN = SocialSettings.optionalSecret("page_access_token", "Page access token",
			"to send messages to customers (survey invitations) through the Send API; blank: none sent");
	static final SettingField BOT_APPS = SettingField.optional("bot_app_ids", "Bot app ids", FieldType.TEXT,
			"the ids of the apps that are bots (comma-separated): their messages are a bot's, passing the thread to "
					+ "another app is a hand-off to people; the page's other replies are agents'");
	static final SettingField GRAPH = SettingField.optional("graph_base", "Graph API address", FieldType.TEXT,
			"https://graph.facebook.com", "the Graph API's base address");
	static final SettingField VERSION = SettingField.optional("api_version", "Graph API version", FieldType.TEXT,
			"23.0", "the Graph API version messages are sent with");
	static final SettingField TAG = SettingField.optional("message_tag", "Message tag outside 24 h", FieldType.TEXT,
			"the message tag (e.g. ACCOUNT_UPDATE) to send with when the customer last wrote more than 24 hours ago, "
					+ "if Meta's policy allows it for what you send; blank: such messages are refused");

	private final WebhookEndpoints endpoints;
	private final Clock clock;

	@Activate
	public MessengerConnector(@Reference WebhookEndpoints endpoints) {
		this(endpoints, Clock.systemUTC());
	}

	MessengerConnector(WebhookEndpoints endpoints, Clock clock) {
		this.endpoints = endpoints;
		this.clock = clock;
	}

	@Override
	public SettingsSchema settingsSchema() {
		return SettingsSchema.of(APP_SECRET, VERIFY_TOKEN, PAGE_TOKEN, BOT_APPS, SocialSettings.IDLE_GAP,
				SocialSettings.LANGUAGE, TAG, GRAPH, VERSION, SocialSettings.MAX_BODY);
	}

	@Override
	public ConnectorInstance start(ConnectorContext context) throws ConnectorException {
		Settings settings = context.settings();
		Threads threads = new Threads(SocialSettings.idleGap(settings), MessengerSender.WINDOW,
				context.checkpoint().orElse(Checkpoint.START));
		Conversations conversations = new Conversations(context.instanceId(), threads);
		Set<String> bots = SocialSettings.text(settings, BOT_APPS.key())
				.map(ids -> Arrays.stream(ids.split(",")).map(String::strip).filter(id -> !id.isEmpty())
						.collect(Collectors.toSet()))
				.orElse(Set.of());
		MessengerMapper mapper = new MessengerMapper(context.instanceId(), conversations, bots);
		String secret = settings.required(APP_SECRET.key());
		String verifyToken = settings.required(VERIFY_TOKEN.key());
		WebhookEndpoint endpoint = new WebhookEndpoint() {
			@Override
			public Optional<String> authenticate(WebhookRequest request) {
				return Signatures.checkHmac(request.header(SIGNATURE_HEADER), SIGNATURE_HEADER, secret,
						request.body());
			}

			@Override
			public Translation translate(WebhookRequest request) throws BadPayloadException {
				return mapper.map(WebhookJson.object(request.body()));
			}

			@Override
			public Optional<String> handshake(WebhookRequest request) {
				return verify(request, verifyToken);
			}

			@Override
			public Map<String, String> positions() {
				return threads.positions();
			}
		};
		Optional<Outbound> outbound = SocialSettings.text(settings, PAGE_TOKEN.key())
				.map(token -> new MessengerSender(settings.text(GRAPH.key()).orElse("https://graph.facebook.com"),
						settings.text(VERSION.key()).orElse("23.0"), token, conversations, threads,
						SocialSettings.text(settings, TAG.key()), SocialSettings.language(settings), clock));
		return new WebhookInstance(endpoints.open(context, endpoint, SocialSettings.maxBody(settings)), outbound);
	}

	/**
	 * Meta's verification of a webhook address: {@code hub.mode=subscribe}, the verify token, and a challenge to
	 * send back.
	 *
	 * @return the challenge when the token is this instance's; empty (answered 403) otherwise
	 */
	static Optional<String> verify(WebhookRequest request, String verifyToken) {
		Optional<String> challenge = request.queryParameter("hub.challenge");
		boolean subscribe = request.queryParameter("hub.mode").filter("subscribe"::equals).isPresent();
		boolean token = request.queryParameter("hub.verify_token")
				.filter(given -> Signatures.constantTimeEquals(verifyToken, given)).isPresent();
		return subscribe && token ? challenge : Optional.empty();
	}
}
