package org.carelens.internal.channels.social;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

import org.carelens.channels.http.BadPayloadException;
import org.carelens.channels.http.Translation;
import org.carelens.channels.http.json.WebhookJson;
import org.carelens.core.api.Author;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Maps Zalo Official Account webhook events to CareLens events; the bundle's README has the table. Zalo sends one
 * event per request.
 */
final class ZaloMapper {

	private final String instance;
	private final Conversations conversations;
	private final Predicate<String> sentByCareLens;

	/** @param sentByCareLens whether a message id is of a message CareLens sent (its echo is no agent's reply) */
	ZaloMapper(String instance, Conversations conversations, Predicate<String> sentByCareLens) {
		this.instance = instance;
		this.conversations = conversations;
		this.sentByCareLens = sentByCareLens;
	}

	Translation map(JsonNode payload) throws BadPayloadException {
		String event = WebhookJson.required(payload, "event_name", "Zalo event");
		boolean fromUser = event.startsWith("user_send_");
		if (!fromUser && !event.startsWith("oa_send_")) {
			return Translation.ignored("Zalo event '" + event + "' carries nothing CareLens records");
		}
		String where = "Zalo " + event;
		Instant at = WebhookJson.millis(payload, "timestamp", where);
		String user = WebhookJson.required(payload.path(fromUser ? "sender" : "recipient"), "id",
				where + (fromUser ? ".sender" : ".recipient"));
		String oa = WebhookJson.required(payload.path(fromUser ? "recipient" : "sender"), "id",
				where + (fromUser ? ".recipient" : ".sender"));
		String messageId = WebhookJson.required(payload.path("message"), "msg_id", where + ".message");
		Author author = fromUser ? Author.CUSTOMER : sentByCareLens.test(messageId) ? Author.SYSTEM : Author.AGENT;
		return Translation.of(conversations.message(oa + ":" + user, at, "msg:" + messageId, author,
				author == Author.AGENT ? Optional.of(instance + ":oa:" + oa) : Optional.empty()));
	}
}
