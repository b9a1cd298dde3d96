package org.carelens.internal.channels.social;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.api.Outbound;
import org.carelens.channels.api.OutboundMessage;
import org.carelens.channels.http.ApiClient;
import org.carelens.channels.http.RecentIds;
import org.carelens.channels.http.json.WebhookJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Sends text to a follower of a Zalo Official Account as a consultation message ({@code POST
 * <api>/v3.0/oa/message/cs}, header {@code access_token}), which Zalo allows within 7 days of the user's last
 * interaction with the OA: outside it, the message is refused here, saying why, without asking Zalo.
 */
final class ZaloSender implements Outbound {

	/** Zalo's window for consultation messages. */
	static final Duration WINDOW = Duration.ofDays(7);
	/** Zalo's limit on a text message. */
	static final int MAX_TEXT = 2000;

	private final ApiClient api = new ApiClient("the Zalo OA API");
	private final URI endpoint;
	private final String token;
	private final Conversations conversations;
	private final Threads threads;
	private final Optional<Locale> language;
	private final Clock clock;
	/** The ids of the messages sent lately, so that their echoes ({@code oa_send_text}) are not taken for replies. */
	private final RecentIds sent = new RecentIds();

	/** @param api the Zalo OpenAPI base address, e.g. {@code https://openapi.zalo.me} */
	ZaloSender(String api, String token, Conversations conversations, Threads threads, Optional<Locale> language,
			Clock clock) {
		String base = api.endsWith("/") ? api.substring(0, api.length() - 1) : api;
		this.endpoint = URI.create(base + "/v3.0/oa/message/cs");
		this.token = token;
		this.conversations = conversations;
		this.threads = threads;
		this.language = language;
		this.clock = clock;
	}

	/** @return whether {@code messageId} is of a message this instance sent */
	boolean sentHere(String messageId) {
		return sent.contains(messageId);
	}

	@Override
	public Optional<Locale> language() {
		return language;
	}

	@Override
	public String send(OutboundMessage message) throws ConnectorException {
		String key = conversations.recipientKey(message, MAX_TEXT, "Zalo");
		String user = Conversations.user(key);
		Optional<Instant> last = threads.lastCustomerMessage(key);
		if (last.isPresent() && Duration.between(last.get(), clock.instant()).compareTo(WINDOW) > 0) {
			throw new ConnectorException("Zalo user " + user + " last wrote to the OA at " + last.get()
					+ ", more than 7 days ago: outside Zalo's interaction window for consultation messages");
		}
		ObjectNode body = WebhookJson.MAPPER.createObjectNode();
		body.putObject("recipient").put("user_id", user);
		body.putObject("message").put("text", message.text());
		ApiClient.Answer answer = api.postJson(endpoint, Map.of("access_token", token), body.toString());
		JsonNode json = WebhookJson.answer(answer.body());
		String error = WebhookJson.text(json, "error").orElse("");
		if (answer.successful() && error.equals("0")) {
			String id = WebhookJson.text(json.path("data"), "message_id").orElseThrow(() -> new ConnectorException(
					"the Zalo OA API answered without a message_id"));
			sent.add(id);
			return id;
		}
		throw new ConnectorException("Zalo refused the message to user " + user + " (HTTP " + answer.status()
				+ (error.isEmpty() ? "" : ", error " + error) + "): "
				+ WebhookJson.text(json, "message").orElse("no message"));
	}
}
