package org.carelens.internal.kpi.metrics.standard;

import static org.carelens.core.api.ChannelKind.CHAT;
import static org.carelens.core.api.ChannelKind.EMAIL;
import static org.carelens.core.api.ChannelKind.VOICE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SpeedMetricsTest {

	private static Map<String, Object> durations(long n, double mean, double median, double p90) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("n", n);
		fields.put("mean", mean);
		fields.put("median", median);
		fields.put("p90", p90);
		return fields;
	}

	@Test
	void firstResponseStartsAtBotHandoffIgnoresBotsAndNotesAndCountsUnanswered() {
		Kpi kpi = new Kpi().add(
				// bot talks first, hands off at 09:05, the agent answers at 09:07: 120 s
				new Conversation("c1").opened("2026-03-02T09:00", CHAT, "A").bot("2026-03-02T09:00:10")
						.handoff("2026-03-02T09:05").reply("2026-03-02T09:07", "ag1"),
				new Conversation("c2").opened("2026-03-02T10:00", CHAT, "B").customer("2026-03-02T10:00")
						.reply("2026-03-02T10:01", "ag1"),
				// an internal note is no response: unanswered
				new Conversation("c3").opened("2026-03-02T11:00", CHAT, "C").customer("2026-03-02T11:00")
						.note("2026-03-02T11:01", "ag1"),
				// a call is answered when it leaves the queue to an agent: 30 s
				new Conversation("c4").opened("2026-03-02T12:00", VOICE, "D").queued("2026-03-02T12:00")
						.answered("2026-03-02T12:00:30", "ag2"),
				// an abandoned call is unanswered
				new Conversation("c5").opened("2026-03-02T13:00", VOICE, "E").queued("2026-03-02T13:00")
						.abandoned("2026-03-02T13:00:40"));
		// 30, 60, 120: mean 70, median 60, p90 = 60 + 0.8 * (120 - 60) = 108
		Map<String, Object> expected = durations(3, 70.0, 60.0, 108.0);
		expected.put("unanswered", 2L);
		assertEquals(expected, kpi.fields("first_response_time"));
	}

	@Test
	void firstResponseHasNoValueWhenNothingWasAnswered() {
		Kpi kpi = new Kpi().add(new Conversation("c1").opened("2026-03-02T11:00", CHAT, "C")
				.customer("2026-03-02T11:00").bot("2026-03-02T11:00:05"));
		assertEquals(Optional.empty(), kpi.value("first_response_time"));
	}

	@Test
	void replyTimeMeasuresEachRunOfCustomerMessagesFromItsFirstMessage() {
		Kpi kpi = new Kpi().add(new Conversation("c1").opened("2026-03-02T08:00", EMAIL, "A")
				.customer("2026-03-02T08:00").reply("2026-03-02T08:30", "ag1") // first response, not a reply run
				.customer("2026-03-02T09:00").customer("2026-03-02T09:10").reply("2026-03-02T09:40", "ag1") // 2400
				.customer("2026-03-02T10:00").reply("2026-03-02T10:05", "ag1")); // 300
		// 300, 2400: mean 1350, median 1350, p90 = 300 + 0.9 * 2100 = 2190
		assertEquals(durations(2, 1350.0, 1350.0, 2190.0), kpi.fields("reply_time"));
	}

	@Test
	void resolutionTimeRunsUntilTheResolutionAfterAReopenAndLeavesReopenedOpenOnesOut() {
		Kpi kpi = new Kpi().add(
				new Conversation("c1").opened("2026-03-02T08:00", EMAIL, "A").resolved("2026-03-02T09:00")
						.reopened("2026-03-02T10:00").resolved("2026-03-02T12:00"),
				new Conversation("c2").opened("2026-03-02T08:00", EMAIL, "B").resolved("2026-03-02T08:30"),
				new Conversation("c3").opened("2026-03-02T08:00", EMAIL, "C").resolved("2026-03-02T09:00")
						.reopened("2026-03-02T09:30"));
		// 1800 and 14400: p90 = 1800 + 0.9 * 12600 = 13140
		assertEquals(durations(2, 8100.0, 8100.0, 13140.0), kpi.fields("resolution_time"));
		// the first resolutions: 1800, 3600, 3600
		assertEquals(durations(3, 3000.0, 3600.0, 3600.0), kpi.fields("first_resolution_time"));
	}

	@Test
	void handleTimeIsTalkHoldAndWrapPerHandledContact() {
		Kpi kpi = new Kpi().add(
				new Conversation("c1").opened("2026-03-02T08:00", VOICE, "A").queued("2026-03-02T08:00")
						.answered("2026-03-02T08:00:05", "ag1").handle("2026-03-02T08:07", 300, 60, 40),
				// two contacts, 300 s and 100 s: 200 s per contact
				new Conversation("c2").opened("2026-03-02T09:00", VOICE, "B").queued("2026-03-02T09:00")
						.answered("2026-03-02T09:00:05", "ag1").handle("2026-03-02T09:05", 200, 0, 100)
						.handle("2026-03-02T09:10", 100, 0, 0),
				new Conversation("c3").opened("2026-03-02T10:00", EMAIL, "C"));
		assertEquals(durations(2, 300.0, 300.0, 380.0), kpi.fields("handle_time"));
		assertEquals(Optional.empty(), kpi.value("occupancy"), "no agent presence in the events: no occupancy");
	}

	private static Kpi queueContacts() {
		return new Kpi().add(
				new Conversation("a").opened("2026-03-02T08:00", VOICE, "A").queued("2026-03-02T08:00")
						.answered("2026-03-02T08:00:10", "ag1"),
				new Conversation("b").opened("2026-03-02T08:00", VOICE, "B").queued("2026-03-02T08:00")
						.answered("2026-03-02T08:00:30", "ag1"),
				// a short abandon: left after 3 s
				new Conversation("c").opened("2026-03-02T08:00", VOICE, "C").queued("2026-03-02T08:00")
						.abandoned("2026-03-02T08:00:03"),
				new Conversation("d").opened("2026-03-02T08:00", VOICE, "D").queued("2026-03-02T08:00")
						.abandoned("2026-03-02T08:01"),
				new Conversation("e").opened("2026-03-02T08:00", VOICE, "E").queued("2026-03-02T08:00")
						.answered("2026-03-02T08:00:20", "ag1"));
	}

	@Test
	void waitTimeIsOverAnsweredContactsOnly() {
		assertEquals(durations(3, 20.0, 20.0, 28.0), queueContacts().fields("wait_time"));
	}

	@Test
	void serviceLevelCountsAnswersWithinTwentySecondsAndLeavesShortAbandonsOut() {
		// answered within 20 s: a (10 s) and e (20 s); denominator 3 answered + 2 abandoned - 1 short = 4
		Map<String, Object> fields = queueContacts().fields("service_level");
		assertEquals(2L, fields.get("num"));
		assertEquals(4L, fields.get("den"));
		assertEquals(0.5, fields.get("value"));
	}

	@Test
	void serviceLevelThresholdIsAParameter() {
		Kpi kpi = queueContacts();
		var query = Kpi.query().withParameters(Map.of("service_level.threshold_s", "30"));
		assertEquals(0.75, kpi.value("service_level", query).orElseThrow().value());
	}

	@Test
	void abandonRateLeavesShortAbandonsOut() {
		Map<String, Object> fields = queueContacts().fields("abandon_rate");
		assertEquals(1L, fields.get("num"));
		assertEquals(4L, fields.get("den"));
		assertEquals(0.25, fields.get("value"));
	}

	@Test
	void waitingNowCountsContactsStillInTheQueueAtTheReportInstant() {
		Kpi kpi = new Kpi().add(
				new Conversation("f").opened("2026-03-31T23:55", VOICE, "F").queued("2026-03-31T23:55"),
				new Conversation("g").opened("2026-03-31T23:50", VOICE, "G").queued("2026-03-31T23:50")
						.answered("2026-03-31T23:52", "ag1"),
				new Conversation("h").opened("2026-03-31T23:40", CHAT, "H").queued("2026-03-31T23:40")
						.abandoned("2026-03-31T23:45"));
		assertEquals(1.0, kpi.value("waiting_now").orElseThrow().value());
	}
}
