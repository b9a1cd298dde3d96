package org.carelens.internal.channels.webchat;

import java.net.URI;
import java.util.Map;

import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.api.Outbound;
import org.carelens.channels.api.OutboundMessage;
import org.carelens.channels.http.ApiClient;
import org.carelens.channels.http.RecentIds;
import org.carelens.channels.http.json.WebhookJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes into a Chatwoot conversation through Chatwoot's API ({@code POST
 * <api>/api/v1/accounts/<account>/conversations/<id>/messages}, header {@code api_access_token}): an outgoing public
 * message the customer sees in the widget. Chatwoot echoes it back as {@code message_created}; its id is remembered
 * so that the echo is not taken for an agent's reply.
 */
final class ChatwootSender implements Outbound {

	private final ApiClient api = new ApiClient("the Chatwoot API");
	private final String base;
	private final String account;
	private final String token;
	private final String instance;
	private final RecentIds sent = new RecentIds();

	/** @param base Chatwoot's address, e.g. {@code https://app.chatwoot.com} */
	ChatwootSender(String base, String account, String token, String instance) {
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		this.account = account;
		this.token = token;
		this.instance = instance;
	}

	/** @return whether the Chatwoot message {@code id} is one this instance sent */
	boolean sentHere(String id) {
		return sent.contains(id);
	}

	@Override
	public String send(OutboundMessage message) throws ConnectorException {
		String prefix = instance + ":";
		String conversation = message.conversation().startsWith(prefix)
				? message.conversation().substring(prefix.length()) : message.conversation();
		if (!conversation.matches("\\d+")) {
			throw new ConnectorException("conversation " + message.conversation() + " is not one of Chatwoot instance "
					+ instance);
		}
		ObjectNode body = JsonNodeFactory.instance.objectNode().put("content", message.text())
				.put("message_type", "outgoing").put("private", false);
		ApiClient.Answer answer = api.postJson(URI.create(base + "/api/v1/accounts/" + account + "/conversations/"
				+ conversation + "/messages"), Map.of("api_access_token", token), body.toString());
		JsonNode json = WebhookJson.answer(answer.body());
		if (answer.successful() && WebhookJson.text(json, "id").isPresent()) {
			String id = WebhookJson.text(json, "id").get();
			sent.add(id);
			return id;
		}
		String reason = WebhookJson.text(json, "error").or(() -> WebhookJson.text(json, "message"))
				.orElse(json.path("errors").isMissingNode() ? "no reason given" : json.path("errors").toString());
		throw new ConnectorException("Chatwoot refused the message in conversation " + conversation + " (HTTP "
				+ answer.status() + "): " + reason);
	}
}
