package org.carelens.internal.channels.social;

import static org.carelens.internal.channels.social.Fixtures.PAGE;
import static org.carelens.internal.channels.social.Fixtures.PSID;
import static org.carelens.internal.channels.social.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.carelens.channels.api.Checkpoint;
import org.carelens.channels.http.BadPayloadException;
import org.carelens.channels.http.Translation;
import org.carelens.channels.http.json.WebhookJson;
import org.carelens.core.api.Author;
import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Direction;
import org.carelens.core.api.Event;
import org.carelens.core.api.EventType;
import org.junit.jupiter.api.Test;

class MessengerMapperTest {

	static final String BOT_APP = "1517776481860111";
	static final String CONVERSATION = "fb-shop:" + PAGE + ":" + PSID + ":" + T0.toEpochMilli();

	private Threads threads = Fixtures.threads(Duration.ofHours(24));

	private MessengerMapper mapper() {
		return new MessengerMapper("fb-shop", new Conversations("fb-shop", threads), Set.of(BOT_APP));
	}

	private Translation map(String resource) throws BadPayloadException {
		return mapper().map(WebhookJson.object(Fixtures.bytes(resource)));
	}

	@Test
	void aCustomersMessageOpensAConversationOfThePageAndTheCustomer() throws Exception {
		List<Event> events = map("messenger/message.json").events();
		assertEquals(List.of(EventType.CONVERSATION_OPENED, EventType.MESSAGE), events.stream().map(Event::type)
				.toList());
		Event.ConversationOpened opened = (Event.ConversationOpened) events.get(0);
		assertEquals(CONVERSATION + ":opened", opened.id());
		assertEquals(T0, opened.header().at());
		assertEquals(ChannelKind.SOCIAL, opened.channel());
		assertEquals("fb-shop:" + PAGE + ":" + PSID, opened.customer());
		assertEquals(Optional.of("fb-shop"), opened.header().channelInstance());
		assertEquals(Direction.INBOUND, opened.direction());
		Event.Message message = (Event.Message) events.get(1);
		assertEquals("fb-shop:mid:m_1457764197618:41d102a3e1ae206a38", message.id());
		assertEquals(Author.CUSTOMER, message.author());
		assertEquals(Optional.of(CONVERSATION), message.conversation());
	}

	@Test
	void echoesAreTheBotsTheAgentsOrCareLensOwnByTheirAppAndMetadata() throws Exception {
		map("messenger/message.json");
		List<Event> events = map("messenger/echoes.json").events();
		List<Event.Message> messages = events.stream().filter(Event.Message.class::isInstance)
				.map(Event.Message.class::cast).toList();
		assertEquals(List.of(Author.BOT, Author.AGENT, Author.SYSTEM), messages.stream().map(Event.Message::author)
				.toList());
		assertEquals(Optional.of("fb-shop:page:" + PAGE), messages.get(1).header().agent());
		assertTrue(messages.get(1).isResponse(), "a person's reply from the page inbox is a response");
		assertTrue(messages.stream().allMatch(m -> m.conversation().equals(Optional.of(CONVERSATION))),
				"the replies belong to the customer's open conversation");
	}

	@Test
	void aPostbackIsTheCustomersAHandOffToPeopleIsBotHandoffAndReceiptsAreIgnored() throws Exception {
		map("messenger/message.json");
		Translation translation = map("messenger/postback_handover_receipts.json");
		List<Event> events = translation.events();
		assertEquals(List.of(EventType.CONVERSATION_OPENED, EventType.MESSAGE, EventType.CONVERSATION_OPENED,
				EventType.BOT_HANDOFF), events.stream().map(Event::type).toList());
		assertEquals(Author.CUSTOMER, ((Event.Message) events.get(1)).author());
		assertEquals("fb-shop:handoff:" + PAGE + ":" + PSID + ":1770686125000", events.get(3).id());
		assertEquals(Optional.of(CONVERSATION), events.get(3).conversation());
		assertEquals(List.of(), translation.rejected());
	}

	@Test
	void threadControlPassedToAnotherBotIsNoHandoff() throws Exception {
		String toBot = Fixtures.text("messenger/postback_handover_receipts.json").replace("\"263902037430900\"",
				"\"" + BOT_APP + "\"");
		List<EventType> types = mapper().map(WebhookJson.object(toBot.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.events().stream().map(Event::type).toList();
		assertEquals(List.of(EventType.CONVERSATION_OPENED, EventType.MESSAGE), types);
	}

	@Test
	void receiptsAloneCarryNothingAndSaySo() throws Exception {
		String receipts = """
				{"object":"page","entry":[{"id":"%s","time":1,"messaging":[
				{"sender":{"id":"%s"},"recipient":{"id":"%1$s"},"timestamp":1770686130000,"read":{"watermark":1}},
				{"sender":{"id":"%2$s"},"recipient":{"id":"%1$s"},"timestamp":1770686131000,"delivery":{"watermark":1}}]}]}
				""".formatted(PAGE, PSID);
		Translation translation = mapper().map(WebhookJson.object(receipts.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		assertEquals(List.of(), translation.events());
		assertEquals("nothing CareLens records (delivery, read)", translation.note());
	}

	@Test
	void aQuietThreadOpensANewConversationAfterTheIdleGapAndAnActiveOneDoesNot() throws Exception {
		threads = Fixtures.threads(Duration.ofHours(2));
		MessengerMapper mapper = mapper();
		String first = message(T0.toEpochMilli(), "m_a");
		String within = message(T0.plus(Duration.ofMinutes(119)).toEpochMilli(), "m_b");
		String after = message(T0.plus(Duration.ofMinutes(119 + 121)).toEpochMilli(), "m_c");
		String c1 = mapper.map(WebhookJson.object(first.getBytes())).events().get(1).conversation().orElseThrow();
		String c2 = mapper.map(WebhookJson.object(within.getBytes())).events().get(1).conversation().orElseThrow();
		String c3 = mapper.map(WebhookJson.object(after.getBytes())).events().get(1).conversation().orElseThrow();
		assertEquals(c1, c2);
		assertEquals("fb-shop:" + PAGE + ":" + PSID + ":" + T0.plus(Duration.ofMinutes(240)).toEpochMilli(), c3);
		assertEquals(c1, mapper.map(WebhookJson.object(within.getBytes())).events().get(1).conversation().orElseThrow(),
				"a retry lands in the conversation of its time");
	}

	@Test
	void aRestartedInstanceContinuesTheConversationsOfItsCheckpoint() throws Exception {
		map("messenger/message.json");
		Checkpoint committed = new Checkpoint(threads.positions());
		Threads restored = new Threads(Duration.ofHours(24), Duration.ofDays(7), committed);
		MessengerMapper again = new MessengerMapper("fb-shop", new Conversations("fb-shop", restored), Set.of());
		String later = message(T0.plus(Duration.ofHours(3)).toEpochMilli(), "m_later");
		assertEquals(Optional.of(CONVERSATION), again.map(WebhookJson.object(later.getBytes())).events().get(1)
				.conversation());
		assertEquals(Optional.of(T0.plus(Duration.ofHours(3))), restored.lastCustomerMessage(PAGE + ":" + PSID));
	}

	@Test
	void aBadItemIsRejectedWithItsPositionAndTheOthersAreKept() throws Exception {
		String body = """
				{"object":"page","entry":[{"id":"%s","time":1,"messaging":[
				{"sender":{"id":"%s"},"recipient":{"id":"%1$s"},"message":{"mid":"m_no_time","text":"?"}},
				{"sender":{"id":"%2$s"},"recipient":{"id":"%1$s"},"timestamp":1770686098478,"message":{"mid":"m_ok"}}]}]}
				""".formatted(PAGE, PSID);
		Translation translation = mapper().map(WebhookJson.object(body.getBytes()));
		assertEquals(2, translation.events().size());
		assertEquals(1, translation.rejected().size());
		assertEquals("entry[0].messaging[0]: \"timestamp\" is missing", translation.rejected().get(0).reason());
		assertEquals(java.util.OptionalLong.of(1), translation.rejected().get(0).row());
	}

	@Test
	void aDeliveryThatIsNotAPagesIsABadPayload() {
		BadPayloadException e = assertThrows(BadPayloadException.class,
				() -> mapper().map(WebhookJson.object("{\"object\":\"instagram\",\"entry\":[]}".getBytes())));
		assertEquals("Messenger delivery: object 'instagram' is not 'page'", e.getMessage());
		assertThrows(BadPayloadException.class, () -> mapper().map(WebhookJson.object("{\"object\":\"page\"}".getBytes())));
	}

	static String message(long at, String mid) {
		return """
				{"object":"page","entry":[{"id":"%s","time":%3$d,"messaging":[{"sender":{"id":"%s"},
				"recipient":{"id":"%1$s"},"timestamp":%3$d,"message":{"mid":"%4$s","text":"Alo shop"}}]}]}
				""".formatted(PAGE, PSID, at, mid);
	}
}
