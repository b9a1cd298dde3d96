package org.carelens.product.tests;

import static org.carelens.product.tests.Launcher.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Arrays;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * A survey's whole round trip through the real server: {@code carelens serve} reads a customer's mail from a
 * GreenMail mailbox, takes the resolution from the in-app endpoint, decides to survey, sends the invitation by
 * SMTP; the customer follows the link with an HTTP client and answers on the form; after the server stops, {@code
 * carelens kpi} finds the agent's CSAT. Token reuse and forgery are refused on the way, with nothing stored.
 */
class SurveyServeEndToEndTest {

	private static final String SUPPORT = "hotro@shop.vn";
	private static final String PASSWORD = "mat-khau";
	private static final String TOKEN = "tok-survey-3c5a9e1f";

	@TempDir
	Path dir;

	private final GreenMail mail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
	private Process server;

	@AfterEach
	void stop() throws InterruptedException {
		if (server != null && server.isAlive()) {
			server.destroy();
			server.waitFor(60, TimeUnit.SECONDS);
		}
		mail.stop();
	}

	@Test
	void aResolvedMailIsSurveyedByEmailAndTheAnswerOnTheFormGivesTheAgentACsat() throws Exception {
		mail.start();
		mail.setUser(SUPPORT, SUPPORT, PASSWORD);
		mail.setUser("lan@kh.vn", "lan@kh.vn", "khach");
		sentFolder();
		Path workspace = dir.resolve("ws");
		Map<String, String> environment = Map.of("CARELENS_SECURE_STORAGE", dir.resolve("secure").toString());
		assertOk(Launcher.run(dir, environment, "channels", "add", "hotro", "--connector", "email.imap", "--workspace",
				workspace.toString(), "host=127.0.0.1", "port=" + mail.getImap().getPort(), "security=none",
				"user=" + SUPPORT, "password=" + PASSWORD, "smtp_host=127.0.0.1",
				"smtp_port=" + mail.getSmtp().getPort(), "smtp_security=none"));
		assertOk(Launcher.run(dir, environment, "channels", "add", "app-shop", "--connector", "app.events", "--workspace",
				workspace.toString(), "token=" + TOKEN));
		Path config = workspace.resolve("workspace.carelens");
		Files.writeString(config, Files.readString(config).replace("</carelens:Workspace>", """
				  <surveys id="csat" name="CSAT" kind="CSAT" questionVi="Anh/chị hài lòng thế nào với lần hỗ trợ vừa rồi?"
				      questionEn="How satisfied are you with the support you just received?" scaleMin="1" scaleMax="5"
				      commentVi="Góp ý thêm?" commentEn="Anything else?">
				    <channels>EMAIL</channels>
				    <dispatch samplingPercent="100.0" quietFrom="00:00" quietUntil="00:00">
				      <delays channel="EMAIL" delay="PT1S"/>
				    </dispatch>
				  </surveys>
				</carelens:Workspace>"""));

		// the customer writes; the server reads the mailbox
		Instant wrote = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
		String root = "a1-" + System.nanoTime() + "@kh.vn";
		customerWrites(root, wrote);
		agentReplied(root, "r1-" + System.nanoTime() + "@shop.vn", wrote.plus(2, ChronoUnit.MINUTES));
		server = Launcher.start(dir, dir.resolve("serve.out"), dir.resolve("serve.err"), environment, "serve",
				"--workspace", workspace.toString(), "--listen", "127.0.0.1:0", "--interval", "PT1S");
		String base = Launcher.awaitServing(server, dir.resolve("serve.err"));
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(Duration.ofSeconds(10)).build();

		// the help desk resolves the conversation through the in-app endpoint
		String conversation = "email-hotro-" + HexFormat.of().formatHex(
				MessageDigest.getInstance("SHA-256").digest(root.getBytes(StandardCharsets.UTF_8)), 0, 10);
		String resolved = "{\"id\":\"res-" + conversation + "\",\"type\":\"resolved\",\"at\":\""
				+ wrote.plus(5, ChronoUnit.MINUTES) + "\",\"conversation\":\"" + conversation + "\"}";
		HttpResponse<String> delivered = client.send(HttpRequest.newBuilder(URI.create(base + "hooks/app-shop"))
				.header("Authorization", "Bearer " + TOKEN)
				.POST(HttpRequest.BodyPublishers.ofString(resolved, StandardCharsets.UTF_8)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertEquals(200, delivered.statusCode(), delivered.body());

		// the invitation reaches the customer's mailbox
		MimeMessage invitation = Launcher.awaitWhileServing(server, dir.resolve("serve.err"), workspace, "invitation",
				() -> Arrays.stream(mail.getReceivedMessagesForDomain("kh.vn"))
						.filter(received -> subjectStartsWith(received, "Xin ý kiến")).findFirst());
		assertEquals("auto-generated", invitation.getHeader("Auto-Submitted")[0]);
		String text = (String) ((MimeMultipart) invitation.getContent()).getBodyPart(0).getContent();
		Matcher link = Pattern.compile("(" + Pattern.quote(base) + "survey/(\\S+))").matcher(text);
		assertTrue(link.find(), "the link points at this server's form: " + text);

		// the customer opens it and answers; answering again and a forged link store nothing
		HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(link.group(1)))
				.header("Accept-Language", "vi-VN,vi;q=0.9").build(), HttpResponse.BodyHandlers.ofString());
		assertEquals(200, form.statusCode());
		assertTrue(form.body().contains("Anh/chị hài lòng thế nào với lần hỗ trợ vừa rồi?"), form.body());
		assertEquals("no-store", form.headers().firstValue("Cache-Control").orElse(""));
		assertTrue(form.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"));
		HttpResponse<String> answered = post(client, link.group(1), "score=5&comment=R%E1%BA%A5t+nhanh");
		assertEquals(200, answered.statusCode());
		assertTrue(answered.body().contains("Cảm ơn"), answered.body());
		assertEquals(200, post(client, link.group(1), "score=1").statusCode(), "a second answer is thanked");
		String forged = link.group(1).substring(0, link.group(1).length() - 3) + "xyz";
		assertEquals(404, post(client, forged, "score=1").statusCode());
		assertEquals(413, post(client, link.group(1), "comment=" + "a".repeat(20_000) + "&score=2").statusCode());

		server.destroy();
		assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server stops on SIGTERM");

		// the agent who answered the thread has a CSAT of one response, 5 of 5
		Launcher.Run kpi = Launcher.run(dir, environment, "kpi", "--workspace", workspace.toString(), "--metrics", "csat",
				"--by", "agent", "--format", "csv");
		assertOk(kpi);
		List<String> lines = kpi.out().lines().toList();
		List<String> header = List.of(lines.get(0).split(","));
		String row = lines.stream().filter(l -> l.startsWith(SUPPORT + ",")).findFirst()
				.orElseThrow(() -> new AssertionError("no row of agent " + SUPPORT + ": " + kpi.out()));
		List<String> cells = List.of(row.split(",", -1));
		assertEquals("1.0", cells.get(header.indexOf("csat.value")), kpi.out());
		assertEquals("5.0", cells.get(header.indexOf("csat.mean")), kpi.out());
		assertEquals("1", cells.get(header.indexOf("csat.n")), "one response stored, not two: " + kpi.out());
		assertTrue(Files.readString(workspace.resolve("surveys/decisions.jsonl")).contains("\"send_at\""));
	}

	private static HttpResponse<String> post(HttpClient client, String url, String form) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create(url))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.US_ASCII)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private void sentFolder() throws MessagingException {
		try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
			store.connect("127.0.0.1", mail.getImap().getPort(), SUPPORT, PASSWORD);
			store.getFolder("Sent").create(Folder.HOLDS_MESSAGES);
		}
	}

	private void customerWrites(String messageId, Instant at) throws MessagingException {
		Properties smtp = new Properties();
		smtp.put("mail.smtp.host", "127.0.0.1");
		smtp.put("mail.smtp.port", Integer.toString(mail.getSmtp().getPort()));
		MimeMessage message = new MimeMessage(Session.getInstance(smtp)) {
			@Override
			protected void updateMessageID() throws MessagingException {
				setHeader("Message-ID", "<" + messageId + ">");
			}
		};
		message.setFrom(new InternetAddress("lan@kh.vn"));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(SUPPORT));
		message.setSubject("Đơn hàng chưa tới", "UTF-8");
		message.setSentDate(Date.from(at));
		message.setText("Đơn hàng của tôi chưa tới.", "UTF-8");
		Transport.send(message);
	}

	/** The agent's answer, kept in the Sent folder as a mail client keeps it. */
	private void agentReplied(String root, String messageId, Instant at) throws MessagingException {
		Session session = Session.getInstance(new Properties());
		try (Store store = session.getStore("imap")) {
			store.connect("127.0.0.1", mail.getImap().getPort(), SUPPORT, PASSWORD);
			MimeMessage message = new MimeMessage(session) {
				@Override
				protected void updateMessageID() throws MessagingException {
					setHeader("Message-ID", "<" + messageId + ">");
				}
			};
			message.setFrom(new InternetAddress(SUPPORT));
			message.setRecipient(Message.RecipientType.TO, new InternetAddress("lan@kh.vn"));
			message.setSubject("Re: Đơn hàng chưa tới", "UTF-8");
			message.setSentDate(Date.from(at));
			message.setHeader("In-Reply-To", "<" + root + ">");
			message.setHeader("References", "<" + root + ">");
			message.setText("Chúng tôi đã kiểm tra, đơn hàng sẽ tới hôm nay.", "UTF-8");
			message.saveChanges();
			store.getFolder("Sent").appendMessages(new Message[] { message });
		}
	}

	private static boolean subjectStartsWith(MimeMessage message, String start) {
		try {
			return message.getSubject().startsWith(start);
		} catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}
