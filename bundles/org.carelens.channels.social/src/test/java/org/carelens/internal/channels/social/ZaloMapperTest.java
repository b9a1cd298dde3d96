package org.carelens.internal.channels.social;

import static org.carelens.internal.channels.social.Fixtures.OA;
import static org.carelens.internal.channels.social.Fixtures.T0;
import static org.carelens.internal.channels.social.Fixtures.ZALO_USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.carelens.channels.http.BadPayloadException;
import org.carelens.channels.http.Translation;
import org.carelens.channels.http.json.WebhookJson;
import org.carelens.core.api.Author;
import org.carelens.core.api.Event;
import org.carelens.core.api.EventType;
import org.junit.jupiter.api.Test;

class ZaloMapperTest {

	static final String CONVERSATION = "zalo-oa:" + OA + ":" + ZALO_USER + ":" + T0.toEpochMilli();

	private final ZaloMapper mapper = new ZaloMapper("zalo-oa",
			new Conversations("zalo-oa", Fixtures.threads(Duration.ofHours(24))),
			Set.of("d0e1f2a3b4c5d6e7f8a9")::contains);

	private Translation map(String resource) throws BadPayloadException {
		return mapper.map(WebhookJson.object(Fixtures.bytes(resource)));
	}

	@Test
	void aFollowersTextAndImageAreTheCustomersMessagesOfOneConversation() throws Exception {
		List<Event> text = map("zalo/user_send_text.json").events();
		assertEquals(List.of(EventType.CONVERSATION_OPENED, EventType.MESSAGE), text.stream().map(Event::type).toList());
		assertEquals(CONVERSATION + ":opened", text.get(0).id());
		assertEquals(Optional.of("zalo-oa:" + OA + ":" + ZALO_USER), text.get(0).header().customer());
		assertEquals("zalo-oa:msg:96d3cdf3af150460909", text.get(1).id());
		assertEquals(Author.CUSTOMER, ((Event.Message) text.get(1)).author());
		List<Event> image = map("zalo/user_send_image.json").events();
		assertEquals(Optional.of(CONVERSATION), image.get(1).conversation());
		assertEquals(text.get(0), image.get(0), "the same opening, stored once");
	}

	@Test
	void theOasReplyIsAnAgentsResponseAndWhatCareLensSentIsNot() throws Exception {
		map("zalo/user_send_text.json");
		Event.Message reply = (Event.Message) map("zalo/oa_send_text.json").events().get(1);
		assertEquals(Author.AGENT, reply.author());
		assertEquals(Optional.of("zalo-oa:oa:" + OA), reply.header().agent());
		assertEquals(Optional.of(CONVERSATION), reply.conversation());
		String ours = Fixtures.text("zalo/oa_send_text.json").replace("c6a1b2c3d4e5f6a7b8c9", "d0e1f2a3b4c5d6e7f8a9");
		Event.Message survey = (Event.Message) mapper.map(WebhookJson.object(ours.getBytes())).events().get(1);
		assertEquals(Author.SYSTEM, survey.author());
	}

	@Test
	void followingTheOaCarriesNothingAndSaysSo() throws Exception {
		Translation follow = map("zalo/follow.json");
		assertEquals(List.of(), follow.events());
		assertEquals("Zalo event 'follow' carries nothing CareLens records", follow.note());
	}

	@Test
	void anEventWithoutItsMessageIdIsABadPayload() {
		String body = Fixtures.text("zalo/user_send_text.json").replace("\"msg_id\":\"96d3cdf3af150460909\"",
				"\"id\":\"x\"");
		BadPayloadException e = assertThrows(BadPayloadException.class, () -> mapper.map(WebhookJson.object(body.getBytes())));
		assertEquals("Zalo user_send_text.message: \"msg_id\" is missing", e.getMessage());
		assertThrows(BadPayloadException.class, () -> mapper.map(WebhookJson.object("{\"timestamp\":\"1\"}".getBytes())));
	}
}
