package org.carelens.internal.kpi.metrics.standard;

import static org.carelens.core.api.ChannelKind.CHAT;
import static org.carelens.core.api.ChannelKind.EMAIL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.org.Organization;
import org.carelens.core.api.sla.SlaMetric;
import org.carelens.core.api.sla.SlaPolicy;
import org.carelens.core.api.sla.SlaTarget;
import org.carelens.facts.FactContext;
import org.carelens.kpi.api.KpiResult;
import org.carelens.kpi.api.TimeBucket;
import org.junit.jupiter.api.Test;

class EffectivenessMetricsTest {

	@Test
	void resolutionRateIsTheShareOfCreatedConversationsResolvedNow() {
		Kpi kpi = new Kpi().add(
				new Conversation("c1").opened("2026-03-02T08:00", EMAIL, "A").resolved("2026-03-02T09:00"),
				new Conversation("c2").opened("2026-03-02T08:00", EMAIL, "B").resolved("2026-03-03T09:00"),
				// resolved, then reopened: not resolved now
				new Conversation("c3").opened("2026-03-02T08:00", EMAIL, "C").resolved("2026-03-02T09:00")
						.reopened("2026-03-02T10:00"),
				new Conversation("c4").opened("2026-03-02T08:00", EMAIL, "D"));
		assertEquals(Map.of("num", 2L, "den", 4L, "value", 0.5), kpi.fields("resolution_rate"));
	}

	@Test
	void firstContactResolutionExcludesTransfersReopensAndRepeatContactsWithinSevenDays() {
		Kpi kpi = new Kpi().add(
				new Conversation("c1").topic("payment").opened("2026-03-02T08:00", CHAT, "A")
						.reply("2026-03-02T08:01", "ag1").resolved("2026-03-02T09:00"),
				new Conversation("c2").topic("delivery").opened("2026-03-02T08:00", CHAT, "B")
						.transferred("2026-03-02T08:10", "ag2").resolved("2026-03-02T09:00"),
				// C comes back about the same topic three days later: c3 did not resolve it, c4 did
				new Conversation("c3").topic("delivery").opened("2026-03-02T08:00", CHAT, "C")
						.resolved("2026-03-02T09:00"),
				new Conversation("c4").topic("delivery").opened("2026-03-05T08:00", CHAT, "C")
						.resolved("2026-03-05T10:00"),
				new Conversation("c5").topic("payment").opened("2026-03-02T08:00", CHAT, "D")
						.resolved("2026-03-02T09:00").reopened("2026-03-02T10:00").resolved("2026-03-02T11:00"));
		assertEquals(Map.of("num", 2L, "den", 5L, "value", 0.4), kpi.fields("first_contact_resolution"));
	}

	@Test
	void createdAndResolvedAreEachCountedInTheirOwnWeek() {
		Kpi kpi = new Kpi().add(
				new Conversation("c1").opened("2026-03-02T08:00", EMAIL, "A").resolved("2026-03-10T08:00"),
				new Conversation("c2").opened("2026-03-03T08:00", EMAIL, "B").resolved("2026-03-04T08:00"),
				new Conversation("c3").opened("2026-03-11T08:00", EMAIL, "C"));
		KpiResult result = kpi.run(Kpi.query().withMetrics(List.of("created_vs_resolved"))
				.withGrouping(List.of(), TimeBucket.WEEK));
		assertEquals(List.of("week"), result.by());
		assertEquals(2, result.rows().size());
		assertEquals(Optional.of("2026-W10"), result.rows().get(0).group().get("week"));
		assertEquals(Map.of("created", 2L, "resolved", 1L, "value", 0.5, "open", 0L),
				result.rows().get(0).metrics().get("created_vs_resolved").value().orElseThrow().fields());
		assertEquals(Optional.of("2026-W11"), result.rows().get(1).group().get("week"));
		assertEquals(Map.of("created", 1L, "resolved", 1L, "value", 1.0, "open", 1L),
				result.rows().get(1).metrics().get("created_vs_resolved").value().orElseThrow().fields());
	}

	private static Kpi slaConversations() {
		SlaPolicy policy = new SlaPolicy("std", "Standard", Optional.empty(),
				List.of(new SlaTarget(SlaMetric.FIRST_RESPONSE, Optional.empty(), Optional.empty(), Duration.ofHours(1)),
						new SlaTarget(SlaMetric.RESOLUTION, Optional.empty(), Optional.empty(), Duration.ofHours(8))));
		return new Kpi().context(new FactContext(Map.of(), Map.of("std", policy), Organization.EMPTY,
				FactContext.DEFAULT_FCR_WINDOW)).add(
						// no response, due at 21:00: overdue at midnight
						new Conversation("c1").policy("std").opened("2026-03-31T20:00", EMAIL, "A"),
						// no response yet, due at 00:30: still in time
						new Conversation("c2").policy("std").opened("2026-03-31T23:30", EMAIL, "B"),
						new Conversation("c3").policy("std").opened("2026-03-31T10:00", EMAIL, "C")
								.reply("2026-03-31T10:30", "ag1").resolved("2026-03-31T11:00"),
						new Conversation("c4").opened("2026-03-31T10:00", EMAIL, "D"));
	}

	@Test
	void overdueCountsOpenConversationsPastADueTimeAtTheReportInstant() {
		assertEquals(1.0, slaConversations().value("overdue").orElseThrow().value());
	}

	@Test
	void slaComplianceCountsConversationsThatCanStillMeetTheirTargetsAsCompliant() {
		Map<String, Object> fields = slaConversations().fields("sla_compliance");
		assertEquals(2L, fields.get("num"));
		assertEquals(3L, fields.get("den"), "c4 has no policy");
		assertEquals(2.0 / 3, (double) fields.get("first_response"), 1e-12);
		assertEquals(1.0, fields.get("resolution"));
	}

	@Test
	void slaComplianceHasNoValueWithoutPolicies() {
		Kpi kpi = new Kpi().add(new Conversation("c1").opened("2026-03-02T08:00", EMAIL, "A"));
		assertEquals(Optional.empty(), kpi.value("sla_compliance"));
	}

	@Test
	void escalationReopenAndComplaintRates() {
		Kpi kpi = new Kpi().add(
				new Conversation("c1").topic("complaint").opened("2026-03-02T08:00", EMAIL, "A")
						.escalated("2026-03-02T09:00", "tier2").resolved("2026-03-02T10:00"),
				new Conversation("c2").opened("2026-03-02T08:00", EMAIL, "A").resolved("2026-03-02T09:00")
						.reopened("2026-03-02T10:00").resolved("2026-03-02T11:00"),
				new Conversation("c3").opened("2026-03-02T08:00", EMAIL, "B").resolved("2026-03-02T09:00")
						.reopened("2026-03-02T10:00"),
				new Conversation("c4").opened("2026-03-02T08:00", EMAIL, "C"));
		assertEquals(Map.of("num", 1L, "den", 4L, "value", 0.25), kpi.fields("escalation_rate"));
		// three conversations were resolved at least once; two of them were reopened
		Map<String, Object> reopen = kpi.fields("reopen_rate");
		assertEquals(2L, reopen.get("num"));
		assertEquals(3L, reopen.get("den"));
		// one complaint among four conversations of three customers: 1000 / 3 per thousand customers
		Map<String, Object> complaint = kpi.fields("complaint_rate");
		assertEquals(0.25, complaint.get("value"));
		assertEquals(1000.0 / 3, (double) complaint.get("per_1000_customers"), 1e-9);
	}

	@Test
	void ratesHaveNoValueOnAnEmptyDenominatorButCountsAreZero() {
		Kpi kpi = new Kpi().add(new Conversation("c1").opened("2026-03-02T08:00", EMAIL, "A"));
		assertEquals(Optional.empty(), kpi.value("first_contact_resolution"), "nothing resolved");
		assertEquals(Optional.empty(), kpi.value("reopen_rate"), "nothing resolved");
		assertEquals(Optional.empty(), kpi.value("resolution_time"), "nothing resolved");
		assertEquals(0.0, kpi.value("overdue").orElseThrow().value());
	}
}
