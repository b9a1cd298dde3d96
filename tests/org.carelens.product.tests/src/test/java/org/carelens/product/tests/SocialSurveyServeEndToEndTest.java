package org.carelens.product.tests;

import static org.carelens.product.tests.Launcher.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/**
 * A survey sent through a chat channel by the real server: {@code carelens serve} receives a Zalo follower's message
 * and the OA's reply on its webhook, takes the resolution from the in-app endpoint, and sends the invitation as a
 * Zalo consultation message, in Vietnamese, to a fake Zalo API on loopback; the customer answers on the form, and
 * the OA's CSAT has that answer.
 */
class SocialSurveyServeEndToEndTest {

	private static final String APP = "360846524940903967";
	private static final String OA = "388613280878808645";
	private static final String USER = "246845883529197922";
	private static final String OA_SECRET = "Zq7pWm2RkT9vLx4N";
	private static final String TOKEN = "tok-survey-7d1e";

	@TempDir
	Path dir;

	private final List<String> zaloRequests = new CopyOnWriteArrayList<>();
	private HttpServer zalo;
	private Process server;

	@AfterEach
	void stop() throws InterruptedException {
		if (server != null && server.isAlive()) {
			server.destroy();
			server.waitFor(60, TimeUnit.SECONDS);
		}
		if (zalo != null) {
			zalo.stop(0);
		}
	}

	@Test
	void aResolvedZaloConversationIsSurveyedThroughZaloInVietnameseAndTheAnswerCountsForTheOa() throws Exception {
		zalo = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		zalo.createContext("/v3.0/oa/message/cs", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			zaloRequests.add(exchange.getRequestHeaders().getFirst("access_token") + " " + body);
			byte[] answer = ("{\"data\":{\"message_id\":\"zm-" + zaloRequests.size() + "\",\"user_id\":\"" + USER
					+ "\"},\"error\":0,\"message\":\"Success\"}").getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, answer.length);
			exchange.getResponseBody().write(answer);
			exchange.close();
		});
		zalo.start();
		Path workspace = dir.resolve("ws");
		Map<String, String> environment = Map.of("CARELENS_SECURE_STORAGE", dir.resolve("secure").toString());
		assertOk(Launcher.run(dir, environment, "channels", "add", "zalo-shop", "--connector", "social.zalo",
				"--workspace", workspace.toString(), "app_id=" + APP, "oa_secret_key=" + OA_SECRET,
				"access_token=oa-token-1", "api_base=http://127.0.0.1:" + zalo.getAddress().getPort(), "language=vi"));
		assertOk(Launcher.run(dir, environment, "channels", "add", "app-shop", "--connector", "app.events",
				"--workspace", workspace.toString(), "token=" + TOKEN));
		Path config = workspace.resolve("workspace.carelens");
		Files.writeString(config, Files.readString(config).replace("</carelens:Workspace>", """
				  <surveys id="csat" name="CSAT" kind="CSAT" questionVi="Anh/chị hài lòng thế nào với lần hỗ trợ vừa rồi?"
				      questionEn="How satisfied are you with the support you just received?" scaleMin="1" scaleMax="5">
				    <channels>SOCIAL</channels>
				    <dispatch samplingPercent="100.0" quietFrom="00:00" quietUntil="00:00">
				      <delays channel="SOCIAL" delay="PT1S"/>
				    </dispatch>
				  </surveys>
				</carelens:Workspace>"""));

		server = Launcher.start(dir, dir.resolve("serve.out"), dir.resolve("serve.err"), environment, "serve",
				"--workspace", workspace.toString(), "--listen", "127.0.0.1:0", "--interval", "PT1S");
		String base = Launcher.awaitServing(server, dir.resolve("serve.err"));
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(Duration.ofSeconds(10)).build();

		// the follower writes, the OA answers, the help desk resolves
		Instant wrote = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
		assertEquals(200, zaloEvent(client, base, "user_send_text", USER, OA, "m-1", wrote).statusCode());
		assertEquals(200, zaloEvent(client, base, "oa_send_text", OA, USER, "m-2", wrote.plusSeconds(90))
				.statusCode());
		String conversation = "zalo-shop:" + OA + ":" + USER + ":" + wrote.toEpochMilli();
		String resolved = "{\"id\":\"res-1\",\"type\":\"resolved\",\"at\":\"" + wrote.plusSeconds(300)
				+ "\",\"conversation\":\"" + conversation + "\"}";
		HttpResponse<String> delivered = client.send(HttpRequest.newBuilder(URI.create(base + "hooks/app-shop"))
				.header("Authorization", "Bearer " + TOKEN)
				.POST(HttpRequest.BodyPublishers.ofString(resolved, StandardCharsets.UTF_8)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertEquals(200, delivered.statusCode(), delivered.body());

		// the invitation goes out as a consultation message to the follower, in Vietnamese only
		String sent = Launcher.awaitWhileServing(server, dir.resolve("serve.err"), workspace, "invitation",
				() -> zaloRequests.stream().findFirst());
		assertTrue(sent.startsWith("oa-token-1 {\"recipient\":{\"user_id\":\"" + USER + "\"},\"message\":{\"text\":"
				+ "\"Anh/chị hài lòng thế nào với lần hỗ trợ vừa rồi?\\nXin anh/chị dành một phút trả lời tại: "), sent);
		assertTrue(!sent.contains("How satisfied"), sent);
		Matcher link = Pattern.compile("(" + Pattern.quote(base) + "survey/([A-Za-z0-9_.-]+))").matcher(sent);
		assertTrue(link.find(), "the link points at this server's form: " + sent);

		HttpResponse<String> answered = client.send(HttpRequest.newBuilder(URI.create(link.group(1)))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("score=4", StandardCharsets.US_ASCII)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertEquals(200, answered.statusCode(), answered.body());

		server.destroy();
		assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server stops on SIGTERM");
		Launcher.Run kpi = Launcher.run(dir, environment, "kpi", "--workspace", workspace.toString(), "--metrics",
				"csat", "--by", "agent", "--format", "csv");
		assertOk(kpi);
		List<String> lines = kpi.out().lines().toList();
		List<String> header = List.of(lines.get(0).split(","));
		String agent = "zalo-shop:oa:" + OA;
		String row = lines.stream().filter(l -> l.startsWith(agent + ",")).findFirst()
				.orElseThrow(() -> new AssertionError("no row of agent " + agent + ": " + kpi.out()));
		List<String> cells = List.of(row.split(",", -1));
		assertEquals("4.0", cells.get(header.indexOf("csat.mean")), kpi.out());
		assertEquals("1", cells.get(header.indexOf("csat.n")), kpi.out());
	}

	/** Posts a Zalo OA event signed as Zalo signs: {@code mac=sha256(app id + body + timestamp + OA secret key)}. */
	private static HttpResponse<String> zaloEvent(HttpClient client, String base, String event, String from, String to,
			String messageId, Instant at) throws Exception {
		String body = """
				{"app_id": "%s", "event_name": "%s", "sender": {"id": "%s"}, "recipient": {"id": "%s"},
				 "message": {"msg_id": "%s", "text": "Cho mình hỏi đơn hàng"}, "timestamp": "%d"}
				""".formatted(APP, event, from, to, messageId, at.toEpochMilli());
		String mac = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest((APP + body + at.toEpochMilli() + OA_SECRET).getBytes(StandardCharsets.UTF_8)));
		return client.send(HttpRequest.newBuilder(URI.create(base + "hooks/zalo-shop"))
				.header("X-ZEvent-Signature", "mac=" + mac)
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
				HttpResponse.BodyHandlers.ofString());
	}
}
