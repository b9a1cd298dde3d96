package org.carelens.internal.channels.social;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.api.Outbound;
import org.carelens.channels.api.OutboundMessage;
import org.carelens.channels.http.ApiClient;

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
	private final Set<String> sent = Collections.newSetFromMap(Collections.synchronizedMap(new LinkedHashMap<>() {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
			return size() > 10_000;
		}
	}));

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
		String key = conversations.key(message.recipient()).orElse(message.recipient());
		String user = key.substring(key.lastIndexOf(':') + 1);
		if (message.text().length() > MAX_TEXT) {
			throw new ConnectorException("the message to Zalo user " + user + " has " + message.text().length()
					+ " characters; Zalo takes at most " + MAX_TEXT);
		}
		Optional<Instant> last = threads.lastCustomerMessage(key);
		if (last.isPresent() && Duration.between(last.get(), clock.instant()).compareTo(WINDOW) > 0) {
			throw new ConnectorException("Zalo user " + user + " last wrote to the OA at " + last.get()
					+ ", more than 7 days ago: outside Zalo's interaction window for consultation messages");
		}
		ObjectNode body = Json.MAPPER.createObjectNode();
		body.putObject("recipient").put("user_id", user);
		body.putObject("message").put("text", message.text());
		ApiClient.Answer answer = api.postJson(endpoint, Map.of("access_token", token), body.toString());
		JsonNode json = Json.answer(answer.body());
		String error = Json.text(json, "error").orElse("");
		if (answer.successful() && error.equals("0")) {
			String id = Json.text(json.path("data"), "message_id").orElseThrow(() -> new ConnectorException(
					"the Zalo OA API answered without a message_id"));
			sent.add(id);
			return id;
		}
		throw new ConnectorException("Zalo refused the message to user " + user + " (HTTP " + answer.status()
				+ (error.isEmpty() ? "" : ", error " + error) + "): " + Json.text(json, "message").orElse("no message"));
	}
}
