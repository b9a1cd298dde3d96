package org.carelens.internal.core.io;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.Event;
import org.carelens.core.api.EventHeader;
import org.carelens.core.api.Identity;
import org.carelens.core.api.WireValue;
import org.carelens.internal.core.json.JsonWriter;

/**
 * Writes one event as one line of JSON, in the field order of the format and with its extensions last.
 */
public final class EventEncoder {

	private EventEncoder() {
	}

	public static String encode(Event event) {
		StringBuilder out = new StringBuilder(192);
		JsonWriter json = new JsonWriter(out);
		EventHeader h = event.header();
		json.string("id", h.id()).string("type", event.type().wire()).string("at", IsoInstants.format(h.at()));
		h.conversation().ifPresent(v -> json.string("conversation", v));
		h.customer().ifPresent(v -> json.string("customer", v));
		h.channel().ifPresent(v -> json.string("channel", v.wire()));
		h.channelInstance().ifPresent(v -> json.string("channel_instance", v));
		h.agent().ifPresent(v -> json.string("agent", v));
		h.team().ifPresent(v -> json.string("team", v));
		payload(event, json);
		for (Map.Entry<String, String> extension : h.extensions().entrySet()) {
			json.raw(extension.getKey(), extension.getValue());
		}
		json.end();
		return out.toString();
	}

	private static void payload(Event event, JsonWriter json) {
		switch (event) {
		case Event.ConversationOpened e -> {
			json.string("direction", e.direction().wire());
			wire(json, "priority", e.priority());
			wire(json, "stage", e.stage());
			e.topic().ifPresent(v -> json.string("topic", v));
			e.slaPolicy().ifPresent(v -> json.string("sla_policy", v));
		}
		case Event.Message e -> json.string("author", e.author().wire()).bool("public", e.isPublic());
		case Event.Escalated e -> e.tier().ifPresent(v -> json.string("tier", v));
		case Event.Tagged e -> {
			e.topic().ifPresent(v -> json.string("topic", v));
			wire(json, "stage", e.stage());
			wire(json, "priority", e.priority());
			e.outcome().ifPresent(v -> json.string("outcome", v));
		}
		case Event.QueueEntered e -> e.queue().ifPresent(v -> json.string("queue", v));
		case Event.Handle e -> json.raw("talk_s", seconds(e.talk())).raw("hold_s", seconds(e.hold()))
				.raw("wrap_s", seconds(e.wrap()));
		case Event.SurveySent e -> json.string("survey", e.survey()).string("kind", e.kind().wire());
		case Event.SurveyResponse e -> {
			json.string("survey", e.survey()).string("kind", e.kind().wire()).raw("score", number(e.score()));
			e.comment().ifPresent(v -> json.string("comment", v));
		}
		case Event.QaReview e -> json.string("scorecard", e.scorecard()).raw("score", number(e.score()))
				.bool("critical_failed", e.criticalFailed()).string("reviewer", e.reviewer());
		case Event.Order e -> {
			json.raw("amount", e.amount().toString());
			e.currency().ifPresent(v -> json.string("currency", v));
			e.margin().ifPresent(v -> json.raw("margin", v.toString()));
		}
		case Event.CustomerIdentity e -> {
			StringBuilder list = new StringBuilder("[");
			for (Identity identity : e.identities()) {
				if (list.length() > 1) {
					list.append(',');
				}
				JsonWriter item = new JsonWriter(list);
				item.string("kind", identity.kind().wire()).string("value", identity.value());
				item.end();
			}
			json.raw("identities", list.append(']').toString());
		}
		case Event.Assigned e -> { /* header only */ }
		case Event.Transferred e -> { /* header only */ }
		case Event.BotHandoff e -> { /* header only */ }
		case Event.Resolved e -> { /* header only */ }
		case Event.Reopened e -> { /* header only */ }
		case Event.QueueAnswered e -> { /* header only */ }
		case Event.QueueAbandoned e -> { /* header only */ }
		}
	}

	private static void wire(JsonWriter json, String name, Optional<? extends WireValue> value) {
		value.ifPresent(v -> json.string(name, v.wire()));
	}

	static String seconds(Duration duration) {
		BigDecimal seconds = BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9));
		return seconds.stripTrailingZeros().toPlainString();
	}

	static String number(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
				: Double.toString(value);
	}
}
