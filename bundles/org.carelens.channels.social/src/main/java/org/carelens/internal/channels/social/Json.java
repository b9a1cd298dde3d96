package org.carelens.internal.channels.social;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import org.carelens.channels.http.BadPayloadException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/** Reading the platforms' JSON: payload trees, their ids (numbers or texts) and their millisecond timestamps. */
final class Json {

	static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
			.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

	private Json() {
	}

	/** @return the body's JSON object */
	static JsonNode object(byte[] body) throws BadPayloadException {
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

	/** @return an API's answer as JSON; a missing node when it is empty or not JSON */
	static JsonNode answer(String body) {
		try {
			JsonNode node = body.isBlank() ? null : MAPPER.readTree(body);
			return node == null ? MissingNode.getInstance() : node;
		} catch (JsonProcessingException e) {
			return MissingNode.getInstance();
		}
	}

	/** @return the text or whole number at {@code field}, as text; empty when it is missing, null or blank */
	static Optional<String> text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isTextual() && !value.asText().isBlank()) {
			return Optional.of(value.asText().strip());
		}
		return value.isIntegralNumber() ? Optional.of(value.asText()) : Optional.empty();
	}

	static String required(JsonNode node, String field, String where) throws BadPayloadException {
		return text(node, field).orElseThrow(() -> new BadPayloadException(where + ": \"" + field + "\" is missing"));
	}

	/** @return the instant at {@code field}, written as milliseconds since the epoch (a number or its text) */
	static Instant millis(JsonNode node, String field, String where) throws BadPayloadException {
		String text = required(node, field, where);
		try {
			return Instant.ofEpochMilli(Long.parseLong(text));
		} catch (NumberFormatException e) {
			throw new BadPayloadException(where + ": \"" + field + "\" '" + text
					+ "' is not milliseconds since the epoch");
		}
	}
}
