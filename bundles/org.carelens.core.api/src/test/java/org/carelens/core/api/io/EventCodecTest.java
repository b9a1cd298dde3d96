package org.carelens.core.api.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.carelens.core.api.Author;
import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Direction;
import org.carelens.core.api.Event;
import org.carelens.core.api.Identity;
import org.carelens.core.api.IdentityKind;
import org.carelens.core.api.Priority;
import org.carelens.core.api.Stage;
import org.carelens.core.api.SurveyKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class EventCodecTest {

	private static Event decode(Json json) throws EventFormatException {
		return EventCodec.decode(json.toString());
	}

	private static String problem(Json json) {
		return assertThrows(EventFormatException.class, () -> decode(json)).getMessage();
	}

	@Test
	void decodesConversationOpenedWithEveryField() throws Exception {
		Event event = decode(Json.opened("e-1").str("channel", "SOCIAL").str("channel_instance", "zalo-oa-shop")
				.str("direction", "out").str("priority", "urgent").str("stage", "after_sale").str("topic", "warranty")
				.str("sla_policy", "social-std").str("team", "t-hn-1"));

		Event.ConversationOpened opened = assertInstanceOf(Event.ConversationOpened.class, event);
		assertEquals("e-1", opened.id());
		assertEquals(Instant.parse("2026-02-10T01:15:00Z"), opened.at());
		assertEquals(Optional.of("c-1"), opened.conversation());
		assertEquals(ChannelKind.SOCIAL, opened.channel());
		assertEquals("cu-1", opened.customer());
		assertEquals(Optional.of("zalo-oa-shop"), opened.header().channelInstance());
		assertEquals(Direction.OUTBOUND, opened.direction());
		assertEquals(Optional.of(Priority.URGENT), opened.priority());
		assertEquals(Optional.of(Stage.AFTER_SALE), opened.stage());
		assertEquals(Optional.of("warranty"), opened.topic());
		assertEquals(Optional.of("social-std"), opened.slaPolicy());
		assertEquals(Optional.of("t-hn-1"), opened.header().team());
	}

	@Test
	void openedDefaultsToInboundWithNoPriorityStageOrTopic() throws Exception {
		Event.ConversationOpened opened = (Event.ConversationOpened) decode(Json.opened("e-1"));
		assertEquals(Direction.INBOUND, opened.direction());
		assertEquals(Optional.empty(), opened.priority());
		assertEquals(Optional.empty(), opened.stage());
		assertEquals(Optional.empty(), opened.topic());
	}

	@Test
	void onlyPublicAgentMessagesAreResponses() throws Exception {
		Event.Message reply = (Event.Message) decode(Json.conversationEvent("m1", "message").str("author", "agent"));
		Event.Message note = (Event.Message) decode(
				Json.conversationEvent("m2", "message").str("author", "agent").raw("public", "false"));
		Event.Message bot = (Event.Message) decode(Json.conversationEvent("m3", "message").str("author", "bot"));
		Event.Message customer = (Event.Message) decode(
				Json.conversationEvent("m4", "message").str("author", "customer"));

		assertTrue(reply.isPublic(), "public defaults to true");
		assertTrue(reply.isResponse());
		assertFalse(note.isResponse(), "an internal note is not a response");
		assertFalse(bot.isResponse(), "a bot message is not a response");
		assertFalse(customer.isResponse());
		assertEquals(Author.BOT, bot.author());
	}

	@Test
	void offsetsAndZuluDenoteTheSameInstant() throws Exception {
		Event plus7 = decode(Json.conversationEvent("a", "resolved").str("at", "2026-02-10T08:15:00+07:00"));
		Event zulu = decode(Json.conversationEvent("b", "resolved").str("at", "2026-02-10T01:15:00Z"));
		Event fraction = decode(Json.conversationEvent("c", "resolved").str("at", "2026-02-10T01:15:00.250Z"));
		assertEquals(plus7.at(), zulu.at());
		assertEquals(Instant.parse("2026-02-10T01:15:00.250Z"), fraction.at());
	}

	@Test
	void timestampWithoutOffsetIsRejectedWithAHint() {
		String reason = problem(Json.conversationEvent("a", "resolved").str("at", "2026-02-10T08:15:00"));
		assertEquals("timestamp 'at' \"2026-02-10T08:15:00\" has no zone offset (add Z or an offset such as +07:00)",
				reason);
	}

	@ParameterizedTest
	@CsvSource({ "10/02/2026 08:15", "2026-02-30T08:15:00Z", "yesterday", "2026-02-10 08:15:00+07:00" })
	void unparseableTimestampsAreRejected(String at) {
		String reason = problem(Json.conversationEvent("a", "resolved").str("at", at));
		assertEquals("timestamp 'at' \"" + at + "\" is not an ISO-8601 instant such as 2026-02-10T08:15:00+07:00",
				reason);
	}

	@Test
	void timestampMustBeAString() {
		assertEquals("field 'at' must be a string, not 1770000000",
				problem(Json.conversationEvent("a", "resolved").raw("at", "1770000000")));
	}

	static Stream<Arguments> requiredFields() {
		return Stream.of(
				Arguments.of(Json.opened("x"), "id"), Arguments.of(Json.opened("x"), "type"),
				Arguments.of(Json.opened("x"), "at"), Arguments.of(Json.opened("x"), "conversation"),
				Arguments.of(Json.opened("x"), "customer"), Arguments.of(Json.opened("x"), "channel"),
				Arguments.of(Json.conversationEvent("x", "message").str("author", "agent"), "author"),
				Arguments.of(Json.conversationEvent("x", "message").str("author", "agent"), "conversation"),
				Arguments.of(Json.conversationEvent("x", "assigned").str("agent", "a1"), "agent"),
				Arguments.of(Json.conversationEvent("x", "transferred").str("agent", "a1"), "agent"),
				Arguments.of(Json.conversationEvent("x", "queue.answered").str("agent", "a1"), "agent"),
				Arguments.of(Json.conversationEvent("x", "resolved"), "conversation"),
				Arguments.of(handle(), "talk_s"), Arguments.of(handle(), "hold_s"), Arguments.of(handle(), "wrap_s"),
				Arguments.of(surveySent(), "survey"), Arguments.of(surveySent(), "kind"),
				Arguments.of(surveySent(), "conversation"),
				Arguments.of(surveyResponse("csat", "4"), "survey"), Arguments.of(surveyResponse("csat", "4"), "kind"),
				Arguments.of(surveyResponse("csat", "4"), "score"),
				Arguments.of(qaReview("80"), "scorecard"), Arguments.of(qaReview("80"), "score"),
				Arguments.of(qaReview("80"), "reviewer"),
				Arguments.of(order(), "customer"), Arguments.of(order(), "amount"),
				Arguments.of(identity(), "customer"), Arguments.of(identity(), "identities"));
	}

	@ParameterizedTest(name = "{1} of {0}")
	@MethodSource("requiredFields")
	void everyRequiredFieldIsChecked(Json complete, String field) throws Exception {
		decode(complete); // valid as built
		assertEquals("missing required field '" + field + "'", problem(complete.without(field)));
	}

	@Test
	void nullInARequiredFieldIsReportedAsNull() {
		assertEquals("required field 'customer' is null", problem(Json.opened("x").raw("customer", "null")));
	}

	@Test
	void nullInAnOptionalFieldIsNoValue() throws Exception {
		Event.ConversationOpened opened = (Event.ConversationOpened) decode(
				Json.opened("x").raw("topic", "null").raw("team", "null"));
		assertEquals(Optional.empty(), opened.topic());
		assertEquals(Optional.empty(), opened.header().team());
	}

	@Test
	void orderAndIdentityNeedNoConversation() throws Exception {
		assertInstanceOf(Event.Order.class, decode(order()));
		Event.CustomerIdentity id = (Event.CustomerIdentity) decode(identity());
		assertEquals(List.of(new Identity(IdentityKind.PHONE, "+84901234567"), new Identity(IdentityKind.ZALO, "z-9")),
				id.identities());
	}

	@Test
	void unknownTypeIsRejectedNamingTheKnownOnes() {
		String reason = problem(Json.conversationEvent("x", "conversation.closed"));
		assertTrue(reason.startsWith("unknown event type 'conversation.closed' (known: conversation.opened, message,"),
				reason);
	}

	@Test
	void unknownEnumValueListsTheAllowedOnes() {
		assertEquals("field 'channel' has unknown value \"FAX\" (allowed: VOICE, CHAT, EMAIL, SOCIAL, APP, IN_PERSON)",
				problem(Json.opened("x").str("channel", "FAX")));
		assertEquals("field 'priority' has unknown value \"critical\" (allowed: low, normal, high, urgent)",
				problem(Json.opened("x").str("priority", "critical")));
	}

	@Test
	void everyProblemOfALineIsReported() {
		EventFormatException e = assertThrows(EventFormatException.class,
				() -> decode(Json.opened("x").without("customer").str("channel", "FAX").str("at", "soon")));
		assertEquals(3, e.problems().size(), e.getMessage());
		assertTrue(e.problems().contains("missing required field 'customer'"));
	}

	@ParameterizedTest
	@CsvSource({ "csat,0", "csat,6", "nps,-1", "nps,11", "ces,0", "ces,8", "csi,-0.5", "csi,100.5" })
	void surveyScoresOutOfRangeAreRejected(String kind, String score) {
		String reason = problem(surveyResponse(kind, score));
		assertTrue(reason.startsWith(kind + " score " + score.replaceAll("\\.0$", "") + " is out of range"), reason);
	}

	@ParameterizedTest
	@CsvSource({ "csat,4.5", "nps,9.5", "ces,3.2" })
	void wholeNumberScalesRejectFractions(String kind, String score) {
		assertTrue(problem(surveyResponse(kind, score)).endsWith("(whole numbers)"));
	}

	@ParameterizedTest
	@CsvSource({ "csat,1", "csat,5", "nps,0", "nps,10", "ces,1", "ces,7", "csi,0", "csi,100", "csi,72.5" })
	void surveyScoresAtTheBoundsAreAccepted(String kind, String score) throws Exception {
		Event.SurveyResponse response = (Event.SurveyResponse) decode(surveyResponse(kind, score));
		assertEquals(SurveyKind.valueOf(kind.toUpperCase()), response.kind());
		assertEquals(Double.parseDouble(score), response.score());
	}

	@Test
	void qaScoreMustBeWithin0And100() throws Exception {
		assertEquals("QA score 101 is out of range 0–100", problem(qaReview("101")));
		Event.QaReview review = (Event.QaReview) decode(qaReview("0").raw("critical_failed", "true"));
		assertTrue(review.criticalFailed());
	}

	@Test
	void handleSecondsAreDurationsAndNeverNegative() throws Exception {
		Event.Handle handle = (Event.Handle) decode(handle());
		assertEquals(Duration.ofSeconds(185).plusMillis(500), handle.total());
		assertEquals("field 'hold_s' must not be negative: -3", problem(handle().raw("hold_s", "-3")));
		assertEquals("field 'talk_s' must be a number, not \"120\"", problem(handle().str("talk_s", "120")));
	}

	@Test
	void taggedNeedsAtLeastOneClassification() throws Exception {
		assertEquals("tagged event names none of 'topic', 'stage', 'priority', 'outcome'",
				problem(Json.conversationEvent("x", "tagged")));
		Event.Tagged tagged = (Event.Tagged) decode(Json.conversationEvent("x", "tagged").str("outcome", "converted"));
		assertEquals(Optional.of("converted"), tagged.outcome());
	}

	@Test
	void identitiesAreCheckedOneByOne() {
		assertEquals("identities[1].kind has unknown value \"fax\" (allowed: email, phone, facebook, zalo, app)",
				problem(identity().raw("identities",
						"[{\"kind\":\"email\",\"value\":\"a@b.vn\"},{\"kind\":\"fax\",\"value\":\"1\"}]")));
		assertEquals("field 'identities' is empty", problem(identity().raw("identities", "[]")));
	}

	@Test
	void idsMustBeNonEmptyStrings() {
		assertEquals("field 'id' is empty", problem(Json.opened("  ")));
		assertEquals("field 'id' must be a string, not 42", problem(Json.opened("x").raw("id", "42")));
	}

	@Test
	void malformedJsonIsReportedWithItsColumn() {
		assertEquals("not valid JSON: expected ',' or '}' at column 11",
				assertThrows(EventFormatException.class, () -> EventCodec.decode("{\"id\":\"a\" \"type\":1}"))
						.getMessage());
		assertEquals("not valid JSON: expected a JSON object '{' at column 1",
				assertThrows(EventFormatException.class, () -> EventCodec.decode("[1,2]")).getMessage());
	}

	@Test
	void unknownFieldsAreKeptAndWrittenBack() throws Exception {
		String line = Json.conversationEvent("m", "message").str("author", "customer").str("text", "Xin chào")
				.raw("meta", "{\"lang\":\"vi\",\"n\":[1,2]}").toString();
		Event event = EventCodec.decode(line);
		assertEquals(Map.of("text", "\"Xin chào\"", "meta", "{\"lang\":\"vi\",\"n\":[1,2]}"),
				event.header().extensions());
		assertEquals(event, EventCodec.decode(EventCodec.encode(event)));
		assertTrue(EventCodec.encode(event).endsWith(",\"text\":\"Xin chào\",\"meta\":{\"lang\":\"vi\",\"n\":[1,2]}}"));
	}

	@Test
	void everyTypeSurvivesARoundTrip() throws Exception {
		List<Json> all = List.of(
				Json.opened("1").str("priority", "high").str("stage", "pre_sale").str("topic", "payment")
						.str("sla_policy", "p").str("direction", "out"),
				Json.conversationEvent("2", "message").str("author", "agent").raw("public", "false").str("agent", "a"),
				Json.conversationEvent("3", "assigned").str("agent", "a").str("team", "t"),
				Json.conversationEvent("4", "transferred").str("agent", "b"),
				Json.conversationEvent("5", "escalated").raw("tier", "2").str("team", "t2"),
				Json.conversationEvent("6", "bot.handoff"), Json.conversationEvent("7", "resolved").str("agent", "a"),
				Json.conversationEvent("8", "reopened"),
				Json.conversationEvent("9", "tagged").str("topic", "complaint").str("priority", "low"),
				Json.conversationEvent("10", "queue.entered").str("queue", "q1"),
				Json.conversationEvent("11", "queue.answered").str("agent", "a"),
				Json.conversationEvent("12", "queue.abandoned"), handle(), surveySent(),
				surveyResponse("nps", "9").str("comment", "Nhân viên nhiệt tình \"tốt\"\n"), qaReview("87.5"),
				order().str("currency", "VND").raw("margin", "0.35"), identity());
		for (Json json : all) {
			Event event = decode(json);
			String encoded = EventCodec.encode(event);
			assertEquals(event, EventCodec.decode(encoded), encoded);
			assertFalse(encoded.contains("\n"), "one line: " + encoded);
		}
		Event.Order order = (Event.Order) decode(all.get(all.size() - 2));
		assertEquals(new BigDecimal("1250000.50"), order.amount());
	}

	private static Json handle() {
		return Json.conversationEvent("h", "handle").raw("talk_s", "150").raw("hold_s", "20.5").raw("wrap_s", "15");
	}

	private static Json surveySent() {
		return Json.conversationEvent("s", "survey.sent").str("survey", "csat-chat").str("kind", "csat");
	}

	private static Json surveyResponse(String kind, String score) {
		return Json.conversationEvent("r", "survey.response").str("survey", "s-1").str("kind", kind).raw("score", score);
	}

	private static Json qaReview(String score) {
		return Json.conversationEvent("q", "qa.review").str("scorecard", "chat-2026").raw("score", score)
				.str("reviewer", "sup-1");
	}

	private static Json order() {
		return Json.event("o", "order").str("customer", "cu-1").raw("amount", "1250000.50");
	}

	private static Json identity() {
		return Json.event("i", "customer.identity").str("customer", "cu-1").raw("identities",
				"[{\"kind\":\"phone\",\"value\":\"+84901234567\"},{\"kind\":\"zalo\",\"value\":\"z-9\"}]");
	}
}
