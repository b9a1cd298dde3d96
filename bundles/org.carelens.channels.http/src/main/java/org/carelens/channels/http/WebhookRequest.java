package org.carelens.channels.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP request to a webhook endpoint, read in full (within the endpoint's body limit) before it is authenticated,
 * because a signature covers the exact bytes sent.
 *
 * @param method  {@code POST}, or {@code GET} for a verification handshake
 * @param headers the headers by lower-case name
 * @param query   the query parameters (the first value of each)
 * @param body    the body as sent
 * @param source  where it came from, for the quarantine and the log: the endpoint and the peer address
 */
public record WebhookRequest(String method, Map<String, List<String>> headers, Map<String, String> query, byte[] body,
		String source) {

	public WebhookRequest {
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(body, "body");
		Objects.requireNonNull(source, "source");
		Map<String, List<String>> lower = new TreeMap<>();
		headers.forEach((name, values) -> lower.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
		headers = Map.copyOf(lower);
		query = Map.copyOf(query);
	}

	/** @return the first value of header {@code name}, in any case */
	public Optional<String> header(String name) {
		List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
		return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
	}

	public Optional<String> queryParameter(String name) {
		return Optional.ofNullable(query.get(name));
	}

	/** @return the body as UTF-8 text (malformed bytes replaced), as it is kept in the quarantine */
	public String text() {
		return new String(body, StandardCharsets.UTF_8);
	}
}
