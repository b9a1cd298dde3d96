package org.carelens.channels.http.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.carelens.channels.http.BadPayloadException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reading webhook payloads and API answers: JSON trees, their texts and ids (numbers or texts), and the several ways
 * senders write an instant.
 */
public final class WebhookJson {

	/** The mapper payloads are read with: duplicate keys and trailing tokens are errors. */
	public static final ObjectMapper MAPPER = new ObjectMapper()
			.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
			.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
	/** Rails' default rendering of a UTC time, as in Chatwoot's documented sample: {@code 2020-03-03 13:05:57 UTC}. */
	private static final DateTimeFormatter RAILS_UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

	private WebhookJson() {
	}

	/** @return the body's JSON object */
	public static JsonNode object(byte[] body) throws BadPayloadException {
		JsonNode root;
		try {
			root = MAPPER.readTree(body);
		} catch (JsonProcessingException e) {
			throw new BadPayloadException("not JSON: " + e.getOriginalMessage() + " at line "
					+ e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
		} catch (IOException e) {
			throw new BadPayloadException("not JSON: " + e.getMessage(), e);
		}
		if (root == null || !root.isObject()) {
			throw new BadPayloadException("not a JSON object");
		}
		return root;
	}

	/** @return the text or number at {@code field}, as text; empty when it is missing, null or blank */
	public static Optional<String> text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isTextual() && !value.asText().isBlank()) {
			return Optional.of(value.asText().strip());
		}
		if (value.isIntegralNumber()) {
			return Optional.of(value.asText());
		}
		return Optional.empty();
	}

	public static String required(JsonNode node, String field, String where) throws BadPayloadException {
		return text(node, field).orElseThrow(() -> new BadPayloadException(where + ": \"" + field
				+ "\" is missing"));
	}

	/**
	 * @return the instant at {@code field}: seconds since the epoch (fractions allowed), ISO-8601 with an offset, or
	 *         {@code yyyy-MM-dd HH:mm:ss UTC}; empty when the field is missing
	 * @throws BadPayloadException when it is there but none of these
	 */
	public static Optional<Instant> instant(JsonNode node, String field, String where) throws BadPayloadException {
		JsonNode value = node.path(field);
		if (value.isMissingNode() || value.isNull()) {
			return Optional.empty();
		}
		if (value.isNumber()) {
			BigDecimal seconds = value.decimalValue();
			long whole = seconds.longValue();
			long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
			return Optional.of(Instant.ofEpochSecond(whole, nanos));
		}
		String text = value.asText().strip();
		try {
			return Optional.of(OffsetDateTime.parse(text).toInstant());
		} catch (DateTimeParseException e) {
			try {
				return Optional.of(LocalDateTime.parse(text, RAILS_UTC).toInstant(ZoneOffset.UTC));
			} catch (DateTimeParseException e2) {
				throw new BadPayloadException(where + ": \"" + field + "\" '" + text
						+ "' is not an instant (epoch seconds or ISO-8601 with an offset)");
			}
		}
	}

	/** @return the instant at {@code field}, written as milliseconds since the epoch (a number or its text) */
	public static Instant millis(JsonNode node, String field, String where) throws BadPayloadException {
		String text = required(node, field, where);
		try {
			return Instant.ofEpochMilli(Long.parseLong(text));
		} catch (NumberFormatException e) {
			throw new BadPayloadException(where + ": \"" + field + "\" '" + text
					+ "' is not milliseconds since the epoch");
		}
	}

	/** @return an API's answer as JSON; an empty object when it is empty or not JSON (a proxy's error page) */
	public static JsonNode answer(String body) {
		try {
			return object(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		} catch (BadPayloadException e) {
			return MAPPER.createObjectNode();
		}
	}
}
