package org.carelens.channels.http.tests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import org.carelens.channels.http.Signatures;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/** Posting to the endpoints of the test runtime's Jetty on loopback, as the senders do. */
final class Http {

	static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5)).build();

	private Http() {
	}

	/** @return the base URL Jetty listens on, as the servlet whiteboard publishes it (the port is chosen by the OS) */
	static String base(BundleContext context) throws Exception {
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (System.nanoTime() < deadline) {
			ServiceReference<?>[] refs = context.getServiceReferences("org.osgi.service.servlet.runtime.HttpServiceRuntime",
					null);
			if (refs != null) {
				for (ServiceReference<?> ref : refs) {
					Object endpoint = ref.getProperty("osgi.http.endpoint");
					String url = endpoint instanceof String[] array && array.length > 0 ? array[0]
							: endpoint instanceof Collection<?> list && !list.isEmpty() ? String.valueOf(list.iterator().next())
									: endpoint instanceof String text ? text : null;
					if (url != null && url.startsWith("http://127.0.0.1:") && !url.startsWith("http://127.0.0.1:0/")) {
						return url.endsWith("/") ? url : url + "/";
					}
				}
			}
			Thread.sleep(50);
		}
		StringBuilder seen = new StringBuilder();
		ServiceReference<?>[] all = context.getAllServiceReferences(null, null);
		for (ServiceReference<?> ref : all == null ? new ServiceReference<?>[0] : all) {
			String classes = java.util.Arrays.toString((String[]) ref.getProperty("objectClass"));
			if (classes.contains("ttp") || classes.contains("ervlet")) {
				seen.append("\n  ").append(classes).append(" from ").append(ref.getBundle().getSymbolicName());
				for (String key : ref.getPropertyKeys()) {
					Object value = ref.getProperty(key);
					seen.append(' ').append(key).append('=').append(value instanceof Object[] array
							? java.util.Arrays.toString(array) : String.valueOf(value));
				}
			}
		}
		StringBuilder bundles = new StringBuilder();
		for (org.osgi.framework.Bundle bundle : context.getBundles()) {
			if (bundle.getSymbolicName().contains("http") || bundle.getSymbolicName().contains("servlet")
					|| bundle.getSymbolicName().contains("slf4j") || bundle.getSymbolicName().contains("spifly")) {
				bundles.append("\n  ").append(bundle.getSymbolicName()).append(" state ").append(bundle.getState());
			}
		}
		throw new AssertionError("Jetty published no loopback endpoint within 10 s; services:" + seen + "\nbundles:"
				+ bundles);
	}

	static HttpResponse<String> post(String url, String body, Map<String, String> headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		request.header("Content-Type", "application/json");
		headers.forEach(request::header);
		return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** @return Chatwoot's headers for {@code body}: the time and {@code sha256=} HMAC of {@code <time>.<body>} */
	static Map<String, String> chatwootSigned(String body, String secret) {
		String timestamp = Long.toString(Instant.now().getEpochSecond());
		String signature = "sha256=" + Signatures.hmacSha256Hex(secret,
				(timestamp + ".").getBytes(StandardCharsets.UTF_8), body.getBytes(StandardCharsets.UTF_8));
		return Map.of("X-Chatwoot-Signature", signature, "X-Chatwoot-Timestamp", timestamp,
				"X-Chatwoot-Delivery", java.util.UUID.nameUUIDFromBytes(body.getBytes(StandardCharsets.UTF_8))
						.toString());
	}
}
