package org.carelens.internal.kpi.metrics.standard;

import static org.carelens.core.api.ChannelKind.CHAT;
import static org.carelens.core.api.ChannelKind.VOICE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.Stage;
import org.carelens.kpi.api.KpiQuery;
import org.junit.jupiter.api.Test;

class LoyaltyMetricsTest {

	/** March 2026, ending at the report instant. */
	private static KpiQuery march() {
		return Kpi.query().withRange(Optional.of(Conversation.vn("2026-03-01T00:00")), Optional.of(Kpi.AT));
	}

	/**
	 * A: active 2025-02-10, 2025-11-20, 2026-03-05 (a customer at both ends, known for over a year, active in two of
	 * the last four quarters); B: only 2025-03-15 (a customer at the start, lost by the end); D: new on 2026-03-10;
	 * E: one order on 2025-05-15.
	 */
	private static Kpi customers() {
		return new Kpi().add(
				new Conversation("a1").opened("2025-02-10T08:00", CHAT, "A"),
				new Conversation("a2").opened("2025-11-20T08:00", CHAT, "A"),
				new Conversation("a3").opened("2026-03-05T08:00", CHAT, "A").reply("2026-03-05T08:01", "ag1"),
				new Conversation("b1").opened("2025-03-15T08:00", CHAT, "B"),
				new Conversation("d1").opened("2026-03-10T08:00", CHAT, "D").reply("2026-03-10T08:01", "ag1"))
				.add(Conversation.order("o1", "2025-05-15T10:00", "E", "100000", Optional.empty()))
				.add(Conversation.order("o2", "2026-03-05T10:00", "A", "500000", Optional.of("0.2")))
				.add(Conversation.order("o3", "2026-03-12T10:00", "D", "300000", Optional.empty()))
				.add(Conversation.order("o4", "2026-03-20T10:00", "A", "200000", Optional.of("0.25")));
	}

	@Test
	void retentionIsCustomersAtTheEndLessNewOnesOverCustomersAtTheStart() {
		// S = {A, B, E}, E = {A, D, E}, N = {D}: (3 - 1) / 3
		Map<String, Object> fields = customers().value("retention_rate", march()).orElseThrow().fields();
		assertEquals(3L, fields.get("start"));
		assertEquals(3L, fields.get("end"));
		assertEquals(1L, fields.get("new"));
		assertEquals(2.0 / 3, (double) fields.get("value"), 1e-12);
	}

	@Test
	void lifetimeValueIsOrderValueTimesFrequencyTimesLifespanTimesMargin() {
		// 3 orders of 1,000,000 in March by 2 customers: AOV 333,333.33, frequency 1.5; lifespan 1 / (1 - 2/3) = 3;
		// margin share 0.2 and 0.25 weighted by amount: (100,000 + 50,000) / 700,000
		Map<String, Object> fields = customers().value("customer_lifetime_value", march()).orElseThrow().fields();
		assertEquals(1_000_000.0 / 3, (double) fields.get("aov"), 1e-6);
		assertEquals(1.5, (double) fields.get("frequency"), 1e-12);
		assertEquals(3.0, (double) fields.get("lifespan_periods"), 1e-9);
		assertEquals(150_000.0 / 700_000, (double) fields.get("margin"), 1e-12);
		assertEquals(1_000_000.0 / 3 * 1.5 * 3 * 150_000 / 700_000, (double) fields.get("value"), 1e-3);
	}

	@Test
	void lifetimeValueHasNoValueWithoutOrders() {
		Kpi kpi = new Kpi().add(new Conversation("a1").opened("2026-03-05T08:00", CHAT, "A"));
		assertEquals(Optional.empty(), kpi.value("customer_lifetime_value", march()));
	}

	@Test
	void loyalCustomersAreKnownForAYearAndActiveInTwoOfTheLastFourQuarters() {
		// active in March: A (loyal) and D (new)
		assertEquals(Map.of("num", 1L, "den", 2L, "value", 0.5),
				customers().value("loyal_customer_rate", march()).orElseThrow().fields());
	}

	@Test
	void engagementCountsInboundConversationsAndAnsweredOutboundOnesPerCustomerPerMonth() {
		Kpi kpi = new Kpi().add(
				new Conversation("a1").opened("2026-03-02T08:00", CHAT, "A"),
				new Conversation("a2").opened("2026-03-03T08:00", CHAT, "A"),
				new Conversation("b1").opened("2026-03-04T08:00", CHAT, "B"),
				new Conversation("c1").outbound().opened("2026-03-05T08:00", VOICE, "C").queued("2026-03-05T08:00")
						.answered("2026-03-05T08:00:20", "ag1"),
				new Conversation("d1").outbound().opened("2026-03-06T08:00", VOICE, "D"));
		// 4 contacts, 4 customers, 31 days = 31 / 30.436875 months
		Map<String, Object> fields = kpi.value("engagement", march()).orElseThrow().fields();
		assertEquals(4L, fields.get("contacts"));
		assertEquals(4L, fields.get("customers"));
		assertEquals(30.436875 / 31, (double) fields.get("value"), 1e-9);
	}

	@Test
	void conversionRateIsOverPreSaleConversations() {
		Kpi kpi = new Kpi().add(
				new Conversation("p1").stage(Stage.PRE_SALE).opened("2026-03-02T08:00", CHAT, "A")
						.outcome("2026-03-02T09:00", "converted"),
				new Conversation("p2").stage(Stage.PRE_SALE).opened("2026-03-02T08:00", CHAT, "B"),
				new Conversation("p3").stage(Stage.PRE_SALE).opened("2026-03-02T08:00", CHAT, "C")
						.outcome("2026-03-02T09:00", "lost"),
				new Conversation("s1").stage(Stage.SALE).opened("2026-03-02T08:00", CHAT, "D")
						.outcome("2026-03-02T09:00", "converted"));
		assertEquals(Map.of("num", 1L, "den", 3L, "value", 1.0 / 3), kpi.fields("conversion_rate"));
	}
}
