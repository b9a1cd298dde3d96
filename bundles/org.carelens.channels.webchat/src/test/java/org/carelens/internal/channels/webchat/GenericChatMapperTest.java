package org.carelens.internal.channels.webchat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.carelens.channels.http.BadPayloadException;
import org.carelens.channels.http.Translation;
import org.carelens.channels.http.json.WebhookJson;
import org.carelens.core.api.Author;
import org.carelens.core.api.Event;
import org.junit.jupiter.api.Test;

class GenericChatMapperTest {

	private final GenericChatMapper mapper = new GenericChatMapper("widget");

	@Test
	void batchIsMappedAndItsBadElementRejectedWithItsPosition() throws Exception {
		Translation translation = mapper.map(WebhookJson.object(ChatwootMapperTest.bytes("""
				{"events": [
				 {"type": "conversation_started", "id": "c1-start", "conversation": "c1", "at": "2026-02-10T08:15:00+07:00", "customer": "u-77"},
				 {"type": "message", "id": "m1", "conversation": "c1", "at": 1770686160},
				 {"type": "message", "id": "m2", "conversation": "c1", "at": "2026-02-10T08:17:00+07:00", "author": "agent", "agent": "duc.tran@example.vn"}
				]}""")));
		assertEquals(List.of("widget:c1-start", "widget:m2"), translation.events().stream().map(Event::id).toList());
		Event.Message reply = (Event.Message) translation.events().get(1);
		assertEquals(Author.AGENT, reply.author());
		assertEquals(Instant.parse("2026-02-10T01:17:00Z"), reply.at());
		assertEquals(Optional.of("widget:c1"), reply.conversation());
		assertEquals(1, translation.rejected().size());
		assertEquals("webhook /hooks/widget:2: events[1]: \"author\" is missing",
				translation.rejected().get(0).toString());
	}

	@Test
	void singleEventWithAnUnknownTypeIsABadPayload() {
		assertEquals("the event: type 'typing' is not conversation_started, message, assigned, resolved or reopened",
				assertThrows(BadPayloadException.class, () -> mapper.map(WebhookJson.object(ChatwootMapperTest.bytes(
						"{\"type\":\"typing\",\"id\":\"t\",\"conversation\":\"c\",\"at\":1770686160}"))))
						.getMessage());
	}
}
