package org.carelens.email.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carelens.channels.api.ConnectorInstance;
import org.carelens.channels.api.contract.RecordingSink;
import org.carelens.channels.api.contract.TestContext;
import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Event;
import org.carelens.core.api.SurveyKind;
import org.carelens.core.api.survey.DispatchPolicy;
import org.carelens.core.api.survey.LocalizedText;
import org.carelens.core.api.survey.SurveyDefinition;
import org.carelens.facts.ConversationFact;
import org.carelens.facts.EventsByConversation;
import org.carelens.facts.FactBook;
import org.carelens.facts.FactContext;
import org.carelens.internal.channels.email.EmailConnector;
import org.carelens.internal.kpi.engine.KpiEngineImpl;
import org.carelens.internal.kpi.metrics.standard.StandardMetrics;
import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.FactTable;
import org.carelens.kpi.api.KpiQuery;
import org.carelens.kpi.api.KpiResult;
import org.carelens.kpi.api.TimeBucket;
import org.carelens.surveys.delivery.SurveyDelivery;
import org.carelens.surveys.dispatch.DecisionLog;
import org.carelens.surveys.dispatch.DispatchPlanner;
import org.carelens.surveys.dispatch.SurveyDispatcher;
import org.carelens.surveys.form.RateLimiter;
import org.carelens.surveys.form.ResponseDesk;
import org.carelens.surveys.link.SurveyLink;
import org.carelens.surveys.link.SurveyLinks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * A survey's round trip over a real mail server: a customer's mail thread is read from the mailbox and resolved,
 * the dispatch policy plans a CSAT survey, delivery sends it by SMTP, the customer finds the link in their
 * mailbox and answers on the form, and the agent's CSAT changes. Only the HTTP hop is left out: the form's
 * handler is called as the web endpoint calls it.
 */
class SurveyByEmailEndToEndTest {

	@TempDir
	Path folder;

	private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
	private final Mailbox mailbox = new Mailbox();
	private final List<Event> stored = new ArrayList<>();

	@AfterEach
	void stop() {
		mailbox.close();
	}

	private static Instant at(String time) {
		return Instant.parse("2026-11-23T" + time + ":00Z");
	}

	private Map<String, ConversationFact> fold() {
		EventsByConversation byConversation = new EventsByConversation();
		byConversation.addAll(stored);
		FactBook book = new FactBook(FactContext.EMPTY);
		book.apply(stored, byConversation::eventsOf);
		Map<String, ConversationFact> facts = new HashMap<>();
		book.facts().forEach(f -> facts.put(f.conversation(), f));
		return facts;
	}

	private Optional<KpiResult.Cell> csatOfAgent(String agent) {
		KpiEngineImpl engine = KpiEngineImpl.of(StandardMetrics.all());
		FactTable table = engine.newTable(Optional.empty());
		table.upsert(fold().values());
		KpiResult result = engine.compute(table, KpiQuery.all(at("23:00"), VN).withMetrics(List.of("csat"))
				.withGrouping(List.of(Dimension.AGENT), TimeBucket.NONE));
		return result.rows().stream().filter(r -> r.group().get("agent").equals(Optional.of(agent)))
				.map(r -> r.metrics().get("csat")).findFirst();
	}

	@Test
	void aResolvedMailThreadGetsASurveyByEmailWhoseAnswerChangesTheAgentsCsat() throws Exception {
		// the customer writes, the agent answers from the mailbox; the thread is read and resolved
		mailbox.server.setUser("lan@kh.vn", "lan@kh.vn", "khach");
		mailbox.customerWrites("lan@kh.vn", "a1@kh.vn", "Đơn hàng 1", at("01:00"), null, null, Map.of());
		mailbox.agentReplied("lan@kh.vn", "r1@shop.vn", "Re: Đơn hàng 1", at("01:30"), "a1@kh.vn", "<a1@kh.vn>");
		Map<String, String> settings = new HashMap<>(mailbox.settings());
		settings.put("smtp_host", "127.0.0.1");
		settings.put("smtp_port", Integer.toString(mailbox.server.getSmtp().getPort()));
		settings.put("smtp_security", "none");
		EmailConnector connector = new EmailConnector();
		RecordingSink sink = new RecordingSink();
		ConnectorInstance instance = connector.start(new TestContext("hotro",
				connector.settingsSchema().validate(settings), Optional.empty(), sink));
		instance.pull();
		stored.addAll(sink.committedEvents());
		String conversation = stored.get(0).header().conversation().orElseThrow();
		stored.add(new Event.Resolved(org.carelens.core.api.EventHeader.of("res-1", at("02:00"))
				.withConversation(conversation)));
		assertEquals(Optional.empty(), csatOfAgent("hotro@shop.vn").flatMap(KpiResult.Cell::value),
				"no answer yet: no CSAT");

		// dispatch plans the survey; delivery sends it by SMTP once due (chat delay for a quick test)
		DispatchPolicy d = DispatchPolicy.DEFAULT;
		SurveyDefinition csat = new SurveyDefinition("csat", "CSAT", SurveyKind.CSAT,
				new LocalizedText("Anh/chị hài lòng thế nào?", "How satisfied are you?"),
				Optional.of(new LocalizedText("Góp ý?", "Comments?")), 1, 5, EnumSet.of(ChannelKind.EMAIL), List.of(),
				new DispatchPolicy(d.trigger(), d.campaignTopic(), d.closeAfter(),
						Map.of(ChannelKind.EMAIL, Duration.ofMinutes(10)), 1.0, d.restPeriod(), 2, d.excludedTopics(),
						List.of(), d.quietHours(), d.linkLifetime()));
		DispatchPlanner planner = new DispatchPlanner(csat, customer -> VN);
		SurveyLinks links = new SurveyLinks(SurveyLinks.key(folder.resolve("link.key")), new SecureRandom());
		try (DecisionLog log = DecisionLog.open(folder.resolve(SurveyDispatcher.DECISIONS_FILE))) {
			List<SurveyDispatcher.Tally> tallies = new SurveyDispatcher(List.of(planner))
					.dispatch(sinkOfFacts -> fold().values().forEach(sinkOfFacts), log, at("02:00"));
			assertEquals(1, tallies.get(0).sends(), tallies.toString());
			SurveyDelivery delivery = new SurveyDelivery(Map.of("csat", planner), links,
					"https://khaosat.shop.vn/survey/", VN, log, new SurveyDelivery.Deliveries() {
						@Override
						public boolean stored(String conversation, String eventId) {
							return stored.stream().anyMatch(e -> e.id().equals(eventId));
						}

						@Override
						public void store(Event.SurveySent sent) {
							stored.add(sent);
						}
					});
			// 09:10 in Hà Nội (02:10Z): after the delay, outside the quiet hours
			SurveyDelivery.Round round = delivery.deliverDue(at("02:10"), id -> Optional.ofNullable(fold().get(id)),
					id -> id.equals("hotro") ? instance.outbound() : Optional.empty());
			assertEquals(new SurveyDelivery.Round(1, 0, 0, 0), round);
		}

		// the customer finds the invitation in their mailbox
		assertTrue(mailbox.server.waitForIncomingEmail(5_000, 3), "two thread mails and the invitation");
		MimeMessage invitation = null;
		for (MimeMessage received : mailbox.server.getReceivedMessagesForDomain("kh.vn")) {
			if (received.getSubject().startsWith("Xin ý kiến")) {
				invitation = received;
			}
		}
		assertTrue(invitation != null, "an invitation reached lan@kh.vn");
		String text = (String) ((MimeMultipart) invitation.getContent()).getBodyPart(0).getContent();
		Matcher link = Pattern.compile("https://khaosat\\.shop\\.vn/survey/(\\S+)").matcher(text);
		assertTrue(link.find(), text);
		String token = link.group(1);

		// and answers on the form: 4 of 5, with a comment
		Clock answeredAt = Clock.fixed(at("03:00"), ZoneOffset.UTC);
		ResponseDesk desk = new ResponseDesk(links, id -> id.equals("csat") ? Optional.of(csat) : Optional.empty(),
				new ResponseDesk.Responses() {
					@Override
					public boolean answered(SurveyLink surveyLink) {
						return stored.stream().anyMatch(e -> e.id().equals(surveyLink.responseEventId()));
					}

					@Override
					public void store(Event.SurveyResponse response) {
						stored.add(response);
					}
				}, new RateLimiter(30, Duration.ofMinutes(1), answeredAt), answeredAt);
		assertEquals(200, desk.get(token, Optional.empty(), Optional.of("vi-VN"), "10.1.1.1").status());
		ResponseDesk.Page thanks = desk.post(token,
				"score=4&comment=Nhanh+v%C3%A0+t%E1%BA%ADn+t%C3%ACnh".getBytes(StandardCharsets.US_ASCII),
				Optional.empty(), Optional.of("vi-VN"), "10.1.1.1");
		assertEquals(200, thanks.status());
		assertEquals(200, desk.post(token, "score=1".getBytes(StandardCharsets.US_ASCII), Optional.empty(),
				Optional.empty(), "10.1.1.1").status(), "a second answer is thanked");
		assertEquals(1, stored.stream().filter(e -> e instanceof Event.SurveyResponse).count(), "and not stored");

		// the agent who answered the thread now has a CSAT: one response, 4 of 5 is satisfied
		KpiResult.Cell cell = csatOfAgent("hotro@shop.vn").orElseThrow();
		assertEquals(1.0, cell.value().orElseThrow().value(), "share of responses scoring 4 or 5");
		assertEquals(4.0, cell.value().orElseThrow().fields().get("mean"));
		Event.SurveyResponse response = (Event.SurveyResponse) stored.stream()
				.filter(e -> e instanceof Event.SurveyResponse).findFirst().orElseThrow();
		assertEquals(Optional.of("Nhanh và tận tình"), response.comment());
		assertEquals(Optional.of(conversation), response.header().conversation());
	}
}
