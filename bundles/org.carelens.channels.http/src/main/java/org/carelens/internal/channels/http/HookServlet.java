package org.carelens.internal.channels.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.api.Rejected;
import org.carelens.channels.http.BadPayloadException;
import org.carelens.channels.http.Translation;
import org.carelens.channels.http.WebhookEndpoints;
import org.carelens.channels.http.WebhookRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves every webhook endpoint at {@code /hooks/<instance id>}: reads the body within the endpoint's limit (413),
 * authenticates it (401), translates it (400, the body quarantined), stores its events and answers 200 only once
 * they are durable (503 when the store failed or the server is stopping, so that the sender retries).
 */
// whiteboard properties spelled out: the OSGi servlet property types' bundle wants Servlet 5, Felix Jetty 12 is on 6
@Component(service = Servlet.class, property = { "osgi.http.whiteboard.servlet.name=carelens-hooks",
		"osgi.http.whiteboard.servlet.pattern=" + WebhookEndpoints.PATH + "*" })
public final class HookServlet extends HttpServlet {

	private static final long serialVersionUID = 1L;
	private static final System.Logger LOG = System.getLogger(HookServlet.class.getName());

	private final transient EndpointRegistry registry;

	@Activate
	public HookServlet(@Reference EndpointRegistry registry) {
		this.registry = registry;
	}

	@Override
	protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
		String id = path.startsWith("/") ? path.substring(1) : path;
		if (registry.draining()) {
			// before the lookup: a server stopping removes its endpoints, and a 404 could make a sender give up
			response.setHeader("Retry-After", "30");
			answer(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, JsonText.error("the server is stopping"));
			return;
		}
		Optional<Receiver> found = registry.find(id);
		if (found.isEmpty()) {
			answer(response, HttpServletResponse.SC_NOT_FOUND, JsonText.error("no endpoint " + WebhookEndpoints.PATH
					+ id + " is served here"));
			return;
		}
		if (!registry.enter()) {
			response.setHeader("Retry-After", "30");
			answer(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, JsonText.error("the server is stopping"));
			return;
		}
		try {
			if (!found.get().enter()) {
				response.setHeader("Retry-After", "10");
				answer(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, JsonText.error("channel " + id
						+ " is stopping"));
				return;
			}
			try {
				handle(found.get(), request, response);
			} finally {
				found.get().leave();
			}
		} finally {
			registry.leave();
		}
	}

	private void handle(Receiver receiver, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		String method = request.getMethod();
		if (!method.equals("POST") && !method.equals("GET")) {
			response.setHeader("Allow", "POST, GET");
			answer(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, JsonText.error(method + " is not accepted"));
			return;
		}
		int limit = receiver.maxBodyBytes();
		if (request.getContentLengthLong() > limit) {
			tooLarge(response, limit);
			return;
		}
		byte[] body = readAtMost(request.getInputStream(), limit);
		if (body == null) {
			tooLarge(response, limit);
			return;
		}
		String source = "webhook " + WebhookEndpoints.PATH + receiver.instanceId() + " from "
				+ request.getRemoteAddr();
		Map<String, String> query;
		try {
			query = query(request.getQueryString());
		} catch (IllegalArgumentException e) {
			answer(response, HttpServletResponse.SC_BAD_REQUEST, JsonText.error("malformed query string: "
					+ e.getMessage()));
			return;
		}
		WebhookRequest webhook = new WebhookRequest(method, headers(request), query, body, source);
		if (method.equals("GET")) {
			Optional<String> challenge = receiver.endpoint().handshake(webhook);
			if (challenge.isPresent()) {
				response.setStatus(HttpServletResponse.SC_OK);
				response.setContentType("text/plain;charset=utf-8");
				response.getOutputStream().write(challenge.get().getBytes(StandardCharsets.UTF_8));
			} else {
				answer(response, HttpServletResponse.SC_FORBIDDEN, JsonText.error("verification refused"));
			}
			return;
		}
		Optional<String> refused = receiver.endpoint().authenticate(webhook);
		if (refused.isPresent()) {
			LOG.log(System.Logger.Level.WARNING, source + ": refused: " + refused.get());
			answer(response, HttpServletResponse.SC_UNAUTHORIZED, JsonText.error(refused.get()));
			return;
		}
		Translation translation;
		try {
			translation = receiver.endpoint().translate(webhook);
		} catch (BadPayloadException e) {
			quarantine(receiver, response, source, e.getMessage(), webhook.text());
			return;
		} catch (RuntimeException e) {
			// a translator's bug must not lose the body: it is kept like a bad payload, with what went wrong
			LOG.log(System.Logger.Level.ERROR, source + ": the endpoint failed on a delivery", e);
			quarantine(receiver, response, source, "the endpoint could not read it: " + e, webhook.text());
			return;
		}
		try {
			receiver.deliver(translation.events(), translation.rejected());
		} catch (ConnectorException e) {
			LOG.log(System.Logger.Level.ERROR, source + ": not stored: " + e.getMessage());
			response.setHeader("Retry-After", "10");
			answer(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, JsonText.error("not stored: "
					+ e.getMessage()));
			return;
		}
		StringBuilder json = new StringBuilder("{\"accepted\":").append(translation.events().size());
		if (!translation.note().isEmpty()) {
			json.append(",\"note\":").append(JsonText.quote(translation.note()));
		}
		if (!translation.rejected().isEmpty()) {
			json.append(",\"rejected\":[").append(translation.rejected().stream()
					.map(r -> "{\"line\":" + (r.row().isPresent() ? r.row().getAsLong() : "null") + ",\"reason\":"
							+ JsonText.quote(r.reason()) + "}")
					.collect(Collectors.joining(","))).append(']');
		}
		json.append('}');
		// a delivery with rejected parts is not all right: 422 says so, though its good events are stored
		answer(response, translation.rejected().isEmpty() ? HttpServletResponse.SC_OK : 422, json.toString());
	}

	private static void quarantine(Receiver receiver, HttpServletResponse response, String source, String reason,
			String raw) throws IOException {
		try {
			receiver.deliver(List.of(), List.of(new Rejected(source, java.util.OptionalLong.empty(), reason, raw)));
		} catch (ConnectorException e) {
			LOG.log(System.Logger.Level.ERROR, source + ": a bad payload could not be quarantined: " + e.getMessage());
			response.setHeader("Retry-After", "10");
			answer(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, JsonText.error("not stored: "
					+ e.getMessage()));
			return;
		}
		LOG.log(System.Logger.Level.WARNING, source + ": quarantined: " + reason);
		answer(response, HttpServletResponse.SC_BAD_REQUEST, JsonText.error(reason));
	}

	private static void tooLarge(HttpServletResponse response, int limit) throws IOException {
		answer(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, JsonText.error("the body is larger than "
				+ limit + " bytes"));
	}

	/** @return the stream's bytes, or null when there are more than {@code limit} */
	static byte[] readAtMost(InputStream in, int limit) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, 8192));
		byte[] buffer = new byte[8192];
		int total = 0;
		for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
			total += n;
			if (total > limit) {
				return null;
			}
			out.write(buffer, 0, n);
		}
		return out.toByteArray();
	}

	private static Map<String, List<String>> headers(HttpServletRequest request) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : Collections.list(request.getHeaderNames())) {
			headers.put(name, Collections.list(request.getHeaders(name)));
		}
		return headers;
	}

	/** The query string alone: the parameter map would read a form body, which must stay as signed. */
	static Map<String, String> query(String queryString) {
		Map<String, String> query = new LinkedHashMap<>();
		if (queryString == null || queryString.isEmpty()) {
			return query;
		}
		for (String pair : queryString.split("&")) {
			int equals = pair.indexOf('=');
			String name = java.net.URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals),
					StandardCharsets.UTF_8);
			String value = equals < 0 ? "" : java.net.URLDecoder.decode(pair.substring(equals + 1),
					StandardCharsets.UTF_8);
			query.putIfAbsent(name, value);
		}
		return query;
	}

	private static void answer(HttpServletResponse response, int status, String json) throws IOException {
		response.setStatus(status);
		response.setContentType("application/json;charset=utf-8");
		response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
		// sent before the request counts as finished, so that a server draining for shutdown has answered it
		response.flushBuffer();
	}
}
