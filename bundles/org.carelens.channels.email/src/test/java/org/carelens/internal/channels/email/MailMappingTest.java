package org.carelens.internal.channels.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.carelens.core.api.Author;
import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Direction;
import org.carelens.core.api.Event;
import org.junit.jupiter.api.Test;

class MailMappingTest {

	private static final Instant T = Instant.parse("2026-11-23T02:00:00Z");
	private final MailMapping mapping = new MailMapping("hotro", Set.of("hotro@shop.vn"));

	private static MailHeaders mail(String id, Optional<String> inReplyTo, List<String> references, String from,
			List<String> to, boolean automatic) {
		return new MailHeaders(Optional.of(id), inReplyTo, references, from, to, Optional.of(T), automatic, "Đơn hàng");
	}

	@Test
	void aCustomersFirstMailOpensAConversationAndTheRepliesJoinIt() {
		List<Event> first = mapping.map(mail("a1@kh.vn", Optional.empty(), List.of(), "lan@kh.vn",
				List.of("hotro@shop.vn"), false), MailMapping.Folder.INBOX, "x");
		assertEquals(2, first.size());
		Event.ConversationOpened opened = (Event.ConversationOpened) first.get(0);
		assertEquals(Optional.of(ChannelKind.EMAIL), opened.header().channel());
		assertEquals(Optional.of("lan@kh.vn"), opened.header().customer());
		assertEquals(Optional.of("hotro"), opened.header().channelInstance());
		assertEquals(Direction.INBOUND, opened.direction());
		assertEquals(Author.CUSTOMER, ((Event.Message) first.get(1)).author());
		String conversation = opened.header().conversation().orElseThrow();

		List<Event> reply = mapping.map(mail("r1@shop.vn", Optional.of("a1@kh.vn"), List.of("a1@kh.vn"),
				"hotro@shop.vn", List.of("lan@kh.vn"), false), MailMapping.Folder.SENT, "x");
		assertEquals(1, reply.size());
		Event.Message agent = (Event.Message) reply.get(0);
		assertEquals(Author.AGENT, agent.author());
		assertTrue(agent.isPublic());
		assertEquals(Optional.of("hotro@shop.vn"), agent.header().agent());
		assertEquals(Optional.of(conversation), agent.header().conversation());

		List<Event> later = mapping.map(mail("a2@kh.vn", Optional.of("r1@shop.vn"), List.of("a1@kh.vn", "r1@shop.vn"),
				"lan@kh.vn", List.of("hotro@shop.vn"), false), MailMapping.Folder.INBOX, "x");
		assertEquals(Optional.of(conversation), later.get(0).header().conversation(), "References name the root");
	}

	@Test
	void autoRepliesAreNeitherResponsesNorTheCustomerWriting() {
		Event outOfOffice = mapping.map(mail("ooo@kh.vn", Optional.of("r1@shop.vn"), List.of("a1@kh.vn", "r1@shop.vn"),
				"lan@kh.vn", List.of("hotro@shop.vn"), true), MailMapping.Folder.INBOX, "x").get(0);
		assertEquals(Author.SYSTEM, ((Event.Message) outOfOffice).author());
		Event acknowledgement = mapping.map(mail("ack@shop.vn", Optional.of("a1@kh.vn"), List.of("a1@kh.vn"),
				"hotro@shop.vn", List.of("lan@kh.vn"), true), MailMapping.Folder.SENT, "x").get(0);
		assertEquals(Author.SYSTEM, ((Event.Message) acknowledgement).author());
	}

	@Test
	void theHeadersSayWhatIsAutomaticAsRfc3834Does() {
		assertTrue(MailHeaders.automatic("auto-replied", null, false));
		assertTrue(MailHeaders.automatic("auto-generated", null, false));
		assertFalse(MailHeaders.automatic("no", null, false));
		assertTrue(MailHeaders.automatic(null, "bulk", false));
		assertTrue(MailHeaders.automatic(null, "list", false));
		assertFalse(MailHeaders.automatic(null, "first-class", false));
		assertTrue(MailHeaders.automatic(null, null, true));
		assertEquals(List.of("a@x", "b@y"), MailHeaders.ids("<a@x>\r\n <b@y>"));
	}

	@Test
	void anAgentsFirstMailOpensAnOutboundConversationWithTheRecipient() {
		List<Event> events = mapping.map(mail("o1@shop.vn", Optional.empty(), List.of(), "hotro@shop.vn",
				List.of("hotro@shop.vn", "minh@kh.vn"), false), MailMapping.Folder.SENT, "x");
		Event.ConversationOpened opened = (Event.ConversationOpened) events.get(0);
		assertEquals(Direction.OUTBOUND, opened.direction());
		assertEquals(Optional.of("minh@kh.vn"), opened.header().customer());
	}

	@Test
	void idsAreStableAndAMessageWithoutDateIsRefusedWithItsId() {
		MailHeaders mail = mail("a1@kh.vn", Optional.empty(), List.of(), "lan@kh.vn", List.of(), false);
		assertEquals(mapping.map(mail, MailMapping.Folder.INBOX, "x"), mapping.map(mail, MailMapping.Folder.INBOX, "y"),
				"read again, the same events");
		MailHeaders noId = new MailHeaders(Optional.empty(), Optional.empty(), List.of(), "lan@kh.vn", List.of(),
				Optional.of(T), false, "");
		assertEquals(mapping.map(noId, MailMapping.Folder.INBOX, "INBOX/7/12").get(0).id(),
				mapping.map(noId, MailMapping.Folder.INBOX, "INBOX/7/12").get(0).id());
		MailHeaders undated = new MailHeaders(Optional.of("u@kh.vn"), Optional.empty(), List.of(), "lan@kh.vn",
				List.of(), Optional.empty(), false, "");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> mapping.map(undated, MailMapping.Folder.INBOX, "x"));
		assertEquals("message u@kh.vn has neither a Date header nor a received date", e.getMessage());
	}
}
