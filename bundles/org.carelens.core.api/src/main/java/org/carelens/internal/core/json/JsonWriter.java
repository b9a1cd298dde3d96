package org.carelens.internal.core.json;

/**
 * Appends JSON text: members of one object, strings escaped as RFC 8259 requires.
 */
public final class JsonWriter {

	private final StringBuilder out;
	private boolean first = true;

	public JsonWriter(StringBuilder out) {
		this.out = out;
		out.append('{');
	}

	public JsonWriter string(String name, String value) {
		name(name);
		quote(out, value);
		return this;
	}

	/** Appends a member whose value is already JSON text (a number, a literal, a nested value). */
	public JsonWriter raw(String name, String json) {
		name(name);
		out.append(json);
		return this;
	}

	public JsonWriter bool(String name, boolean value) {
		return raw(name, Boolean.toString(value));
	}

	public void end() {
		out.append('}');
	}

	private void name(String name) {
		if (!first) {
			out.append(',');
		}
		first = false;
		quote(out, name);
		out.append(':');
	}

	/** Appends {@code value} as a JSON string. */
	public static void quote(StringBuilder out, String value) {
		out.append('"');
		int plain = plainPrefix(value);
		out.append(value, 0, plain); // the usual case: nothing to escape, copied in one go
		for (int i = plain; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			case '\b' -> out.append("\\b");
			case '\f' -> out.append("\\f");
			default -> {
				if (c < 0x20 || c == 0x2028 || c == 0x2029) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		out.append('"');
	}

	/** @return the length of the longest prefix of {@code value} that needs no escaping */
	private static int plainPrefix(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x20 || c == '"' || c == '\\' || c == 0x2028 || c == 0x2029) {
				return i;
			}
		}
		return value.length();
	}
}
