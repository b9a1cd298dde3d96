package org.carelens.internal.channels.webchat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.carelens.channels.api.Rejected;
import org.carelens.channels.http.BadPayloadException;
import org.carelens.channels.http.Translation;
import org.carelens.channels.http.json.WebhookJson;
import org.carelens.core.api.Author;
import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Direction;
import org.carelens.core.api.Event;
import org.carelens.core.api.EventHeader;
import org.carelens.core.api.Priority;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Maps the generic chat webhook format (documented in the bundle's README) to CareLens events: one event object, or
 * {@code {"events": [...]}}. A bad element of a batch is rejected with its position; the others are kept.
 */
final class GenericChatMapper {

	private final String instance;
	private final String source;

	GenericChatMapper(String instance) {
		this.instance = instance;
		this.source = "webhook /hooks/" + instance;
	}

	Translation map(JsonNode payload) throws BadPayloadException {
		if (!payload.has("events")) {
			return Translation.of(List.of(event(payload, "the event")));
		}
		JsonNode events = payload.path("events");
		if (!events.isArray()) {
			throw new BadPayloadException("\"events\" is not a list");
		}
		List<Event> mapped = new ArrayList<>();
		List<Rejected> rejected = new ArrayList<>();
		for (int i = 0; i < events.size(); i++) {
			try {
				mapped.add(event(events.get(i), "events[" + i + "]"));
			} catch (BadPayloadException e) {
				rejected.add(Rejected.row(source, i + 1, e.getMessage(), events.get(i).toString()));
			}
		}
		return new Translation(mapped, rejected, "");
	}

	private Event event(JsonNode node, String where) throws BadPayloadException {
		if (!node.isObject()) {
			throw new BadPayloadException(where + ": not a JSON object");
		}
		String type = WebhookJson.required(node, "type", where);
		String id = WebhookJson.required(node, "id", where);
		String conversation = WebhookJson.required(node, "conversation", where);
		Instant at = WebhookJson.instant(node, "at", where)
				.orElseThrow(() -> new BadPayloadException(where + ": \"at\" is missing"));
		EventHeader header = EventHeader.of(instance + ":" + id, at).withConversation(instance + ":" + conversation)
				.withChannelInstance(instance);
		Optional<String> agent = WebhookJson.text(node, "agent");
		Optional<String> team = WebhookJson.text(node, "team");
		try {
			return switch (type) {
			case "conversation_started" -> new Event.ConversationOpened(
					header.withChannel(ChannelKind.CHAT).withCustomer(WebhookJson.required(node, "customer", where)),
					Direction.INBOUND, priority(node, where), Optional.empty(), WebhookJson.text(node, "topic"),
					Optional.empty());
			case "message" -> {
				Author author = author(WebhookJson.required(node, "author", where), where);
				EventHeader withAgent = agent.map(header::withAgent).orElse(header);
				yield new Event.Message(withAgent, author, !node.path("private").asBoolean(false));
			}
			case "assigned" -> new Event.Assigned(team.map(header.withAgent(WebhookJson.required(node, "agent", where))
					::withTeam).orElse(header.withAgent(WebhookJson.required(node, "agent", where))));
			case "resolved" -> new Event.Resolved(agent.map(header::withAgent).orElse(header));
			case "reopened" -> new Event.Reopened(header);
			default -> throw new BadPayloadException(where + ": type '" + type
					+ "' is not conversation_started, message, assigned, resolved or reopened");
			};
		} catch (IllegalArgumentException e) {
			throw new BadPayloadException(where + ": " + e.getMessage(), e);
		}
	}

	private static Author author(String text, String where) throws BadPayloadException {
		try {
			return Author.valueOf(text.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new BadPayloadException(where + ": author '" + text + "' is not customer, agent, bot or system");
		}
	}

	private static Optional<Priority> priority(JsonNode node, String where) throws BadPayloadException {
		Optional<String> text = WebhookJson.text(node, "priority");
		if (text.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Priority.valueOf(text.get().toUpperCase(Locale.ROOT)));
		} catch (IllegalArgumentException e) {
			throw new BadPayloadException(where + ": priority '" + text.get()
					+ "' is not low, normal, high or urgent");
		}
	}
}
