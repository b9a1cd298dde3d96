package org.carelens.surveys.dispatch;

import static org.carelens.surveys.dispatch.Conversations.VN;
import static org.carelens.surveys.dispatch.Conversations.opened;
import static org.carelens.surveys.dispatch.Conversations.vn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Direction;
import org.carelens.core.api.SurveyKind;
import org.carelens.core.api.survey.DispatchPolicy;
import org.carelens.core.api.survey.LocalizedText;
import org.carelens.core.api.survey.QuietHours;
import org.carelens.core.api.survey.SurveyDefinition;
import org.carelens.core.api.survey.SurveyTrigger;
import org.carelens.facts.ConversationFact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DispatchPlannerTest {

	@TempDir
	Path folder;

	private static DispatchPolicy policy(double rate, Duration rest, int cap) {
		DispatchPolicy d = DispatchPolicy.DEFAULT;
		return new DispatchPolicy(d.trigger(), d.campaignTopic(), d.closeAfter(), d.delays(), rate, rest, cap,
				d.excludedTopics(), List.of("*@carelens.vn", "qa-bot"), d.quietHours(), d.linkLifetime());
	}

	private static SurveyDefinition survey(DispatchPolicy policy) {
		return new SurveyDefinition("csat", "CSAT", SurveyKind.CSAT, new LocalizedText("Hài lòng?", "Satisfied?"),
				Optional.empty(), 1, 5, EnumSet.of(ChannelKind.CHAT, ChannelKind.EMAIL, ChannelKind.VOICE), List.of(),
				policy);
	}

	private static DispatchPlanner planner(DispatchPolicy policy) {
		return new DispatchPlanner(survey(policy), customer -> VN);
	}

	/** A history kept in memory, as the decision log keeps it. */
	private static final class Memory implements SurveyHistory {
		final Map<String, SurveyDecision> decided = new HashMap<>();
		final Map<String, List<Instant>> sends = new HashMap<>();

		void record(SurveyDecision decision) {
			decided.put(decision.conversation(), decision);
			decision.sendAt().ifPresent(at -> sends.computeIfAbsent(decision.customerKey(), k -> new ArrayList<>())
					.add(at));
		}

		@Override
		public boolean decided(String survey, String conversation) {
			return decided.containsKey(conversation);
		}

		@Override
		public List<Instant> sendsTo(String customerKey) {
			return sends.getOrDefault(customerKey, List.of());
		}
	}

	private static SurveyDecision decide(DispatchPlanner planner, ConversationFact fact, Memory history,
			Instant now) {
		SurveyDecision decision = planner.decide(fact, history, now).orElseThrow();
		history.record(decision);
		return decision;
	}

	@Test
	void samplingKeepsTheRateWithinToleranceOverTenThousandResolutionsAndIsReproducible() {
		DispatchPlanner planner = planner(policy(0.30, Duration.ofDays(14), 2));
		Random random = new Random(20261123L);
		Memory history = new Memory();
		List<SurveyDecision> first = new ArrayList<>();
		List<ConversationFact> facts = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			String id = "c-" + Long.toHexString(random.nextLong());
			ConversationFact fact = opened(id, "cust-" + i, ChannelKind.CHAT, "2026-11-02T10:00").resolved(
					"2026-11-02T10:20").fact();
			facts.add(fact);
			first.add(decide(planner, fact, history, vn("2026-11-02T10:21")));
		}
		long sent = first.stream().filter(SurveyDecision::sends).count();
		// 30% of 10,000 is 3,000; one standard deviation is sqrt(10,000 × 0.3 × 0.7) ≈ 46: ±150 is over 3σ
		assertTrue(sent >= 2_850 && sent <= 3_150, "sent " + sent + " of 10,000 at a 30% rate");
		assertEquals(10_000 - sent, first.stream().filter(d -> d.reason().equals(Optional.of(SkipReason.NOT_SAMPLED)))
				.count(), "every conversation left out says it was not sampled");

		Memory again = new Memory();
		for (int i = 0; i < facts.size(); i++) {
			assertEquals(first.get(i).sends(), decide(planner, facts.get(i), again, vn("2026-11-02T10:21")).sends(),
					"deciding again draws the same sample");
		}
	}

	@Test
	void aSurveyWaitsTheChannelsDelay() {
		DispatchPlanner planner = planner(DispatchPolicy.DEFAULT);
		Memory history = new Memory();
		SurveyDecision chat = decide(planner,
				opened("c1", "a", ChannelKind.CHAT, "2026-11-02T10:00").resolved("2026-11-02T10:20").fact(), history,
				vn("2026-11-02T10:20"));
		SurveyDecision email = decide(planner,
				opened("c2", "b", ChannelKind.EMAIL, "2026-11-02T09:00").resolved("2026-11-02T10:00").fact(), history,
				vn("2026-11-02T10:00"));
		assertEquals(Optional.of(vn("2026-11-02T10:25")), chat.sendAt(), "chat: 5 minutes after the resolution");
		assertEquals(Optional.of(vn("2026-11-03T10:00")), email.sendAt(), "email: a day after the resolution");
		assertEquals(vn("2026-11-02T10:20"), chat.trigger());
	}

	@Test
	void nothingIsSentInTheQuietHoursOfTheCustomersZone() {
		DispatchPlanner vietnam = planner(DispatchPolicy.DEFAULT);
		SurveyDecision late = decide(vietnam,
				opened("c1", "a", ChannelKind.CHAT, "2026-11-02T22:00").resolved("2026-11-02T22:30").fact(),
				new Memory(), vn("2026-11-02T22:30"));
		assertEquals(Optional.of(vn("2026-11-03T08:00")), late.sendAt(), "22:35 is quiet: sent at 08:00 next day");
		SurveyDecision early = decide(vietnam,
				opened("c2", "b", ChannelKind.CHAT, "2026-11-03T06:00").resolved("2026-11-03T06:10").fact(),
				new Memory(), vn("2026-11-03T06:10"));
		assertEquals(Optional.of(vn("2026-11-03T08:00")), early.sendAt(), "06:15 is quiet: sent at 08:00 that day");

		// 16:00 in Hà Nội is 10:00 in Berlin (UTC+1 in November): not quiet there either way
		DispatchPlanner abroad = new DispatchPlanner(survey(DispatchPolicy.DEFAULT),
				customer -> customer.equals("traveller") ? ZoneId.of("Europe/Berlin") : VN);
		SurveyDecision berlin = decide(abroad,
				opened("c3", "traveller", ChannelKind.CHAT, "2026-11-03T03:00").resolved("2026-11-03T03:30").fact(),
				new Memory(), vn("2026-11-03T03:30"));
		// 03:35 in Vietnam is 21:35 the evening before in Berlin: quiet there until 08:00 Berlin = 14:00 Vietnam
		assertEquals(Optional.of(vn("2026-11-03T14:00")), berlin.sendAt());
	}

	@Test
	void quietHoursEndingInADaylightSavingGapMoveForward() {
		ZoneId newYork = ZoneId.of("America/New_York");
		// 2026-03-08: clocks go from 02:00 EST to 03:00 EDT; 02:30 does not exist and becomes 03:30 EDT (07:30Z)
		QuietHours quiet = new QuietHours(LocalTime.of(1, 0), LocalTime.of(2, 30));
		Instant due = Instant.parse("2026-03-08T06:30:00Z"); // 01:30 EST
		assertEquals(Instant.parse("2026-03-08T07:30:00Z"), DispatchPlanner.outsideQuietHours(due, newYork, quiet));
		assertEquals(due.minusSeconds(3600), DispatchPlanner.outsideQuietHours(due.minusSeconds(3600), newYork,
				quiet), "00:30 is before the quiet hours");
	}

	@Test
	void aCustomerIsNotAskedAgainWithinTheRestPeriod() {
		DispatchPlanner planner = planner(policy(1.0, Duration.ofDays(14), 5));
		Memory history = new Memory();
		assertTrue(decide(planner, opened("c1", "a", ChannelKind.CHAT, "2026-11-01T10:00")
				.resolved("2026-11-01T10:30").fact(), history, vn("2026-11-01T10:30")).sends());
		SurveyDecision soon = decide(planner, opened("c2", "a", ChannelKind.EMAIL, "2026-11-05T10:00")
				.resolved("2026-11-05T11:00").fact(), history, vn("2026-11-05T11:00"));
		assertEquals(Optional.of(SkipReason.REST_PERIOD), soon.reason());
		assertTrue(soon.detail().contains("14 days"), soon.detail());
		assertTrue(decide(planner, opened("c3", "a", ChannelKind.CHAT, "2026-11-16T10:00")
				.resolved("2026-11-16T10:30").fact(), history, vn("2026-11-16T10:30")).sends(),
				"15 days later the customer may be asked again");
	}

	@Test
	void aCustomerGetsAtMostTheCapIn30Days() {
		DispatchPlanner planner = planner(policy(1.0, Duration.ZERO, 2));
		Memory history = new Memory();
		assertTrue(decide(planner, opened("c1", "a", ChannelKind.CHAT, "2026-11-01T10:00")
				.resolved("2026-11-01T10:30").fact(), history, vn("2026-11-01T10:30")).sends());
		assertTrue(decide(planner, opened("c2", "a", ChannelKind.CHAT, "2026-11-10T10:00")
				.resolved("2026-11-10T10:30").fact(), history, vn("2026-11-10T10:30")).sends());
		SurveyDecision third = decide(planner, opened("c3", "a", ChannelKind.CHAT, "2026-11-20T10:00")
				.resolved("2026-11-20T10:30").fact(), history, vn("2026-11-20T10:30"));
		assertEquals(Optional.of(SkipReason.CAP_REACHED), third.reason());
		assertTrue(decide(planner, opened("c4", "b", ChannelKind.CHAT, "2026-11-20T10:00")
				.resolved("2026-11-20T10:30").fact(), history, vn("2026-11-20T10:30")).sends(),
				"another customer is not capped");
		assertTrue(decide(planner, opened("c5", "a", ChannelKind.CHAT, "2026-12-11T10:00")
				.resolved("2026-12-11T10:30").fact(), history, vn("2026-12-11T10:30")).sends(),
				"31 days after the second survey, the first window has passed");
	}

	@Test
	void exclusionsSayWhy() {
		DispatchPlanner planner = planner(policy(1.0, Duration.ZERO, 9));
		Instant now = vn("2026-11-02T11:00");
		assertEquals(Optional.of(SkipReason.EXCLUDED_TOPIC), decide(planner,
				opened("c1", "a", ChannelKind.CHAT, "2026-11-02T10:00", Direction.INBOUND, Optional.of("spam"))
						.resolved("2026-11-02T10:30").fact(), new Memory(), now).reason());
		assertEquals(Optional.of(SkipReason.INTERNAL_CUSTOMER), decide(planner,
				opened("c2", "lan@CareLens.vn", ChannelKind.EMAIL, "2026-11-02T10:00").resolved("2026-11-02T10:30")
						.fact(), new Memory(), now).reason());
		assertEquals(Optional.of(SkipReason.INTERNAL_CUSTOMER), decide(planner,
				opened("c3", "qa-bot", ChannelKind.CHAT, "2026-11-02T10:00").resolved("2026-11-02T10:30").fact(),
				new Memory(), now).reason());
		assertEquals(Optional.of(SkipReason.NO_REAL_CUSTOMER), decide(planner,
				Conversations.silent("c4", "a", ChannelKind.CHAT, "2026-11-02T10:00").resolved("2026-11-02T10:30")
						.fact(), new Memory(), now).reason());
		assertEquals(Optional.of(SkipReason.CHANNEL_NOT_SURVEYED), decide(planner,
				opened("c5", "a", ChannelKind.SOCIAL, "2026-11-02T10:00").resolved("2026-11-02T10:30").fact(),
				new Memory(), now).reason());
		assertTrue(decide(planner, opened("c6", "lan@carelens.vn.example.com", ChannelKind.CHAT, "2026-11-02T10:00")
				.resolved("2026-11-02T10:30").fact(), new Memory(), now).sends(),
				"a pattern matches the whole id, not a part of it");
	}

	@Test
	void onlyResolvedConversationsTriggerAndEachIsDecidedOnce() {
		DispatchPlanner planner = planner(DispatchPolicy.DEFAULT);
		Memory history = new Memory();
		ConversationFact open = opened("c1", "a", ChannelKind.CHAT, "2026-11-02T10:00").fact();
		assertEquals(Optional.empty(), planner.decide(open, history, vn("2026-11-02T10:30")));
		ConversationFact resolved = opened("c1", "a", ChannelKind.CHAT, "2026-11-02T10:00")
				.resolved("2026-11-02T10:30").fact();
		assertEquals(Optional.empty(), planner.decide(resolved, history, vn("2026-11-02T10:29")),
				"resolved after the instant decided at: not triggered yet");
		decide(planner, resolved, history, vn("2026-11-02T10:30"));
		assertEquals(Optional.empty(), planner.decide(resolved, history, vn("2026-11-02T10:31")),
				"decided once, not again");
	}

	@Test
	void aBacklogFromThePastIsNotSurveyed() {
		DispatchPlanner planner = planner(DispatchPolicy.DEFAULT);
		SurveyDecision old = decide(planner, opened("c1", "a", ChannelKind.CHAT, "2026-10-01T10:00")
				.resolved("2026-10-01T10:30").fact(), new Memory(), vn("2026-11-02T10:00"));
		assertEquals(Optional.of(SkipReason.TOO_LATE), old.reason());
		SurveyDecision yesterday = decide(planner, opened("c2", "a", ChannelKind.CHAT, "2026-11-01T14:00")
				.resolved("2026-11-01T14:30").fact(), new Memory(), vn("2026-11-02T10:00"));
		assertTrue(yesterday.sends(), "due 20 hours ago: within the day's grace, sent now");
	}

	@Test
	void theClosedTriggerWaitsForTheResolutionToStand() {
		DispatchPolicy d = DispatchPolicy.DEFAULT;
		DispatchPlanner planner = planner(new DispatchPolicy(SurveyTrigger.CLOSED, Optional.empty(),
				Duration.ofHours(72), d.delays(), 1.0, d.restPeriod(), 2, d.excludedTopics(), List.of(),
				d.quietHours(), d.linkLifetime()));
		ConversationFact fact = opened("c1", "a", ChannelKind.CHAT, "2026-11-02T09:00").resolved("2026-11-02T10:00")
				.fact();
		assertEquals(Optional.empty(), planner.decide(fact, new Memory(), vn("2026-11-04T10:00")), "48 h: not closed");
		SurveyDecision closed = decide(planner, fact, new Memory(), vn("2026-11-05T10:00"));
		assertEquals(vn("2026-11-05T10:00"), closed.trigger());
		assertEquals(Optional.of(vn("2026-11-05T10:05")), closed.sendAt());
	}

	@Test
	void aCampaignSurveysTheOutboundConversationsOfItsTopic() {
		DispatchPolicy d = DispatchPolicy.DEFAULT;
		DispatchPlanner planner = planner(new DispatchPolicy(SurveyTrigger.CAMPAIGN, Optional.of("happy_call"),
				d.closeAfter(), d.delays(), 1.0, d.restPeriod(), 2, d.excludedTopics(), List.of(), d.quietHours(),
				d.linkLifetime()));
		Instant now = vn("2026-11-02T11:00");
		ConversationFact call = opened("c1", "a", ChannelKind.VOICE, "2026-11-02T10:00", Direction.OUTBOUND,
				Optional.of("happy_call")).resolved("2026-11-02T10:10").fact();
		assertTrue(planner.decide(call, new Memory(), now).orElseThrow().sends());
		ConversationFact inbound = opened("c2", "b", ChannelKind.VOICE, "2026-11-02T10:00", Direction.INBOUND,
				Optional.of("happy_call")).resolved("2026-11-02T10:10").fact();
		assertEquals(Optional.empty(), planner.decide(inbound, new Memory(), now));
		ConversationFact otherTopic = opened("c3", "b", ChannelKind.VOICE, "2026-11-02T10:00", Direction.OUTBOUND,
				Optional.of("sales")).resolved("2026-11-02T10:10").fact();
		assertEquals(Optional.empty(), planner.decide(otherTopic, new Memory(), now));
	}

	@Test
	void aSurveyIsWithdrawnWhenTheConversationIsReopenedAndDecidedAgainAtTheNextResolution() throws Exception {
		DispatchPlanner planner = planner(DispatchPolicy.DEFAULT);
		try (DecisionLog log = DecisionLog.open(folder.resolve("decisions.jsonl"))) {
			ConversationFact first = opened("c1", "a", ChannelKind.CHAT, "2026-11-02T10:00")
					.resolved("2026-11-02T10:30").fact();
			SurveyDecision planned = planner.decide(first, log, vn("2026-11-02T10:30")).orElseThrow();
			log.record(planned);
			assertEquals(Optional.empty(), planner.confirm(planned, first, vn("2026-11-02T10:35")),
					"still resolved at the send time: it goes");

			ConversationFact reopened = opened("c1", "a", ChannelKind.CHAT, "2026-11-02T10:00")
					.resolved("2026-11-02T10:30").reopened("2026-11-02T10:33").fact();
			SurveyDecision withdrawn = planner.confirm(planned, reopened, vn("2026-11-02T10:35")).orElseThrow();
			assertEquals(Optional.of(SkipReason.REOPENED), withdrawn.reason());
			log.record(withdrawn);
			assertFalse(log.decided("csat", "c1"), "a withdrawn send lets the next resolution be decided");
			assertEquals(List.of(), log.sendsTo("a"), "a withdrawn send does not count against the caps");

			ConversationFact again = opened("c1", "a", ChannelKind.CHAT, "2026-11-02T10:00")
					.resolved("2026-11-02T10:30").reopened("2026-11-02T10:33").resolved("2026-11-02T11:00").fact();
			SurveyDecision second = planner.decide(again, log, vn("2026-11-02T11:00")).orElseThrow();
			assertEquals(Optional.of(vn("2026-11-02T11:05")), second.sendAt());
			assertEquals(Optional.of(SkipReason.REOPENED), planner.confirm(planned, again, vn("2026-11-02T11:05"))
					.flatMap(SurveyDecision::reason), "the first plan stays withdrawn: it asked about 10:30");
		}
	}

	@Test
	void theSampleDrawIsSpreadEvenlyAndDependsOnTheSurvey() {
		assertTrue(DispatchPlanner.draw("csat", "c1") >= 0 && DispatchPlanner.draw("csat", "c1") < 1);
		assertFalse(DispatchPlanner.draw("csat", "c1") == DispatchPlanner.draw("nps", "c1"),
				"two surveys draw two samples");
		int[] deciles = new int[10];
		for (int i = 0; i < 10_000; i++) {
			deciles[(int) (DispatchPlanner.draw("csat", "conv-" + i) * 10)]++;
		}
		for (int count : deciles) {
			// 1,000 expected per decile, standard deviation 30: ±120 is 4σ
			assertTrue(count > 880 && count < 1_120, "decile count " + count);
		}
	}
}
