package org.carelens.internal.channels.social;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.carelens.channels.api.Rejected;
import org.carelens.channels.http.BadPayloadException;
import org.carelens.channels.http.Translation;
import org.carelens.channels.http.json.WebhookJson;
import org.carelens.core.api.Author;
import org.carelens.core.api.Event;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Maps Messenger Platform webhook deliveries ({@code "object": "page"}, entries of {@code messaging} or
 * {@code standby} items) to CareLens events; the bundle's README has the table. A bad item is rejected with its
 * position, the others of the delivery are kept.
 */
final class MessengerMapper {

	/** The {@code metadata} CareLens puts on what it sends, which comes back on the echo: not an agent's reply. */
	static final String METADATA = "carelens:outbound";

	private final String instance;
	private final Conversations conversations;
	private final Set<String> botApps;

	/** @param botApps the app ids whose messages and thread control are a bot's, not a person's */
	MessengerMapper(String instance, Conversations conversations, Set<String> botApps) {
		this.instance = instance;
		this.conversations = conversations;
		this.botApps = Set.copyOf(botApps);
	}

	Translation map(JsonNode payload) throws BadPayloadException {
		String object = WebhookJson.required(payload, "object", "Messenger delivery");
		if (!object.equals("page")) {
			throw new BadPayloadException("Messenger delivery: object '" + object + "' is not 'page'");
		}
		JsonNode entries = payload.path("entry");
		if (!entries.isArray()) {
			throw new BadPayloadException("Messenger delivery: \"entry\" is not a list");
		}
		List<Event> events = new ArrayList<>();
		List<Rejected> rejected = new ArrayList<>();
		Set<String> ignored = new TreeSet<>();
		int row = 0;
		for (int e = 0; e < entries.size(); e++) {
			JsonNode entry = entries.get(e);
			for (String list : List.of("messaging", "standby")) {
				JsonNode items = entry.path(list);
				for (int i = 0; i < items.size(); i++) {
					row++;
					String where = "entry[" + e + "]." + list + "[" + i + "]";
					JsonNode item = items.get(i);
					try {
						Optional<List<Event>> mapped = item(WebhookJson.required(entry, "id", "entry[" + e + "]"), item,
								where);
						mapped.ifPresentOrElse(events::addAll, () -> ignored.add(kind(item)));
					} catch (BadPayloadException | IllegalArgumentException x) {
						rejected.add(Rejected.row("webhook /hooks/" + instance, row, x.getMessage(), item.toString()));
					}
				}
			}
		}
		String note = events.isEmpty() && rejected.isEmpty() ? "nothing CareLens records"
				+ (ignored.isEmpty() ? "" : " (" + String.join(", ", ignored) + ")") : "";
		return new Translation(events, rejected, note);
	}

	/** @return the events of one item; empty when it is of a kind CareLens does not record (receipts, ...) */
	private Optional<List<Event>> item(String page, JsonNode item, String where) throws BadPayloadException {
		if (!item.isObject()) {
			throw new BadPayloadException(where + ": not a JSON object");
		}
		JsonNode message = item.path("message");
		if (message.isObject()) {
			Instant at = WebhookJson.millis(item, "timestamp", where);
			String mid = WebhookJson.required(message, "mid", where + ".message");
			if (message.path("is_echo").asBoolean(false)) {
				String user = WebhookJson.required(item.path("recipient"), "id", where + ".recipient");
				Author author = WebhookJson.text(message, "metadata").filter(m -> m.startsWith("carelens:")).isPresent()
						? Author.SYSTEM
						: WebhookJson.text(message, "app_id").filter(botApps::contains).isPresent() ? Author.BOT
								: Author.AGENT;
				return Optional.of(conversations.message(page + ":" + user, at, "mid:" + mid, author,
						author == Author.AGENT ? Optional.of(instance + ":page:" + page) : Optional.empty()));
			}
			String user = WebhookJson.required(item.path("sender"), "id", where + ".sender");
			return Optional.of(conversations.message(page + ":" + user, at, "mid:" + mid, Author.CUSTOMER,
					Optional.empty()));
		}
		JsonNode postback = item.path("postback");
		if (postback.isObject()) {
			Instant at = WebhookJson.millis(item, "timestamp", where);
			String user = WebhookJson.required(item.path("sender"), "id", where + ".sender");
			String id = WebhookJson.text(postback, "mid").map(mid -> "mid:" + mid)
					.orElse("postback:" + page + ":" + user + ":" + at.toEpochMilli());
			return Optional.of(conversations.message(page + ":" + user, at, id, Author.CUSTOMER, Optional.empty()));
		}
		JsonNode pass = item.path("pass_thread_control");
		if (pass.isObject()) {
			Instant at = WebhookJson.millis(item, "timestamp", where);
			String user = WebhookJson.required(item.path("sender"), "id", where + ".sender");
			String owner = WebhookJson.required(pass, "new_owner_app_id", where + ".pass_thread_control");
			if (botApps.contains(owner)) {
				return Optional.empty(); // passed to another bot: still no person in the thread
			}
			return Optional.of(conversations.handoff(page + ":" + user, at,
					"handoff:" + page + ":" + user + ":" + at.toEpochMilli()));
		}
		return Optional.empty();
	}

	/** @return what an item CareLens does not record is, for the answer's note */
	private static String kind(JsonNode item) {
		if (item.has("pass_thread_control")) {
			return "thread control passed to a bot";
		}
		for (String field : List.of("read", "delivery", "reaction", "optin", "referral", "take_thread_control",
				"request_thread_control", "account_linking", "policy_enforcement")) {
			if (item.has(field)) {
				return field;
			}
		}
		return "an item of an unknown kind";
	}
}
