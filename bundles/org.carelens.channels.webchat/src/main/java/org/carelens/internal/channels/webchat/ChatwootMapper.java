package org.carelens.internal.channels.webchat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

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
 * Maps Chatwoot webhook payloads to CareLens events (see the bundle's README for the table).
 * <p>
 * Event ids are made of the instance id and Chatwoot's own ids (message id; conversation id with the time of the
 * change), so that Chatwoot's retries of a delivery give the same ids and are stored once.
 */
final class ChatwootMapper {

	private final String instance;
	private final ChannelKind channel;
	private final Predicate<String> sentByCareLens;

	/**
	 * @param instance the channel instance: it prefixes every id and is the events' {@code channel_instance}
	 * @param channel  the channel kind of the conversations it opens
	 */
	ChatwootMapper(String instance, ChannelKind channel) {
		this(instance, channel, id -> false);
	}

	/** @param sentByCareLens whether a Chatwoot message id is of a message CareLens sent: its echo is no reply */
	ChatwootMapper(String instance, ChannelKind channel, Predicate<String> sentByCareLens) {
		this.instance = instance;
		this.channel = channel;
		this.sentByCareLens = sentByCareLens;
	}

	Translation map(JsonNode payload) throws BadPayloadException {
		String event = WebhookJson.required(payload, "event", "Chatwoot payload");
		return switch (event) {
		case "conversation_created" -> Translation.of(List.of(opened(payload)));
		case "message_created" -> message(payload);
		case "conversation_status_changed" -> statusChanged(payload);
		case "conversation_updated" -> updated(payload);
		default -> Translation.ignored("Chatwoot event '" + event + "' carries nothing CareLens records");
		};
	}

	private Event opened(JsonNode conversation) throws BadPayloadException {
		String id = WebhookJson.required(conversation, "id", "conversation_created");
		Instant at = WebhookJson.instant(conversation, "created_at", "conversation_created")
				.or(() -> instantOrEmpty(conversation, "timestamp"))
				.orElseThrow(() -> new BadPayloadException("conversation_created: neither \"created_at\" nor "
						+ "\"timestamp\" says when conversation " + id + " was created"));
		String customer = contactId(conversation).orElseThrow(() -> new BadPayloadException(
				"conversation_created: conversation " + id + " names no contact (meta.sender or contact_inbox)"));
		EventHeader header = EventHeader.of(eventId("conv", id, "opened"), at).withConversation(conversationId(id))
				.withCustomer(customer).withChannel(channel).withChannelInstance(instance);
		Optional<Priority> priority = priority(conversation.path("priority"));
		return new Event.ConversationOpened(header, Direction.INBOUND, priority, Optional.empty(), Optional.empty(),
				Optional.empty());
	}

	private Translation message(JsonNode message) throws BadPayloadException {
		String id = WebhookJson.required(message, "id", "message_created");
		String where = "message_created " + id;
		JsonNode conversation = message.path("conversation");
		String conversationId = WebhookJson.text(conversation, "id")
				.or(() -> WebhookJson.text(message, "conversation_id"))
				.orElseThrow(() -> new BadPayloadException(where + ": no conversation id"));
		Instant at = WebhookJson.instant(message, "created_at", where)
				.orElseThrow(() -> new BadPayloadException(where + ": \"created_at\" is missing"));
		String type = WebhookJson.text(message, "message_type").orElse("").toLowerCase(Locale.ROOT);
		JsonNode sender = message.path("sender");
		String senderType = WebhookJson.text(sender, "type").orElse("").toLowerCase(Locale.ROOT);
		Author author;
		switch (type) {
		case "incoming", "0" -> author = Author.CUSTOMER;
		case "outgoing", "1" -> author = sentByCareLens.test(id) ? Author.SYSTEM
				: senderType.equals("agent_bot") || senderType.equals("bot") ? Author.BOT : Author.AGENT;
		case "template", "3" -> author = Author.BOT;
		case "activity", "2" -> {
			return Translation.ignored("Chatwoot activity message " + id + " (a status line, not a message)");
		}
		default -> throw new BadPayloadException(where + ": message_type '" + type
				+ "' is not incoming, outgoing, activity or template");
		}
		EventHeader header = EventHeader.of(eventId("msg", id), at).withConversation(conversationId(conversationId))
				.withChannelInstance(instance);
		if (author == Author.AGENT) {
			header = header.withAgent(agentId(sender).orElseThrow(() -> new BadPayloadException(where
					+ ": an outgoing message without its sender")));
		}
		boolean isPublic = !message.path("private").asBoolean(false);
		return Translation.of(List.of(new Event.Message(header, author, isPublic)));
	}

	private Translation statusChanged(JsonNode conversation) throws BadPayloadException {
		String id = WebhookJson.required(conversation, "id", "conversation_status_changed");
		String where = "conversation_status_changed " + id;
		String status = WebhookJson.required(conversation, "status", where);
		Instant at = changedAt(conversation, where);
		Optional<String> previous = previousValue(conversation, "status");
		EventHeader header = EventHeader.of(eventId("conv", id, status, Long.toString(at.toEpochMilli())), at)
				.withConversation(conversationId(id)).withChannelInstance(instance);
		if (status.equals("resolved")) {
			Optional<String> agent = agentId(conversation.path("meta").path("assignee"));
			return Translation.of(List.of(new Event.Resolved(agent.map(header::withAgent).orElse(header))));
		}
		if (status.equals("open") && previous.filter("resolved"::equals).isPresent()) {
			return Translation.of(List.of(new Event.Reopened(header)));
		}
		return Translation.ignored("conversation " + id + " is now " + status + " ("
				+ previous.map(p -> "was " + p).orElse("previous status not given") + "): not a resolution");
	}

	private Translation updated(JsonNode conversation) throws BadPayloadException {
		String id = WebhookJson.required(conversation, "id", "conversation_updated");
		String where = "conversation_updated " + id;
		Instant at = changedAt(conversation, where);
		String stamp = Long.toString(at.toEpochMilli());
		List<Event> events = new ArrayList<>();
		JsonNode meta = conversation.path("meta");
		if (changed(conversation, "assignee_id")) {
			Optional<String> agent = agentId(meta.path("assignee"));
			if (agent.isPresent()) {
				EventHeader header = EventHeader.of(eventId("conv", id, "assigned", stamp), at)
						.withConversation(conversationId(id)).withChannelInstance(instance).withAgent(agent.get());
				Optional<String> team = WebhookJson.text(meta.path("team"), "name");
				events.add(new Event.Assigned(team.map(header::withTeam).orElse(header)));
			}
		}
		if (changed(conversation, "priority")) {
			Optional<Priority> priority = priority(conversation.path("priority"));
			if (priority.isPresent()) {
				EventHeader header = EventHeader.of(eventId("conv", id, "priority", stamp), at)
						.withConversation(conversationId(id)).withChannelInstance(instance);
				events.add(new Event.Tagged(header, Optional.empty(), Optional.empty(), priority, Optional.empty()));
			}
		}
		return events.isEmpty() ? Translation.ignored("conversation " + id
				+ ": no change of assignee or priority") : Translation.of(events);
	}

	/** @return whether {@code changed_attributes} (a list of one-member objects) names {@code attribute} */
	private static boolean changed(JsonNode conversation, String attribute) {
		for (JsonNode change : conversation.path("changed_attributes")) {
			if (change.has(attribute)) {
				return true;
			}
		}
		return false;
	}

	private static Optional<String> previousValue(JsonNode conversation, String attribute) {
		for (JsonNode change : conversation.path("changed_attributes")) {
			if (change.has(attribute)) {
				return WebhookJson.text(change.path(attribute), "previous_value");
			}
		}
		return Optional.empty();
	}

	/** The time of a change: {@code updated_at} when Chatwoot sends it, else its last-activity {@code timestamp}. */
	private static Instant changedAt(JsonNode conversation, String where) throws BadPayloadException {
		Optional<Instant> updated = WebhookJson.instant(conversation, "updated_at", where);
		if (updated.isPresent()) {
			return updated.get();
		}
		return WebhookJson.instant(conversation, "timestamp", where).orElseThrow(() -> new BadPayloadException(where
				+ ": neither \"updated_at\" nor \"timestamp\" says when it changed"));
	}

	private static Optional<Instant> instantOrEmpty(JsonNode node, String field) {
		try {
			return WebhookJson.instant(node, field, "");
		} catch (BadPayloadException e) {
			return Optional.empty();
		}
	}

	private Optional<String> contactId(JsonNode conversation) {
		JsonNode sender = conversation.path("meta").path("sender");
		return WebhookJson.text(sender, "id")
				.or(() -> WebhookJson.text(conversation.path("contact_inbox"), "contact_id"))
				.map(id -> instance + ":contact:" + id);
	}

	/** Agents are known by their e-mail address when Chatwoot gives it, as the workspace usually names them. */
	private Optional<String> agentId(JsonNode user) {
		return WebhookJson.text(user, "email")
				.or(() -> WebhookJson.text(user, "id").map(id -> instance + ":user:" + id));
	}

	private static Optional<Priority> priority(JsonNode value) {
		if (!value.isTextual()) {
			return Optional.empty();
		}
		return switch (value.asText().toLowerCase(Locale.ROOT)) {
		case "low" -> Optional.of(Priority.LOW);
		case "medium" -> Optional.of(Priority.NORMAL);
		case "high" -> Optional.of(Priority.HIGH);
		case "urgent" -> Optional.of(Priority.URGENT);
		default -> Optional.empty();
		};
	}

	private String conversationId(String chatwootId) {
		return instance + ":" + chatwootId;
	}

	private String eventId(String... parts) {
		return instance + ":" + String.join(":", parts);
	}
}
