package org.carelens.internal.core.json;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 8259 parser for one JSON object per line, without dependencies so that the API bundle needs none.
 * <p>
 * Strictness is the point: duplicate member names, lone surrogates, control characters in strings, leading zeros,
 * trailing commas and trailing content are all errors, each reported with its column.
 */
public final class JsonParser {

	/** The JSON {@code null} literal. */
	public static final Object NULL = new Object() {
		@Override
		public String toString() {
			return "null";
		}
	};

	private static final int MAX_DEPTH = 64;

	private final String text;
	private int pos;
	private final StringBuilder buffer = new StringBuilder();

	private JsonParser(String text) {
		this.text = text;
	}

	/**
	 * Parses text that must hold exactly one JSON object, surrounded by optional white space.
	 *
	 * @return the object's members in the order written
	 */
	public static List<JsonMember> parseObject(String text) throws JsonSyntaxException {
		JsonParser parser = new JsonParser(text);
		parser.skipWhitespace();
		if (parser.pos >= text.length()) {
			throw new JsonSyntaxException("empty line", 0);
		}
		if (text.charAt(parser.pos) != '{') {
			throw new JsonSyntaxException("expected a JSON object '{'", parser.pos);
		}
		List<JsonMember> members = parser.object(1);
		parser.skipWhitespace();
		if (parser.pos < text.length()) {
			throw new JsonSyntaxException("unexpected text after the object", parser.pos);
		}
		return members;
	}

	private List<JsonMember> object(int depth) throws JsonSyntaxException {
		checkDepth(depth);
		pos++; // '{'
		List<JsonMember> members = new ArrayList<>(12);
		skipWhitespace();
		if (peek() == '}') {
			pos++;
			return members;
		}
		while (true) {
			skipWhitespace();
			if (peek() != '"') {
				throw error("expected a member name in double quotes");
			}
			int nameAt = pos;
			String name = string();
			for (JsonMember member : members) {
				if (member.name().equals(name)) {
					throw new JsonSyntaxException("duplicate member \"" + name + "\"", nameAt);
				}
			}
			skipWhitespace();
			expect(':');
			skipWhitespace();
			int start = pos;
			Object value = value(depth);
			members.add(new JsonMember(name, value, text.substring(start, pos)));
			skipWhitespace();
			char c = peek();
			if (c == ',') {
				pos++;
			} else if (c == '}') {
				pos++;
				return members;
			} else {
				throw error("expected ',' or '}'");
			}
		}
	}

	private List<Object> array(int depth) throws JsonSyntaxException {
		checkDepth(depth);
		pos++; // '['
		List<Object> values = new ArrayList<>();
		skipWhitespace();
		if (peek() == ']') {
			pos++;
			return values;
		}
		while (true) {
			skipWhitespace();
			values.add(value(depth));
			skipWhitespace();
			char c = peek();
			if (c == ',') {
				pos++;
			} else if (c == ']') {
				pos++;
				return values;
			} else {
				throw error("expected ',' or ']'");
			}
		}
	}

	private Object value(int depth) throws JsonSyntaxException {
		char c = peek();
		switch (c) {
		case '{':
			return object(depth + 1);
		case '[':
			return array(depth + 1);
		case '"':
			return string();
		case 't':
			literal("true");
			return Boolean.TRUE;
		case 'f':
			literal("false");
			return Boolean.FALSE;
		case 'n':
			literal("null");
			return NULL;
		default:
			if (c == '-' || (c >= '0' && c <= '9')) {
				return number();
			}
			throw error(pos >= text.length() ? "unexpected end of line" : "unexpected character '" + c + "'");
		}
	}

	private String string() throws JsonSyntaxException {
		int start = ++pos; // opening quote
		// fast path: no escapes
		while (pos < text.length()) {
			char c = text.charAt(pos);
			if (c == '"') {
				return text.substring(start, pos++);
			}
			if (c == '\\' || c < 0x20 || Character.isSurrogate(c)) {
				break;
			}
			pos++;
		}
		buffer.setLength(0);
		buffer.append(text, start, pos);
		while (pos < text.length()) {
			char c = text.charAt(pos);
			if (c == '"') {
				pos++;
				return buffer.toString();
			}
			if (c < 0x20) {
				throw error("control character U+" + String.format("%04X", (int) c) + " in a string must be escaped");
			}
			if (c == '\\') {
				pos++;
				escape();
			} else if (Character.isHighSurrogate(c)) {
				if (pos + 1 < text.length() && Character.isLowSurrogate(text.charAt(pos + 1))) {
					buffer.append(c).append(text.charAt(pos + 1));
					pos += 2;
				} else {
					throw error("unpaired surrogate in a string");
				}
			} else if (Character.isLowSurrogate(c)) {
				throw error("unpaired surrogate in a string");
			} else {
				buffer.append(c);
				pos++;
			}
		}
		throw error("unterminated string");
	}

	private void escape() throws JsonSyntaxException {
		if (pos >= text.length()) {
			throw error("unterminated string");
		}
		char c = text.charAt(pos++);
		switch (c) {
		case '"', '\\', '/' -> buffer.append(c);
		case 'b' -> buffer.append('\b');
		case 'f' -> buffer.append('\f');
		case 'n' -> buffer.append('\n');
		case 'r' -> buffer.append('\r');
		case 't' -> buffer.append('\t');
		case 'u' -> {
			char unit = hex4();
			if (Character.isHighSurrogate(unit)) {
				if (pos + 1 < text.length() && text.charAt(pos) == '\\' && text.charAt(pos + 1) == 'u') {
					pos += 2;
					char low = hex4();
					if (!Character.isLowSurrogate(low)) {
						throw error("unpaired surrogate escape in a string");
					}
					buffer.append(unit).append(low);
				} else {
					throw error("unpaired surrogate escape in a string");
				}
			} else if (Character.isLowSurrogate(unit)) {
				throw error("unpaired surrogate escape in a string");
			} else {
				buffer.append(unit);
			}
		}
		default -> {
			pos -= 2; // point at the backslash
			throw error("invalid escape '\\" + c + "'");
		}
		}
	}

	private char hex4() throws JsonSyntaxException {
		if (pos + 4 > text.length()) {
			throw error("incomplete \\u escape");
		}
		int value = 0;
		for (int i = 0; i < 4; i++) {
			int digit = Character.digit(text.charAt(pos + i), 16);
			if (digit < 0) {
				throw new JsonSyntaxException("invalid \\u escape", pos + i);
			}
			value = (value << 4) | digit;
		}
		pos += 4;
		return (char) value;
	}

	private JsonNumber number() throws JsonSyntaxException {
		int start = pos;
		if (peek() == '-') {
			pos++;
		}
		if (peek() == '0') {
			pos++;
			if (isDigit(peek())) {
				throw error("leading zeros are not allowed in numbers");
			}
		} else if (isDigit(peek())) {
			digits();
		} else {
			throw error("expected a digit");
		}
		if (peek() == '.') {
			pos++;
			if (!isDigit(peek())) {
				throw error("expected a digit after the decimal point");
			}
			digits();
		}
		if (peek() == 'e' || peek() == 'E') {
			pos++;
			if (peek() == '+' || peek() == '-') {
				pos++;
			}
			if (!isDigit(peek())) {
				throw error("expected a digit in the exponent");
			}
			digits();
		}
		return new JsonNumber(text.substring(start, pos));
	}

	private void digits() {
		while (isDigit(peek())) {
			pos++;
		}
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private void literal(String word) throws JsonSyntaxException {
		if (!text.startsWith(word, pos)) {
			throw error("unexpected character '" + text.charAt(pos) + "'");
		}
		pos += word.length();
	}

	private void expect(char c) throws JsonSyntaxException {
		if (peek() != c) {
			throw error("expected '" + c + "'");
		}
		pos++;
	}

	private char peek() {
		return pos < text.length() ? text.charAt(pos) : '\0';
	}

	private void skipWhitespace() {
		while (pos < text.length()) {
			char c = text.charAt(pos);
			if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
				return;
			}
			pos++;
		}
	}

	private void checkDepth(int depth) throws JsonSyntaxException {
		if (depth > MAX_DEPTH) {
			throw error("nested deeper than " + MAX_DEPTH + " levels");
		}
	}

	private JsonSyntaxException error(String message) {
		if (pos >= text.length() && !message.startsWith("unexpected end")) {
			return new JsonSyntaxException(message + " but the line ended", pos);
		}
		return new JsonSyntaxException(message, pos);
	}
}
