package org.carelens.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headless product carries the voice connector: a hotline added with its AMI secret (kept out of the workspace)
 * and served, failing with the reason a person needs while no Asterisk listens at the address.
 */
class VoiceServeEndToEndTest {

	private static final String SECRET = "ami-secret-7d41c2";

	@TempDir
	Path dir;

	@Test
	void aHotlineWhoseAsteriskIsUnreachableIsServedFailingWithTheReason() throws Exception {
		int closedPort;
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = probe.getLocalPort();
		}
		Path workspace = dir.resolve("ws");
		Map<String, String> environment = Map.of("CARELENS_SECURE_STORAGE", dir.resolve("secure").toString());
		Launcher.Run add = Launcher.run(dir, environment, "channels", "add", "hotline-1900", "--connector",
				"voice.asterisk", "--workspace", workspace.toString(), "host=127.0.0.1", "port=" + closedPort,
				"username=carelens", "secret=" + SECRET);
		assertEquals(0, add.exit(), add.out() + add.err());
		try (Stream<Path> files = Files.walk(workspace)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(SECRET),
						"the secret is in " + file);
			}
		}

		Path out = dir.resolve("serve.out");
		Path err = dir.resolve("serve.err");
		Process server = Launcher.start(dir, out, err, environment, "serve", "--workspace", workspace.toString(),
				"--listen", "127.0.0.1:0");
		try {
			String base = Launcher.awaitServing(server, err);
			HttpClient client = HttpClient.newHttpClient();
			String expected = "{\"id\":\"hotline-1900\",\"state\":\"failing\",\"reason\":\"cannot start: cannot reach "
					+ "the Asterisk Manager Interface at 127.0.0.1:" + closedPort + ": Connection refused\"";
			String health = "";
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (!health.contains(expected) && System.nanoTime() < deadline) {
				health = client.send(HttpRequest.newBuilder(URI.create(base + "health")).build(),
						HttpResponse.BodyHandlers.ofString()).body();
				Thread.sleep(100);
			}
			assertTrue(health.contains(expected), health);
		} finally {
			server.destroy();
			assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server stops within 60 s of SIGTERM");
		}
	}
}
