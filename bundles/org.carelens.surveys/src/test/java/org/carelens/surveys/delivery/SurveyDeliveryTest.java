package org.carelens.surveys.delivery;

import static org.carelens.surveys.dispatch.Conversations.VN;
import static org.carelens.surveys.dispatch.Conversations.opened;
import static org.carelens.surveys.dispatch.Conversations.vn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.api.Outbound;
import org.carelens.channels.api.OutboundMessage;
import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Event;
import org.carelens.core.api.SurveyKind;
import org.carelens.core.api.survey.DispatchPolicy;
import org.carelens.core.api.survey.LocalizedText;
import org.carelens.core.api.survey.SurveyDefinition;
import org.carelens.facts.ConversationFact;
import org.carelens.surveys.dispatch.DecisionLog;
import org.carelens.surveys.dispatch.DispatchPlanner;
import org.carelens.surveys.dispatch.SkipReason;
import org.carelens.surveys.dispatch.SurveyDecision;
import org.carelens.surveys.link.SurveyLinks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurveyDeliveryTest {

	@TempDir
	Path folder;

	private static final SurveyDefinition CSAT = new SurveyDefinition("csat", "CSAT", SurveyKind.CSAT,
			new LocalizedText("Anh/chị hài lòng không?", "Are you satisfied?"), Optional.empty(), 1, 5,
			EnumSet.of(ChannelKind.EMAIL), List.of(), DispatchPolicy.DEFAULT);

	private final DispatchPlanner planner = new DispatchPlanner(CSAT, c -> VN);
	private final SurveyLinks links = new SurveyLinks(new byte[32], new SecureRandom());
	private final Map<String, Event.SurveySent> stored = new HashMap<>();
	private final List<OutboundMessage> outbox = new ArrayList<>();
	private final Map<String, ConversationFact> facts = new HashMap<>();
	private boolean channelDown;
	private DecisionLog log;
	private SurveyDelivery delivery;

	private final Outbound mail = message -> {
		if (channelDown) {
			throw new ConnectorException("the SMTP server smtp.shop.vn:587 did not take the message");
		}
		outbox.add(message);
		return "m" + outbox.size() + "@shop.vn";
	};

	@BeforeEach
	void open() throws IOException {
		log = DecisionLog.open(folder.resolve("decisions.jsonl"));
		delivery = delivery(Map.of("csat", planner));
	}

	/** @return a delivery of the surveys of {@code planners} that stores what it sends in {@link #stored} */
	private SurveyDelivery delivery(Map<String, DispatchPlanner> planners) {
		return new SurveyDelivery(planners, links, "https://khaosat.shop.vn/survey/", VN, log,
				new SurveyDelivery.Deliveries() {
					@Override
					public boolean stored(String conversation, String eventId) {
						return stored.containsKey(eventId);
					}

					@Override
					public void store(Event.SurveySent sent) {
						stored.put(sent.header().id(), sent);
					}
				});
	}

	@AfterEach
	void close() throws IOException {
		log.close();
	}

	private void resolvedByEmail(String id, String resolvedAt) throws IOException {
		ConversationFact fact = opened(id, "lan@kh.vn", ChannelKind.EMAIL, "hotro", "2026-11-02T09:00")
				.resolved(resolvedAt).fact();
		facts.put(id, fact);
		log.record(planner.decide(fact, log, vn(resolvedAt)).orElseThrow());
	}

	private SurveyDelivery.Round round(String at) throws IOException {
		return delivery.deliverDue(vn(at), id -> Optional.ofNullable(facts.get(id)),
				instance -> instance.equals("hotro") ? Optional.of(mail) : Optional.empty());
	}

	@Test
	void aDueSurveyIsSentOnceWithALinkToItsConversationAndRecordedAsSent() throws IOException {
		resolvedByEmail("c1", "2026-11-02T10:00");
		assertEquals(new SurveyDelivery.Round(0, 0, 0, 0), round("2026-11-02T12:00"), "email waits a day");
		assertEquals(new SurveyDelivery.Round(1, 0, 0, 0), round("2026-11-03T10:00"));
		assertEquals(new SurveyDelivery.Round(0, 0, 0, 0), round("2026-11-03T10:05"), "sent once");

		OutboundMessage message = outbox.get(0);
		assertEquals("lan@kh.vn", message.recipient());
		assertEquals("c1", message.conversation());
		Matcher link = Pattern.compile("https://khaosat\\.shop\\.vn/survey/(\\S+)").matcher(message.text());
		assertTrue(link.find(), message.text());
		SurveyLinks.Check.Valid valid = assertInstanceOf(SurveyLinks.Check.Valid.class,
				links.check(link.group(1), vn("2026-11-04T10:00")));
		assertEquals("c1", valid.link().conversation());
		assertEquals(vn("2026-11-10T10:00"), valid.link().expires(), "a week after sending");
		assertTrue(message.text().contains("10/11/2026") && message.text().contains("10 November 2026"),
				message.text());
		assertTrue(message.text().startsWith("Anh/chị hài lòng không?"), message.text());

		Event.SurveySent sent = stored.values().iterator().next();
		assertEquals(Optional.of("c1"), sent.header().conversation());
		assertEquals("csat", sent.survey());
		assertEquals(SurveyKind.CSAT, sent.kind());
	}

	@Test
	void aConversationReopenedBeforeTheSendTimeIsWithdrawnNotSent() throws IOException {
		resolvedByEmail("c1", "2026-11-02T10:00");
		facts.put("c1", opened("c1", "lan@kh.vn", ChannelKind.EMAIL, "hotro", "2026-11-02T09:00")
				.resolved("2026-11-02T10:00").reopened("2026-11-02T15:00").fact());
		assertEquals(new SurveyDelivery.Round(0, 1, 0, 0), round("2026-11-03T10:00"));
		assertEquals(List.of(), outbox);
		SurveyDecision last = log.decisions().get(log.decisions().size() - 1);
		assertEquals(Optional.of(SkipReason.REOPENED), last.reason());
		assertEquals(List.of(), log.plannedSends());
	}

	@Test
	void aChannelThatFailsIsTriedAgainUntilTheSurveyIsADayLate() throws IOException {
		resolvedByEmail("c1", "2026-11-02T10:00");
		channelDown = true;
		SurveyDelivery.Round failing = round("2026-11-03T10:00");
		assertEquals(1, failing.failed());
		assertEquals(List.of("c1: the SMTP server smtp.shop.vn:587 did not take the message"), failing.problems());
		assertEquals(1, round("2026-11-03T18:00").failed(), "tried again");
		assertEquals(new SurveyDelivery.Round(0, 0, 0, 1), round("2026-11-04T10:01"), "a day late: given up");
		SurveyDecision last = log.decisions().get(log.decisions().size() - 1);
		assertEquals(Optional.of(SkipReason.TOO_LATE), last.reason());
		assertTrue(last.detail().contains("smtp.shop.vn:587 did not take the message"), last.detail());
		channelDown = false;
		assertEquals(new SurveyDelivery.Round(0, 0, 0, 0), round("2026-11-04T11:00"), "not sent after giving up");
		assertEquals(Map.of(), stored);
	}

	@Test
	void aConversationOnAnInstanceThatCannotSendWaitsAndSaysWhy() throws IOException {
		ConversationFact fact = opened("c2", "lan@kh.vn", ChannelKind.EMAIL, "old-mailbox", "2026-11-02T09:00")
				.resolved("2026-11-02T10:00").fact();
		facts.put("c2", fact);
		log.record(planner.decide(fact, log, vn("2026-11-02T10:00")).orElseThrow());
		assertEquals(1, round("2026-11-03T10:00").failed());
		round("2026-11-04T10:01");
		assertTrue(log.decisions().get(log.decisions().size() - 1).detail()
				.contains("the channel instance old-mailbox is not running or cannot send"));
	}

	@Test
	void aChatConversationsInvitationGoesToItsCustomerThroughItsInstanceInTheInstancesLanguage() throws IOException {
		SurveyDefinition social = new SurveyDefinition("csat-chat", "CSAT chat", SurveyKind.CSAT, CSAT.question(),
				Optional.empty(), 1, 5, EnumSet.of(ChannelKind.SOCIAL), List.of(), DispatchPolicy.DEFAULT);
		DispatchPlanner chatPlanner = new DispatchPlanner(social, c -> VN);
		SurveyDelivery chat = delivery(Map.of("csat-chat", chatPlanner));
		Outbound zalo = new Outbound() {
			@Override
			public String send(OutboundMessage message) {
				outbox.add(message);
				return "zalo-msg-" + outbox.size();
			}

			@Override
			public Optional<java.util.Locale> language() {
				return Optional.of(java.util.Locale.forLanguageTag("vi"));
			}
		};
		String customer = "zalo-oa:388613280878808645:246845883529197922";
		ConversationFact fact = opened("z1", customer, ChannelKind.SOCIAL, "zalo-oa", "2026-11-02T09:00")
				.resolved("2026-11-02T10:00").fact();
		facts.put("z1", fact);
		log.record(chatPlanner.decide(fact, log, vn("2026-11-02T10:00")).orElseThrow());

		SurveyDelivery.Round round = chat.deliverDue(vn("2026-11-02T10:06"), id -> Optional.ofNullable(facts.get(id)),
				instance -> instance.equals("zalo-oa") ? Optional.of(zalo) : Optional.empty());
		assertEquals(new SurveyDelivery.Round(1, 0, 0, 0), round, "chat waits minutes, not a day");
		OutboundMessage message = outbox.get(0);
		assertEquals(customer, message.recipient());
		assertEquals("z1", message.conversation());
		assertTrue(message.text().startsWith("Anh/chị hài lòng không?\nXin anh/chị dành một phút trả lời tại: "
				+ "https://khaosat.shop.vn/survey/"), message.text());
		assertTrue(message.text().endsWith("(Liên kết dùng được đến ngày 09/11/2026.)"), message.text());
		assertTrue(!message.text().contains("Are you satisfied?"), "one language: " + message.text());
		assertEquals("csat-chat", stored.values().iterator().next().survey());
	}

	@Test
	void theSentEventIdFollowsTheDecision() {
		SurveyDecision planned = new SurveyDecision("csat", "c1", "lan@kh.vn", ChannelKind.EMAIL,
				Instant.parse("2026-11-02T03:00:00Z"), Instant.parse("2026-11-02T03:00:00Z"),
				Optional.of(Instant.parse("2026-11-03T03:00:00Z")), Optional.empty(), "");
		assertEquals(SurveyDelivery.sentEventId(planned), SurveyDelivery.sentEventId(planned));
		assertTrue(SurveyDelivery.sentEventId(planned).matches("survey-sent-[0-9a-f]{24}"));
	}
}
