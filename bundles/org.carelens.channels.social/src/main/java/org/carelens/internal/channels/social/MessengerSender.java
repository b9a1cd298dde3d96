package org.carelens.internal.channels.social;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import org.carelens.channels.http.json.WebhookJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Sends text to a customer through the Messenger Send API ({@code POST <graph>/v<version>/me/messages}).
 * <p>
 * Within 24 hours of the customer's last message it is a {@code RESPONSE}, which Meta's policy allows for anything.
 * Later, only a message tag lets a page write, and none fits a survey invitation made of text and a link:
 * {@code CUSTOMER_FEEDBACK} goes only with Meta's own customer feedback template, and {@code ACCOUNT_UPDATE} is for
 * changes to the customer's account. So it refuses, saying why, unless the page's owner configured a tag they have
 * judged right for what they send ({@code message_tag}); when the customer's last message is not known (before the
 * connector has seen one) it sends a {@code RESPONSE} and reports Meta's refusal if the window has closed.
 */
final class MessengerSender implements Outbound {

	/** Meta's standard messaging window. */
	static final Duration WINDOW = Duration.ofHours(24);
	/** The Send API's limit on a text message, in UTF-16 units. */
	static final int MAX_TEXT = 2000;

	private final ApiClient api = new ApiClient("the Messenger Send API");
	private final URI endpoint;
	private final Conversations conversations;
	private final Threads threads;
	private final Optional<String> tag;
	private final Optional<Locale> language;
	private final Clock clock;

	/**
	 * @param graph   the Graph API's base address, e.g. {@code https://graph.facebook.com}
	 * @param version the Graph API version, e.g. {@code 23.0}
	 * @param token   the page access token
	 * @param tag     the message tag to send with outside the window; empty: refuse
	 */
	MessengerSender(String graph, String version, String token, Conversations conversations, Threads threads,
			Optional<String> tag, Optional<Locale> language, Clock clock) {
		String base = graph.endsWith("/") ? graph.substring(0, graph.length() - 1) : graph;
		String v = version.startsWith("v") ? version : "v" + version;
		this.endpoint = URI.create(base + "/" + v + "/me/messages?access_token="
				+ URLEncoder.encode(token, StandardCharsets.UTF_8));
		this.conversations = conversations;
		this.threads = threads;
		this.tag = tag;
		this.language = language;
		this.clock = clock;
	}

	@Override
	public Optional<Locale> language() {
		return language;
	}

	@Override
	public String send(OutboundMessage message) throws ConnectorException {
		String key = conversations.recipientKey(message, MAX_TEXT, "Messenger");
		String psid = Conversations.user(key);
		Optional<Instant> last = threads.lastCustomerMessage(key);
		Instant now = clock.instant();
		boolean outside = last.isPresent() && Duration.between(last.get(), now).compareTo(WINDOW) > 0;
		if (outside && tag.isEmpty()) {
			throw new ConnectorException("Messenger user " + psid + " last wrote at " + last.get() + ", more than 24 "
					+ "hours ago: outside Messenger's standard messaging window, a page may not write to them "
					+ "(no message_tag is configured for this instance)");
		}
		ObjectNode body = WebhookJson.MAPPER.createObjectNode();
		body.putObject("recipient").put("id", psid);
		body.put("messaging_type", outside ? "MESSAGE_TAG" : "RESPONSE");
		if (outside) {
			body.put("tag", tag.get());
		}
		body.putObject("message").put("text", message.text()).put("metadata", MessengerMapper.METADATA);
		ApiClient.Answer answer = api.postJson(endpoint, Map.of(), body.toString());
		JsonNode json = WebhookJson.answer(answer.body());
		JsonNode error = json.path("error");
		if (answer.successful() && !error.isObject()) {
			return WebhookJson.text(json, "message_id").orElseThrow(() -> new ConnectorException(
					"the Messenger Send API answered " + answer.status() + " without a message_id"));
		}
		throw new ConnectorException(refusal(psid, answer.status(), error));
	}

	/** @return why Meta refused, with its codes and what they mean where it is one of the documented cases */
	static String refusal(String psid, int status, JsonNode error) {
		if (!error.isObject()) {
			return "the Messenger Send API answered HTTP " + status + " to the message to " + psid;
		}
		String code = WebhookJson.text(error, "code").orElse("?");
		Optional<String> subcode = WebhookJson.text(error, "error_subcode");
		String meaning;
		if (code.equals("10") && subcode.filter("2018278"::equals).isPresent()) {
			meaning = ": outside Messenger's 24-hour standard messaging window";
		} else if (code.equals("551")) {
			meaning = ": the person is not available to the page (blocked it, or left Messenger)";
		} else if (code.equals("190")) {
			meaning = ": the page access token is invalid or expired";
		} else {
			meaning = "";
		}
		return "Messenger refused the message to " + psid + " (HTTP " + status + ", code " + code
				+ subcode.map(s -> ", subcode " + s).orElse("") + meaning + "): "
				+ WebhookJson.text(error, "message").orElse("no message");
	}
}
