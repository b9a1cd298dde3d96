package org.carelens.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code carelens serve} through the real launcher: an in-app channel served on a free loopback port, /health,
 * deliveries posted while the server is stopped with SIGTERM; every acknowledged delivery is in the store afterwards.
 */
class ServeEndToEndTest {

	private static final Pattern EVENTS = Pattern.compile("events: (\\d+)");
	private static final String TOKEN = "tok-e2e-5f1c9a7d3b";

	@TempDir
	Path dir;

	@Test
	void serveAcknowledgesOnlyWhatItStoredAndStopsCleanlyOnSigterm() throws Exception {
		Path workspace = dir.resolve("ws");
		Map<String, String> environment = Map.of("CARELENS_SECURE_STORAGE", dir.resolve("secure").toString());
		Launcher.Run add = Launcher.run(dir, environment, "channels", "add", "app-shop", "--connector", "app.events",
				"--workspace", workspace.toString(), "token=" + TOKEN);
		assertEquals(0, add.exit(), add.out() + add.err());

		Path out = dir.resolve("serve.out");
		Path err = dir.resolve("serve.err");
		Process server = Launcher.start(dir, out, err, environment, "serve", "--workspace", workspace.toString(),
				"--listen", "127.0.0.1:0");
		String base = Launcher.awaitServing(server, err);
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

		HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(base + "health")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertEquals(200, health.statusCode(), health.body());
		assertTrue(health.body().startsWith("{\"status\":\"ok\",\"state\":\"running\""), health.body());
		assertTrue(health.body().contains("{\"id\":\"app-shop\",\"state\":\"idle\""), health.body());

		AtomicInteger acknowledged = new AtomicInteger();
		AtomicBoolean refused = new AtomicBoolean();
		Thread sender = new Thread(() -> {
			for (int i = 1; i <= 100_000 && !refused.get(); i++) {
				String event = "{\"id\":\"e2e-" + i + "\",\"type\":\"conversation.opened\",\"at\":\"2026-02-10T08:15:00+07:00\","
						+ "\"conversation\":\"c-" + i + "\",\"customer\":\"u-" + i + "\",\"channel\":\"APP\"}";
				try {
					HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base
							+ "hooks/app-shop")).header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(30))
							.POST(HttpRequest.BodyPublishers.ofString(event, StandardCharsets.UTF_8)).build(),
							HttpResponse.BodyHandlers.ofString());
					if (response.statusCode() == 200) {
						acknowledged.incrementAndGet();
					} else {
						refused.set(true); // 503 while it stops: the sender keeps it to send again later
					}
				} catch (IOException e) {
					refused.set(true);
				} catch (InterruptedException e) {
					return;
				}
			}
		}, "sender");
		sender.start();
		while (acknowledged.get() < 200) {
			Thread.sleep(10);
		}
		server.destroy(); // SIGTERM, mid-stream
		assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server stops within 60 s of SIGTERM");
		sender.join(60_000);
		String log = Files.readString(workspace.resolve("logs/carelens-server.0.log"), StandardCharsets.UTF_8);
		assertEquals(143, server.exitValue(), "ended by SIGTERM, after its shutdown hook: " + Files.readString(err));
		assertTrue(log.contains("INFO org.carelens.server: stopped cleanly, "), log);

		Launcher.Run info = Launcher.run(dir, environment, "workspace", "info", "--workspace", workspace.toString());
		Matcher events = EVENTS.matcher(info.out());
		assertTrue(events.find(), info.out());
		long stored = Long.parseLong(events.group(1));
		// every acknowledged delivery is stored; the sender's last one may be stored though its answer was cut off
		// by the stop, which a sender's retry makes good (stored once)
		assertTrue(stored >= acknowledged.get() && stored <= acknowledged.get() + 1, stored + " stored, "
				+ acknowledged.get() + " acknowledged");
	}
}
