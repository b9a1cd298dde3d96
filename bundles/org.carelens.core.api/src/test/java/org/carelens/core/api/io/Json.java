package org.carelens.core.api.io;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds one JSON object for tests, so that each test states only the fields it is about.
 */
final class Json {

	private final Map<String, String> members = new LinkedHashMap<>();

	static Json event(String id, String type) {
		return new Json().str("id", id).str("type", type).str("at", "2026-02-10T08:15:00+07:00");
	}

	static Json conversationEvent(String id, String type) {
		return event(id, type).str("conversation", "c-1");
	}

	static Json opened(String id) {
		return conversationEvent(id, "conversation.opened").str("channel", "CHAT").str("customer", "cu-1");
	}

	Json str(String name, String value) {
		members.put(name, '"' + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"');
		return this;
	}

	Json raw(String name, String json) {
		members.put(name, json);
		return this;
	}

	Json without(String name) {
		members.remove(name);
		return this;
	}

	@Override
	public String toString() {
		StringBuilder out = new StringBuilder("{");
		members.forEach((name, value) -> {
			if (out.length() > 1) {
				out.append(',');
			}
			out.append('"').append(name).append("\":").append(value);
		});
		return out.append('}').toString();
	}
}
