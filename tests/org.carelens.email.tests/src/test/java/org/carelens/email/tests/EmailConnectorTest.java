package org.carelens.email.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.carelens.channels.api.Checkpoint;
import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.api.ConnectorInstance;
import org.carelens.channels.api.OutboundMessage;
import org.carelens.channels.api.contract.RecordingSink;
import org.carelens.channels.api.contract.TestContext;
import org.carelens.core.api.Author;
import org.carelens.core.api.Direction;
import org.carelens.core.api.Event;
import org.carelens.internal.channels.email.EmailConnector;
import org.junit.jupiter.api.AfterEach;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;

/**
 * A support mailbox read over IMAP from GreenMail: threads, agents' replies from the Sent folder, auto-replies,
 * resuming after a restart, and the errors a person setting it up meets.
 */
class EmailConnectorTest {

	private final Mailbox mailbox = new Mailbox();
	private final EmailConnector connector = new EmailConnector();

	@AfterEach
	void stop() {
		mailbox.close();
	}

	private RecordingSink pull(Map<String, String> values, Optional<Checkpoint> from) throws Exception {
		RecordingSink sink = new RecordingSink();
		ConnectorInstance instance = connector.start(new TestContext("hotro", connector.settingsSchema().validate(values),
				from, sink));
		try {
			instance.pull();
		} finally {
			instance.stop();
		}
		return sink;
	}

	private static Instant at(String time) {
		return Instant.parse("2026-11-23T" + time + ":00Z");
	}

	@Test
	void aThreadBecomesOneConversationWithTheCustomersMailAndTheAgentsReplies() throws Exception {
		mailbox.customerWrites("lan@kh.vn", "a1@kh.vn", "Đơn hàng 1", at("01:00"), null, null, Map.of());
		mailbox.agentReplied("lan@kh.vn", "r1@shop.vn", "Re: Đơn hàng 1", at("01:30"), "a1@kh.vn", "<a1@kh.vn>");
		mailbox.customerWrites("lan@kh.vn", "ooo@kh.vn", "Vắng mặt", at("01:31"), "r1@shop.vn",
				"<a1@kh.vn> <r1@shop.vn>", Map.of("Auto-Submitted", "auto-replied"));
		mailbox.customerWrites("lan@kh.vn", "a2@kh.vn", "Re: Đơn hàng 1", at("02:00"), "r1@shop.vn",
				"<a1@kh.vn> <r1@shop.vn>", Map.of());

		RecordingSink sink = pull(mailbox.settings(), Optional.empty());

		List<Event> events = sink.committedEvents();
		assertEquals(5, events.size(), events.toString());
		Event.ConversationOpened opened = (Event.ConversationOpened) events.get(0);
		assertEquals(Direction.INBOUND, opened.direction());
		assertEquals(Optional.of("lan@kh.vn"), opened.header().customer());
		String conversation = opened.header().conversation().orElseThrow();
		assertTrue(events.stream().allMatch(e -> e.header().conversation().equals(Optional.of(conversation))),
				"one thread, one conversation");
		Map<Author, Long> authors = events.stream().filter(e -> e instanceof Event.Message)
				.collect(Collectors.groupingBy(e -> ((Event.Message) e).author(), Collectors.counting()));
		assertEquals(Map.of(Author.CUSTOMER, 2L, Author.SYSTEM, 1L, Author.AGENT, 1L), authors,
				"the out-of-office is neither the customer writing nor a response");
		Event.Message reply = events.stream().filter(e -> e instanceof Event.Message m && m.author() == Author.AGENT)
				.map(e -> (Event.Message) e).findFirst().orElseThrow();
		assertEquals(at("01:30"), reply.header().at());
		assertEquals(Optional.of("hotro@shop.vn"), reply.header().agent());
		Checkpoint checkpoint = sink.lastCommit().orElseThrow();
		assertEquals(3, checkpoint.number("inbox.uid"));
		assertEquals(1, checkpoint.number("sent.uid"));
		assertTrue(checkpoint.number("inbox.validity") > 0);
	}

	@Test
	void aRestartedInstanceReadsOnlyWhatArrivedSinceItsLastCommit() throws Exception {
		mailbox.customerWrites("lan@kh.vn", "a1@kh.vn", "Đơn hàng 1", at("01:00"), null, null, Map.of());
		RecordingSink first = pull(mailbox.settings(), Optional.empty());
		assertEquals(2, first.committedEvents().size());

		mailbox.customerWrites("minh@kh.vn", "b1@kh.vn", "Đổi hàng", at("03:00"), null, null, Map.of());
		RecordingSink second = pull(mailbox.settings(), first.lastCommit());
		assertEquals(2, second.committedEvents().size(), "the new thread only");
		assertEquals(Optional.of("minh@kh.vn"), second.committedEvents().get(0).header().customer());

		RecordingSink third = pull(mailbox.settings(), second.lastCommit());
		assertEquals(List.of(), third.committedEvents(), "nothing new, nothing again");

		RecordingSink fromScratch = pull(mailbox.settings(), Optional.empty());
		List<String> ids = fromScratch.committedEvents().stream().map(Event::id).toList();
		assertEquals(first.committedEvents().stream().map(Event::id).toList(), ids.subList(0, 2),
				"read again from the start: the same ids, stored once");
	}

	@Test
	void aWrongPasswordAndAMissingFolderSayWhatIsWrong() {
		Map<String, String> wrong = new HashMap<>(mailbox.settings());
		wrong.put("password", "sai");
		ConnectorException login = assertThrows(ConnectorException.class, () -> pull(wrong, Optional.empty()));
		assertTrue(login.getMessage().startsWith("the IMAP server 127.0.0.1 refused the login of hotro@shop.vn"),
				login.getMessage());

		Map<String, String> folder = new HashMap<>(mailbox.settings());
		folder.put("sent_folder", "Đã gửi");
		ConnectorException missing = assertThrows(ConnectorException.class, () -> pull(folder, Optional.empty()));
		assertTrue(missing.getMessage().contains("has no folder \"Đã gửi\"; its folders are [INBOX"),
				missing.getMessage());
	}

	@Test
	void messagesToCustomersGoOutThroughSmtpMarkedAsAutomatic() throws Exception {
		mailbox.server.setUser("lan@kh.vn", "lan@kh.vn", "khach");
		Map<String, String> values = new HashMap<>(mailbox.settings());
		assertTrue(connector.start(new TestContext("hotro", connector.settingsSchema().validate(values),
				Optional.empty(), new RecordingSink())).outbound().isEmpty(), "no SMTP server set: nothing is sent");
		values.put("smtp_host", "127.0.0.1");
		values.put("smtp_port", Integer.toString(mailbox.server.getSmtp().getPort()));
		values.put("smtp_security", "none");
		ConnectorInstance instance = connector.start(new TestContext("hotro",
				connector.settingsSchema().validate(values), Optional.empty(), new RecordingSink()));
		String id = instance.outbound().orElseThrow().send(new OutboundMessage("conv-7", "lan@kh.vn",
				"Xin ý kiến của anh/chị", "Trả lời tại http://127.0.0.1/survey/x", Optional.of("<p>Trả lời</p>")));

		assertTrue(mailbox.server.waitForIncomingEmail(5_000, 1));
		MimeMessage received = mailbox.server.getReceivedMessages()[0];
		assertEquals("Xin ý kiến của anh/chị", received.getSubject());
		assertEquals("<" + id + ">", received.getMessageID());
		assertEquals("auto-generated", received.getHeader("Auto-Submitted")[0]);
		assertEquals("conv-7", received.getHeader("X-CareLens-Conversation")[0]);
		assertEquals("hotro@shop.vn", ((InternetAddress) received.getFrom()[0]).getAddress());
		MimeMultipart parts = (MimeMultipart) received.getContent();
		assertEquals(2, parts.getCount(), "plain text and HTML");
		assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
		assertTrue(parts.getBodyPart(1).isMimeType("text/html"));

		values.put("smtp_port", "1"); // nothing listens there
		ConnectorInstance unreachable = connector.start(new TestContext("hotro",
				connector.settingsSchema().validate(values), Optional.empty(), new RecordingSink()));
		ConnectorException refused = assertThrows(ConnectorException.class, () -> unreachable.outbound().orElseThrow()
				.send(new OutboundMessage("conv-7", "lan@kh.vn", "s", "t", Optional.empty())));
		assertTrue(refused.getMessage().startsWith("the SMTP server 127.0.0.1:1 did not take the message to lan@kh.vn"),
				refused.getMessage());
	}
}
