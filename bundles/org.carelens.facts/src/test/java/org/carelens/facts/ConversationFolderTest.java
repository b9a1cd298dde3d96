package org.carelens.facts;

import static org.carelens.facts.Conversation.vn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Event;
import org.carelens.core.api.Priority;
import org.carelens.core.api.SurveyKind;
import org.carelens.core.api.org.Agent;
import org.carelens.core.api.org.Manager;
import org.carelens.core.api.org.Organization;
import org.carelens.core.api.org.Site;
import org.carelens.core.api.org.Team;
import org.carelens.core.api.sla.SlaMetric;
import org.carelens.core.api.sla.SlaPolicy;
import org.carelens.core.api.sla.SlaTarget;
import org.carelens.core.api.time.BusinessCalendar;
import org.carelens.core.api.time.Holiday;
import org.carelens.core.api.time.WeeklyHours;
import org.junit.jupiter.api.Test;

class ConversationFolderTest {

	/** Mon–Fri 08:00–12:00, 13:30–17:30, Sat 08:00–12:00; 2/9/2026 closed. */
	private static final BusinessCalendar OFFICE = new BusinessCalendar("office", "Văn phòng", Conversation.VN,
			WeeklyHours.parse("Mon-Fri 08:00-12:00,13:30-17:30; Sat 08:00-12:00"),
			List.of(new Holiday(LocalDate.of(2026, 9, 2), "Quốc khánh")));

	private static final SlaPolicy CHAT_SLA = new SlaPolicy("chat", "Chat", Optional.empty(), List.of(
			new SlaTarget(SlaMetric.FIRST_RESPONSE, Optional.empty(), Optional.empty(), Duration.ofMinutes(2)),
			new SlaTarget(SlaMetric.NEXT_REPLY, Optional.empty(), Optional.empty(), Duration.ofMinutes(5)),
			new SlaTarget(SlaMetric.RESOLUTION, Optional.empty(), Optional.empty(), Duration.ofHours(1))));

	private static final SlaPolicy EMAIL_SLA = new SlaPolicy("email", "Email", Optional.of("office"), List.of(
			new SlaTarget(SlaMetric.FIRST_RESPONSE, Optional.empty(), Optional.empty(), Duration.ofHours(8))));

	private static final Organization ORG = new Organization(
			List.of(new Site("hn", "Hà Nội", Optional.of("VN"), Optional.of("Bắc")),
					new Site("hcm", "TP.HCM", Optional.of("VN"), Optional.of("Nam"))),
			List.of(new Manager("m1", "Nguyễn Thị Lan", Optional.of("hn")),
					new Manager("m2", "Trần Văn Minh", Optional.of("hcm"))),
			List.of(new Team("t1", "Hotline HN", Optional.of("hn"), Optional.of("m1")),
					new Team("t2", "Digital HCM", Optional.of("hcm"), Optional.of("m2"))),
			List.of(new Agent("a1", "Lê Thu Hà", Optional.of("t1"), Optional.empty()),
					new Agent("a2", "Phạm Quang Huy", Optional.of("t2"), Optional.empty())));

	private static final FactContext CONTEXT = new FactContext(Map.of("office", OFFICE),
			Map.of("chat", CHAT_SLA, "email", EMAIL_SLA), ORG, FactContext.DEFAULT_FCR_WINDOW);

	private static ConversationFact fold(Conversation conversation) {
		return ConversationFolder.fold(conversation.events(), CONTEXT).orElseThrow();
	}

	private static Span wall(Duration duration) {
		return new Span(duration, duration);
	}

	@Test
	void firstResponseExcludesBotMessagesInternalNotesAndAutoReplies() {
		ConversationFact fact = fold(new Conversation("c").opened("2026-03-03T10:00", ChannelKind.CHAT, "cu")
				.customer("2026-03-03T10:00").autoReply("2026-03-03T10:00:05").bot("2026-03-03T10:00:06")
				.note("2026-03-03T10:01", "a1").reply("2026-03-03T10:03", "a1"));

		assertEquals(Optional.of(vn("2026-03-03T10:03")), fact.timeline().firstResponse());
		assertEquals(Optional.of(wall(Duration.ofMinutes(3))), fact.durations().firstResponse());
		assertEquals(new Counts(1, 1, 2, 1, 0, 0, 0, 0), fact.counts());
	}

	@Test
	void theLatestBotHandoffBeforeTheReplyStartsTheClock() {
		ConversationFact fact = fold(new Conversation("c").opened("2026-03-03T10:00", ChannelKind.SOCIAL, "cu")
				.customer("2026-03-03T10:00").bot("2026-03-03T10:00:10").handoff("2026-03-03T10:05")
				.customer("2026-03-03T10:06").handoff("2026-03-03T10:07").reply("2026-03-03T10:09", "a2")
				.handoff("2026-03-03T10:30"));

		assertEquals(vn("2026-03-03T10:07"), fact.timeline().episodeStart());
		assertEquals(Optional.of(wall(Duration.ofMinutes(2))), fact.durations().firstResponse());
	}

	@Test
	void anUnansweredConversationHasNoFirstResponse() {
		ConversationFact fact = fold(new Conversation("c").opened("2026-03-03T10:00", ChannelKind.EMAIL, "cu")
				.customer("2026-03-03T10:00").note("2026-03-03T11:00", "a1").autoReply("2026-03-03T10:00:01"));
		assertEquals(Optional.empty(), fact.timeline().firstResponse());
		assertEquals(Optional.empty(), fact.durations().firstResponse());
	}

	@Test
	void onVoiceTheAnswerOfTheCallIsTheFirstResponse() {
		ConversationFact answered = fold(new Conversation("v1").opened("2026-03-03T09:00", ChannelKind.VOICE, "cu")
				.queued("2026-03-03T09:00").answered("2026-03-03T09:00:25", "a1")
				.handle("2026-03-03T09:05", 240, 30, 45).resolved("2026-03-03T09:06"));
		assertEquals(Optional.of(wall(Duration.ofSeconds(25))), answered.durations().firstResponse());
		assertEquals(Optional.of(Duration.ofSeconds(25)), answered.queue().waitTime());
		assertFalse(answered.queue().abandoned());
		assertEquals(new Handling(1, Duration.ofSeconds(240), Duration.ofSeconds(30), Duration.ofSeconds(45)),
				answered.handling());
		assertEquals(Duration.ofSeconds(315), answered.handling().total());

		ConversationFact abandoned = fold(new Conversation("v2").opened("2026-03-03T09:00", ChannelKind.VOICE, "cu")
				.queued("2026-03-03T09:00").abandoned("2026-03-03T09:00:04"));
		assertEquals(Optional.empty(), abandoned.timeline().firstResponse(), "an abandoned call is unanswered");
		assertTrue(abandoned.queue().abandoned());
		assertEquals(Optional.of(Duration.ofSeconds(4)), abandoned.queue().abandonWait());
		assertEquals(Optional.empty(), abandoned.queue().waitTime());
	}

	@Test
	void replyTimesRunFromTheFirstMessageOfEachUnansweredRun() {
		ConversationFact fact = fold(new Conversation("c").opened("2026-03-03T10:00", ChannelKind.CHAT, "cu")
				.customer("2026-03-03T10:00").reply("2026-03-03T10:02", "a1") // first response, not a reply time
				.customer("2026-03-03T10:05").customer("2026-03-03T10:06").reply("2026-03-03T10:10", "a1") // 5 min
				.reply("2026-03-03T10:11", "a1") // no run waiting
				.customer("2026-03-03T10:20").bot("2026-03-03T10:20:30").reply("2026-03-03T10:23", "a1") // 3 min
				.customer("2026-03-03T10:40")); // still waiting: no reply time yet

		assertEquals(List.of(wall(Duration.ofMinutes(5)), wall(Duration.ofMinutes(3))), fact.durations().replies());
	}

	@Test
	void aReopenedConversationsClockRunsUntilItIsResolvedAgain() {
		Conversation conversation = new Conversation("c").opened("2026-03-03T10:00", ChannelKind.EMAIL, "cu")
				.reply("2026-03-03T10:30", "a1").resolved("2026-03-03T11:00").reopened("2026-03-04T09:00");
		ConversationFact reopened = fold(conversation);
		assertFalse(reopened.resolved());
		assertEquals(Optional.empty(), reopened.durations().resolution(), "open again: no resolution time");
		assertEquals(Optional.of(wall(Duration.ofHours(1))), reopened.durations().firstResolution());
		assertEquals(Optional.empty(), reopened.timeline().closed());
		assertEquals(1, reopened.counts().reopens());

		ConversationFact resolvedAgain = fold(conversation.resolved("2026-03-04T10:00"));
		assertTrue(resolvedAgain.resolved());
		assertEquals(Optional.of(wall(Duration.ofHours(24))), resolvedAgain.durations().resolution());
		assertEquals(Optional.of(wall(Duration.ofHours(1))), resolvedAgain.durations().firstResolution());
		assertEquals(Optional.of(vn("2026-03-04T10:00")), resolvedAgain.timeline().closed());
	}

	@Test
	void businessTimeSkipsTheWeekendTheLunchBreakAndHolidays() {
		ConversationFact weekend = fold(new Conversation("w").opened("2026-03-06T16:00", ChannelKind.EMAIL, "cu",
				Optional.empty(), Optional.empty(), Optional.of("email")).reply("2026-03-09T09:00", "a1"));
		// Fri 16:00 -> Mon 09:00: 65 h on the wall, 1.5 h Fri + 4 h Sat + 1 h Mon in business time
		assertEquals(Optional.of(new Span(Duration.ofHours(65), Duration.ofMinutes(390))),
				weekend.durations().firstResponse());

		ConversationFact lunch = fold(new Conversation("l").opened("2026-03-03T11:30", ChannelKind.EMAIL, "cu",
				Optional.empty(), Optional.empty(), Optional.of("email")).reply("2026-03-03T14:00", "a1"));
		assertEquals(Optional.of(new Span(Duration.ofMinutes(150), Duration.ofMinutes(60))),
				lunch.durations().firstResponse());

		ConversationFact holiday = fold(new Conversation("h").opened("2026-09-01T17:00", ChannelKind.EMAIL, "cu",
				Optional.empty(), Optional.empty(), Optional.of("email")).reply("2026-09-03T08:30", "a1"));
		assertEquals(Optional.of(new Span(Duration.ofMinutes(930 + 1440), Duration.ofMinutes(60))),
				holiday.durations().firstResponse());
	}

	@Test
	void slaDueTimesFollowTheCalendar() {
		// 8 business hours from Friday 16:00: Fri 1.5 h, Sat 4 h, Mon 08:00-10:30
		ConversationFact fact = fold(new Conversation("e").opened("2026-03-06T16:00", ChannelKind.EMAIL, "cu",
				Optional.empty(), Optional.empty(), Optional.of("email")).reply("2026-03-09T10:45", "a1"));
		assertEquals(Optional.of(new SlaCheck(vn("2026-03-09T10:30"), SlaOutcome.BREACHED)), fact.sla().firstResponse());
		assertEquals(Optional.empty(), fact.sla().resolution(), "the email policy sets no resolution target");
	}

	@Test
	void slaOutcomesPerTarget() {
		Conversation chat = new Conversation("c").opened("2026-03-03T10:00", ChannelKind.CHAT, "cu", Optional.empty(),
				Optional.empty(), Optional.of("chat")).customer("2026-03-03T10:00")
				.reply("2026-03-03T10:01:30", "a1") // first response in 90 s: met
				.customer("2026-03-03T10:05").reply("2026-03-03T10:10", "a1") // exactly 5 min: met
				.customer("2026-03-03T10:20").reply("2026-03-03T10:26", "a1") // 6 min: breached
				.customer("2026-03-03T10:30"); // waiting, due 10:35
		ConversationFact open = fold(chat);
		assertEquals(Optional.of(new SlaCheck(vn("2026-03-03T10:02"), SlaOutcome.MET)), open.sla().firstResponse());
		assertEquals(Optional.of(new SlaCheck(vn("2026-03-03T11:00"), SlaOutcome.PENDING)), open.sla().resolution());
		assertEquals(2, open.sla().nextRepliesChecked());
		assertEquals(1, open.sla().nextRepliesBreached());
		assertEquals(Optional.of(new SlaCheck(vn("2026-03-03T10:35"), SlaOutcome.PENDING)), open.sla().nextReplyPending());
		assertFalse(open.sla().compliantAt(vn("2026-03-03T10:31")), "a next reply was late");

		ConversationFact unanswered = fold(new Conversation("u").opened("2026-03-03T10:00", ChannelKind.CHAT, "cu",
				Optional.empty(), Optional.empty(), Optional.of("chat")));
		SlaCheck first = unanswered.sla().firstResponse().orElseThrow();
		assertEquals(SlaOutcome.PENDING, first.outcome());
		assertFalse(first.missedAt(vn("2026-03-03T10:02")), "due at 10:02: not yet missed then");
		assertTrue(first.missedAt(vn("2026-03-03T10:02:01")), "overdue a second later");
		assertTrue(unanswered.sla().compliantAt(vn("2026-03-03T10:01")));
		assertFalse(unanswered.sla().compliantAt(vn("2026-03-03T10:03")));
	}

	@Test
	void anUnknownPolicyAppliesNoTargetButIsRemembered() {
		ConversationFact fact = fold(new Conversation("c").opened("2026-03-03T10:00", ChannelKind.CHAT, "cu",
				Optional.empty(), Optional.empty(), Optional.of("gold")).reply("2026-03-03T12:00", "a1"));
		assertEquals(Optional.of("gold"), fact.sla().policy());
		assertFalse(fact.sla().applies());
	}

	@Test
	void aConversationCountsForTheAgentWhoOwnedItAtResolution() {
		ConversationFact fact = fold(new Conversation("c").openedByTeam("2026-03-03T10:00", ChannelKind.CHAT, "cu", "t1")
				.assigned("2026-03-03T10:01", "a1").reply("2026-03-03T10:02", "a1")
				.transferred("2026-03-03T10:10", "a2").resolved("2026-03-03T10:30"));
		assertEquals(new Ownership(Optional.of("a2"), Optional.of("t2"), Optional.of("hcm"), Optional.of("m2")),
				fact.owner());
		assertEquals(1, fact.counts().transfers());

		ConversationFact resolvedBy = fold(new Conversation("d").openedByTeam("2026-03-03T10:00", ChannelKind.CHAT, "cu", "t2")
				.assigned("2026-03-03T10:01", "a2").resolvedBy("2026-03-03T10:30", "a1"));
		assertEquals(Optional.of("a1"), resolvedBy.owner().agent(), "the resolving agent named on the event");
		assertEquals(Optional.of("t1"), resolvedBy.owner().team());

		ConversationFact open = fold(new Conversation("o").openedByTeam("2026-03-03T10:00", ChannelKind.CHAT, "cu", "t1")
				.assigned("2026-03-03T10:01", "a1"));
		assertEquals(new Ownership(Optional.of("a1"), Optional.of("t1"), Optional.of("hn"), Optional.of("m1")),
				open.owner(), "open: the current owner");

		ConversationFact teamOnly = fold(new Conversation("t").openedByTeam("2026-03-03T10:00", ChannelKind.EMAIL, "cu", "t2"));
		assertEquals(new Ownership(Optional.empty(), Optional.of("t2"), Optional.of("hcm"), Optional.of("m2")),
				teamOnly.owner());
	}

	@Test
	void theLatestAnswerPerKindCountsCreditedToTheOwnerWhenRated() {
		ConversationFact fact = fold(new Conversation("c").opened("2026-03-03T10:00", ChannelKind.CHAT, "cu")
				.assigned("2026-03-03T10:01", "a1").resolved("2026-03-03T10:20")
				.surveySent("2026-03-03T10:30", SurveyKind.CSAT).rated("2026-03-03T10:40", SurveyKind.CSAT, 4)
				.surveySent("2026-03-03T10:30", SurveyKind.NPS).rated("2026-03-03T10:41", SurveyKind.NPS, 9)
				.reopened("2026-03-04T08:00").transferred("2026-03-04T08:05", "a2").resolved("2026-03-04T09:00")
				.surveySent("2026-03-04T09:10", SurveyKind.CSAT).rated("2026-03-04T09:30", SurveyKind.CSAT, 2));

		SurveyScore csat = fact.surveys().get(SurveyKind.CSAT);
		assertEquals(2.0, csat.score());
		assertEquals(Optional.of("a2"), csat.agent());
		assertEquals(Optional.of("a1"), fact.surveys().get(SurveyKind.NPS).agent());
		assertEquals(Map.of(SurveyKind.CSAT, 2, SurveyKind.NPS, 1), fact.surveysSent());
	}

	@Test
	void aFailedCriticalItemMakesTheQaScoreZero() {
		ConversationFact fact = fold(new Conversation("c").opened("2026-03-03T10:00", ChannelKind.CHAT, "cu")
				.reviewed("2026-03-05T10:00", 92, false).reviewed("2026-03-06T10:00", 85, true));
		QaResult qa = fact.qa().orElseThrow();
		assertEquals(0.0, qa.score());
		assertEquals(85.0, qa.reviewScore());
		assertTrue(qa.criticalFailed());
	}

	@Test
	void taggingUpdatesTopicPriorityAndOutcome() {
		ConversationFact fact = fold(new Conversation("c").opened("2026-03-03T10:00", ChannelKind.CHAT, "cu",
				Optional.of("product_info"), Optional.of(Priority.NORMAL), Optional.empty())
				.tagged("2026-03-03T10:05", Optional.of("payment"), Optional.of(Priority.HIGH), Optional.empty())
				.tagged("2026-03-03T10:09", Optional.empty(), Optional.empty(), Optional.of("converted")));
		assertEquals(Optional.of("payment"), fact.topic());
		assertEquals(Optional.of(Priority.HIGH), fact.priority());
		assertEquals(Optional.of("converted"), fact.outcome());
	}

	@Test
	void eventsInAnyOrderGiveTheSameFact() {
		Conversation conversation = new Conversation("c").opened("2026-03-03T10:00", ChannelKind.CHAT, "cu",
				Optional.of("delivery"), Optional.empty(), Optional.of("chat")).customer("2026-03-03T10:00")
				.bot("2026-03-03T10:00:02").handoff("2026-03-03T10:01").assigned("2026-03-03T10:01:30", "a1")
				.reply("2026-03-03T10:02", "a1").customer("2026-03-03T10:04").reply("2026-03-03T10:06", "a1")
				.resolved("2026-03-03T10:10").rated("2026-03-03T10:20", SurveyKind.CSAT, 5);
		ConversationFact inOrder = fold(conversation);
		List<Event> shuffled = new ArrayList<>(conversation.events());
		for (long seed = 1; seed <= 5; seed++) {
			Collections.shuffle(shuffled, new Random(seed));
			assertEquals(inOrder, ConversationFolder.fold(shuffled, CONTEXT).orElseThrow(), "seed " + seed);
		}
	}

	@Test
	void aMessageStampedJustBeforeTheOpeningStillCounts() {
		ConversationFact fact = fold(new Conversation("c").customer("2026-03-03T09:59:59")
				.opened("2026-03-03T10:00", ChannelKind.SOCIAL, "cu").reply("2026-03-03T10:03", "a1"));
		assertEquals(1, fact.counts().customerMessages());
		assertEquals(Optional.of(wall(Duration.ofMinutes(3))), fact.durations().firstResponse());
	}

	@Test
	void noFactBeforeTheConversationIsOpened() {
		assertEquals(Optional.empty(), ConversationFolder.fold(
				new Conversation("c").customer("2026-03-03T10:00").reply("2026-03-03T10:01", "a1").events(), CONTEXT));
	}
}
