package org.carelens.internal.channels.http;

/** Writes the small JSON answers of the endpoints. */
final class JsonText {

	private JsonText() {
	}

	/** @return {@code text} as a JSON string literal */
	static String quote(String text) {
		StringBuilder out = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
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

	static String error(String reason) {
		return "{\"error\":" + quote(reason) + "}";
	}
}
