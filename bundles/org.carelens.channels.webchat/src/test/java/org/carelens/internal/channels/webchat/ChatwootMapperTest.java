package org.carelens.internal.channels.webchat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.carelens.channels.http.BadPayloadException;
import org.carelens.channels.http.Translation;
import org.carelens.channels.http.json.WebhookJson;
import org.carelens.core.api.Author;
import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Event;
import org.carelens.core.api.Priority;
import org.junit.jupiter.api.Test;

class ChatwootMapperTest {

	private final ChatwootMapper mapper = new ChatwootMapper("chat-web", ChannelKind.CHAT);

	@Test
	void conversationCreatedOpensAConversationOfItsContactWithItsPriority() throws Exception {
		Event.ConversationOpened opened = (Event.ConversationOpened) only(map("conversation_created.json"));
		assertEquals("chat-web:conv:4821:opened", opened.id());
		assertEquals(Optional.of("chat-web:4821"), opened.conversation());
		assertEquals("chat-web:contact:5012", opened.customer());
		assertEquals(ChannelKind.CHAT, opened.channel());
		assertEquals(Optional.of("chat-web"), opened.header().channelInstance());
		assertEquals(Instant.parse("2026-02-10T01:14:58Z"), opened.at());
		assertEquals(Optional.of(Priority.HIGH), opened.priority());
	}

	@Test
	void incomingMessageIsTheCustomersAndOutgoingOneIsTheAgentsResponse() throws Exception {
		Event.Message question = (Event.Message) only(map("message_created_incoming.json"));
		assertEquals("chat-web:msg:90317", question.id());
		assertEquals(Author.CUSTOMER, question.author());
		assertEquals(Instant.parse("2026-02-10T01:15:00Z"), question.at());
		assertEquals(Optional.of("chat-web:4821"), question.conversation());

		Event.Message answer = (Event.Message) only(map("message_created_outgoing.json"));
		assertEquals(Author.AGENT, answer.author());
		assertEquals(Optional.of("duc.tran@example.vn"), answer.header().agent());
		assertTrue(answer.isResponse());
	}

	@Test
	void privateNoteIsNotAResponse() throws Exception {
		String note = read("message_created_outgoing.json").replace("\"private\": false", "\"private\": true");
		Event.Message message = (Event.Message) only(mapper.map(WebhookJson.object(bytes(note))));
		assertEquals(false, message.isResponse());
	}

	@Test
	void activityMessageIsIgnoredWithANote() throws Exception {
		String activity = read("message_created_incoming.json").replace("\"message_type\": \"incoming\"",
				"\"message_type\": \"activity\"");
		Translation translation = mapper.map(WebhookJson.object(bytes(activity)));
		assertEquals(List.of(), translation.events());
		assertEquals("Chatwoot activity message 90317 (a status line, not a message)", translation.note());
	}

	@Test
	void resolvedStatusIsAResolutionByTheAssigneeAtTheTimeOfTheChange() throws Exception {
		Event resolved = only(map("conversation_status_changed_resolved.json"));
		assertEquals(Event.Resolved.class, resolved.getClass());
		assertEquals("chat-web:conv:4821:resolved:1770686405118", resolved.id());
		assertEquals(Instant.parse("2026-02-10T01:20:05.118Z"), resolved.at());
		assertEquals(Optional.of("duc.tran@example.vn"), resolved.header().agent());
	}

	@Test
	void openAfterResolvedIsAReopeningAndPendingIsNothing() throws Exception {
		String reopened = read("conversation_status_changed_resolved.json")
				.replace("\"status\": \"resolved\"", "\"status\": \"open\"")
				.replace("\"previous_value\": \"open\", \"current_value\": \"resolved\"",
						"\"previous_value\": \"resolved\", \"current_value\": \"open\"");
		assertEquals(Event.Reopened.class, only(mapper.map(WebhookJson.object(bytes(reopened)))).getClass());
		String pending = read("conversation_status_changed_resolved.json")
				.replace("\"status\": \"resolved\"", "\"status\": \"pending\"");
		assertEquals(List.of(), mapper.map(WebhookJson.object(bytes(pending))).events());
	}

	@Test
	void assigneeChangeIsAnAssignmentToTheAgentAndTeam() throws Exception {
		Event assigned = only(map("conversation_updated_assignee.json"));
		assertEquals(Event.Assigned.class, assigned.getClass());
		assertEquals(Optional.of("duc.tran@example.vn"), assigned.header().agent());
		assertEquals(Optional.of("cskh-hcm"), assigned.header().team());
		assertEquals(Instant.parse("2026-02-10T01:15:30Z"), assigned.at());
	}

	@Test
	void aRetriedDeliveryGivesTheSameEvents() throws Exception {
		for (String fixture : List.of("conversation_created.json", "message_created_incoming.json",
				"message_created_outgoing.json", "conversation_status_changed_resolved.json",
				"conversation_updated_assignee.json")) {
			assertEquals(map(fixture).events(), map(fixture).events(), fixture);
		}
	}

	@Test
	void otherEventsAreIgnored() throws Exception {
		Translation translation = mapper.map(WebhookJson.object(bytes("{\"event\":\"contact_created\",\"id\":5}")));
		assertEquals(List.of(), translation.events());
		assertEquals("Chatwoot event 'contact_created' carries nothing CareLens records", translation.note());
	}

	@Test
	void malformedPayloadsSayWhatIsWrong() {
		String notJson = assertThrows(BadPayloadException.class,
				() -> WebhookJson.object(bytes("{\"event\": \"message_created\""))).getMessage();
		assertTrue(notJson.startsWith("not JSON: ") && notJson.endsWith("at line 1, column 28"), notJson);
		assertEquals("Chatwoot payload: \"event\" is missing",
				assertThrows(BadPayloadException.class, () -> mapper.map(WebhookJson.object(bytes("{\"id\": 1}"))))
						.getMessage());
		assertEquals("message_created 7: \"created_at\" is missing", assertThrows(BadPayloadException.class,
				() -> mapper.map(WebhookJson.object(bytes("{\"event\":\"message_created\",\"id\":7,\"conversation\":"
						+ "{\"id\":1},\"message_type\":\"incoming\"}")))).getMessage());
		assertEquals("message_created 7: \"created_at\" 'yesterday' is not an instant (epoch seconds or ISO-8601 "
				+ "with an offset)", assertThrows(BadPayloadException.class,
						() -> mapper.map(WebhookJson.object(bytes("{\"event\":\"message_created\",\"id\":7,\"conversation\":"
								+ "{\"id\":1},\"message_type\":\"incoming\",\"created_at\":\"yesterday\"}"))))
						.getMessage());
		assertEquals("not a JSON object",
				assertThrows(BadPayloadException.class, () -> WebhookJson.object(bytes("[1,2]"))).getMessage());
	}

	private Translation map(String fixture) throws IOException, BadPayloadException {
		return mapper.map(WebhookJson.object(bytes(read(fixture))));
	}

	private static Event only(Translation translation) {
		assertEquals(1, translation.events().size(), translation.toString());
		return translation.events().get(0);
	}

	static String read(String fixture) throws IOException {
		try (InputStream in = ChatwootMapperTest.class.getResourceAsStream("/chatwoot/" + fixture)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
