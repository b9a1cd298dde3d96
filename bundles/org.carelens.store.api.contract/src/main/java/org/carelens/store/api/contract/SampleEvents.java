package org.carelens.store.api.contract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.carelens.core.api.Event;
import org.carelens.core.api.io.EventCodec;
import org.carelens.core.api.io.EventFormatException;

/**
 * Builds events for store tests from their JSON form, so that a test states only the fields it is about and the
 * events are exactly what an importer would read.
 */
public final class SampleEvents {

	private SampleEvents() {
	}

	/** @return the event of one JSON line; a test's own mistake in it fails the test */
	public static Event decode(String json) {
		try {
			return EventCodec.decode(json);
		} catch (EventFormatException e) {
			throw new AssertionError("not a valid event: " + e.problems() + " in " + json, e);
		}
	}

	/** @return the JSON of an event of any conversation-scoped type, with {@code extra} members appended */
	public static String json(String id, String type, Instant at, String conversation, String extra) {
		return "{\"id\":" + quote(id) + ",\"type\":" + quote(type) + ",\"at\":" + quote(at.toString())
				+ ",\"conversation\":" + quote(conversation) + (extra.isEmpty() ? "" : "," + extra) + "}";
	}

	public static Event opened(String id, String conversation, Instant at) {
		return decode(json(id, "conversation.opened", at, conversation,
				"\"channel\":\"CHAT\",\"customer\":\"cu-1\""));
	}

	/** @return a customer message; {@code text} is kept as an extension field the format does not define */
	public static Event message(String id, String conversation, Instant at, String text) {
		return decode(json(id, "message", at, conversation, "\"author\":\"customer\",\"text\":" + quote(text)));
	}

	public static Event resolved(String id, String conversation, Instant at) {
		return decode(json(id, "resolved", at, conversation, ""));
	}

	/** @return one event of each of the 18 types of the event format, version 1, in conversation {@code c-all} */
	public static List<Event> everyType(Instant at) {
		String c = "c-all";
		List<String> lines = new ArrayList<>();
		lines.add(json("t-01", "conversation.opened", at, c,
				"\"channel\":\"SOCIAL\",\"customer\":\"cu-9\",\"channel_instance\":\"zalo-oa-shop\",\"direction\":\"out\","
						+ "\"priority\":\"high\",\"stage\":\"pre_sale\",\"topic\":\"payment\",\"sla_policy\":\"vip\""));
		lines.add(json("t-02", "message", at.plusSeconds(1), c,
				"\"author\":\"agent\",\"public\":false,\"agent\":\"a-1\""));
		lines.add(json("t-03", "assigned", at.plusSeconds(2), c, "\"agent\":\"a-1\",\"team\":\"t-1\""));
		lines.add(json("t-04", "transferred", at.plusSeconds(3), c, "\"agent\":\"a-2\""));
		lines.add(json("t-05", "escalated", at.plusSeconds(4), c, "\"tier\":\"2\",\"team\":\"t-2\""));
		lines.add(json("t-06", "bot.handoff", at.plusSeconds(5), c, ""));
		lines.add(json("t-07", "resolved", at.plusSeconds(6), c, "\"agent\":\"a-2\""));
		lines.add(json("t-08", "reopened", at.plusSeconds(7), c, ""));
		lines.add(json("t-09", "tagged", at.plusSeconds(8), c,
				"\"topic\":\"complaint\",\"stage\":\"after_sale\",\"priority\":\"low\",\"outcome\":\"converted\""));
		lines.add(json("t-10", "queue.entered", at.plusSeconds(9), c, "\"queue\":\"q-1\""));
		lines.add(json("t-11", "queue.answered", at.plusSeconds(10), c, "\"agent\":\"a-2\""));
		lines.add(json("t-12", "queue.abandoned", at.plusSeconds(11), c, ""));
		lines.add(json("t-13", "handle", at.plusSeconds(12), c, "\"talk_s\":150,\"hold_s\":20.5,\"wrap_s\":15"));
		lines.add(json("t-14", "survey.sent", at.plusSeconds(13), c, "\"survey\":\"csat-chat\",\"kind\":\"csat\""));
		lines.add(json("t-15", "survey.response", at.plusSeconds(14), c,
				"\"survey\":\"nps-1\",\"kind\":\"nps\",\"score\":9,\"comment\":\"Nhân viên nhiệt tình \\\"tốt\\\"\""));
		lines.add(json("t-16", "qa.review", at.plusSeconds(15), c,
				"\"scorecard\":\"chat-2026\",\"score\":87.5,\"critical_failed\":true,\"reviewer\":\"sup-1\""));
		lines.add("{\"id\":\"t-17\",\"type\":\"order\",\"at\":" + quote(at.plusSeconds(16).toString())
				+ ",\"customer\":\"cu-9\",\"amount\":1250000.50,\"currency\":\"VND\",\"margin\":0.35}");
		lines.add("{\"id\":\"t-18\",\"type\":\"customer.identity\",\"at\":" + quote(at.plusSeconds(17).toString())
				+ ",\"customer\":\"cu-9\",\"identities\":[{\"kind\":\"phone\",\"value\":\"+84901234567\"},"
				+ "{\"kind\":\"zalo\",\"value\":\"z-9\"}]}");
		return lines.stream().map(SampleEvents::decode).toList();
	}

	/** @return {@code text} as a JSON string */
	public static String quote(String text) {
		StringBuilder out = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			default -> {
				if (c < 0x20) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.append('"').toString();
	}
}
