package org.carelens.internal.kpi.metrics.standard;

import static org.carelens.core.api.ChannelKind.CHAT;
import static org.carelens.core.api.ChannelKind.EMAIL;
import static org.carelens.core.api.ChannelKind.VOICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.SurveyKind;
import org.carelens.core.api.targets.MetricTarget;
import org.carelens.core.api.targets.TargetDirection;
import org.carelens.facts.ConversationFact;
import org.carelens.facts.EventsByConversation;
import org.carelens.facts.FactBook;
import org.carelens.facts.FactContext;
import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.FactTable;
import org.carelens.kpi.api.KpiQuery;
import org.carelens.kpi.api.KpiResult;
import org.carelens.kpi.api.MetricValue;
import org.carelens.kpi.api.Status;
import org.carelens.kpi.api.TimeBucket;
import org.junit.jupiter.api.Test;

class EngineQueryTest {

	private static Kpi threeChannels() {
		return new Kpi().add(
				new Conversation("e1").team("mail").opened("2026-03-02T08:00", EMAIL, "A").reply("2026-03-02T09:00", "ag1")
						.resolved("2026-03-02T10:00"),
				new Conversation("e2").team("mail").opened("2026-03-09T08:00", EMAIL, "B"),
				new Conversation("c1").team("live").opened("2026-03-02T08:00", CHAT, "C").reply("2026-03-02T08:01", "ag2")
						.resolved("2026-03-02T08:30"),
				new Conversation("v1").team("live").opened("2026-03-03T08:00", VOICE, "D").queued("2026-03-03T08:00")
						.answered("2026-03-03T08:00:15", "ag3").resolved("2026-03-03T08:10"));
	}

	@Test
	void groupsByChannelAndWeekInOrderOfTheirValues() {
		KpiResult result = threeChannels().run(Kpi.query().withMetrics(List.of("resolution_rate"))
				.withGrouping(List.of(Dimension.CHANNEL), TimeBucket.WEEK));
		assertEquals(List.of("channel", "week"), result.by());
		List<String> groups = result.rows().stream()
				.map(r -> r.group().get("channel").orElseThrow() + " " + r.group().get("week").orElseThrow()).toList();
		assertEquals(List.of("CHAT 2026-W10", "EMAIL 2026-W10", "EMAIL 2026-W11", "VOICE 2026-W10"), groups);
		assertEquals(Optional.of(0.0), result.rows().get(2).metrics().get("resolution_rate").value().map(v -> v.value()));
	}

	@Test
	void filtersKeepOnlyTheNamedValues() {
		KpiResult result = threeChannels().run(Kpi.query().withMetrics(List.of("resolution_rate"))
				.withFilters(Map.of(Dimension.TEAM, Set.of("mail"))));
		assertEquals(1, result.rows().size());
		assertEquals(Map.of("num", 1L, "den", 2L, "value", 0.5),
				result.rows().get(0).metrics().get("resolution_rate").value().orElseThrow().fields());
	}

	@Test
	void theRangeAppliesToEachMetricsOwnAttribution() {
		// from 3 March: e1 and c1 were created before it, v1 resolved in it
		KpiQuery query = Kpi.query().withMetrics(List.of("resolution_rate", "resolution_time"))
				.withRange(Optional.of(Conversation.vn("2026-03-03T00:00")), Optional.empty());
		KpiResult result = threeChannels().run(query);
		assertEquals(2L, result.rows().get(0).metrics().get("resolution_rate").value().orElseThrow().fields().get("den"));
		assertEquals(1L, result.rows().get(0).metrics().get("resolution_time").value().orElseThrow().fields().get("n"));
	}

	@Test
	void targetsOfTheWorkspaceWinOverDefaultsAndGiveAStatus() {
		KpiQuery query = Kpi.query().withMetrics(List.of("first_response_time"))
				.withGrouping(List.of(Dimension.CHANNEL), TimeBucket.NONE)
				.withTargets(List.of(new MetricTarget("first_response_time", Optional.of(ChannelKind.EMAIL),
						Optional.empty(), Optional.empty(), 3300, TargetDirection.LOWER_IS_BETTER)));
		KpiResult result = threeChannels().run(query);
		Map<String, KpiResult.Cell> byChannel = new java.util.HashMap<>();
		result.rows().forEach(r -> byChannel.put(r.group().get("channel").orElseThrow(), r.metrics().get("first_response_time")));
		// email answered in 3600 s against 3300: within 10%, at risk
		assertEquals(Optional.of(3300.0), byChannel.get("EMAIL").target());
		assertEquals(Optional.of(Status.AT_RISK), byChannel.get("EMAIL").status());
		// chat answered in 60 s against the default 120 s
		assertEquals(Optional.of(120.0), byChannel.get("CHAT").target());
		assertEquals(Optional.of(Status.MET), byChannel.get("CHAT").status());
	}

	@Test
	void anUnknownMetricIsAClearError() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> threeChannels().run(Kpi.query().withMetrics(List.of("speed_of_light"))));
		assertTrue(e.getMessage().contains("unknown metric \"speed_of_light\""), e.getMessage());
	}

	/** Many conversations, so that the engine splits them into parts. */
	private static List<ConversationFact> generated(int count, long seed) {
		Random random = new Random(seed);
		ChannelKind[] channels = ChannelKind.values();
		List<org.carelens.core.api.Event> events = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String day = String.format("2026-03-%02dT", 1 + random.nextInt(28));
			Conversation c = new Conversation("g" + i).team("t" + random.nextInt(4)).topic("topic" + random.nextInt(3))
					.opened(day + "08:00", channels[random.nextInt(channels.length)], "cust" + random.nextInt(count / 3));
			c.customer(day + "08:00");
			if (random.nextInt(10) > 0) {
				c.reply(day + String.format("08:%02d:%02d", random.nextInt(60), random.nextInt(60)), "ag" + random.nextInt(9));
			}
			if (random.nextInt(4) > 0) {
				c.resolved(day + String.format("1%d:00", random.nextInt(8)));
			}
			if (random.nextInt(5) == 0) {
				c.rated(day + "19:00", SurveyKind.CSAT, 1 + random.nextInt(5));
			}
			events.addAll(c.events());
		}
		EventsByConversation byConversation = new EventsByConversation();
		byConversation.addAll(events);
		FactBook book = new FactBook(FactContext.EMPTY);
		book.apply(events, byConversation::eventsOf);
		return new ArrayList<>(book.facts());
	}

	/** A duration with exact quantiles, a rate and a survey score. */
	private static final List<String> SOME = List.of("first_response_time", "resolution_rate", "csat");

	/** @return a table of 70,000 generated conversations: several parts and blocks for the engine */
	private static FactTable generatedTable(Kpi kpi, long seed) {
		FactTable table = kpi.engine.newTable(Optional.empty());
		table.upsert(generated(70_000, seed));
		return table;
	}

	@Test
	void aTableUpdatedIncrementallyGivesWhatATableLoadedAtOnceGives() {
		List<ConversationFact> facts = generated(70_000, 7);
		Kpi kpi = new Kpi();
		KpiQuery query = Kpi.query().withGrouping(List.of(Dimension.CHANNEL, Dimension.TEAM), TimeBucket.WEEK);
		FactTable atOnce = kpi.engine.newTable(Optional.empty());
		atOnce.upsert(facts);
		FactTable incremental = kpi.engine.newTable(Optional.empty());
		// first an older state of some conversations (as if their later events had not arrived), then everything
		incremental.upsert(facts.subList(0, 45_000));
		incremental.upsert(generated(70_000, 8).subList(0, 30_000));
		incremental.upsert(facts);
		assertEquals(atOnce.size(), incremental.size());
		assertEquals(kpi.engine.compute(atOnce, query), kpi.engine.compute(incremental, query));
	}

	@Test
	void aSplitComputationEqualsOneOverTheSameRowsOnOneCore() {
		Kpi kpi = new Kpi();
		FactTable table = generatedTable(kpi, 11);
		KpiQuery query = Kpi.query().withMetrics(SOME).withGrouping(List.of(Dimension.TOPIC), TimeBucket.NONE);
		KpiResult parallel = kpi.engine.compute(table, query);
		// the same rows split differently: one table per topic
		for (KpiResult.Row row : parallel.rows()) {
			String topic = row.group().get("topic").orElseThrow();
			KpiResult alone = kpi.engine.compute(table, query.withGrouping(List.of(), TimeBucket.NONE)
					.withFilters(Map.of(Dimension.TOPIC, Set.of(topic))));
			assertEquals(row.metrics(), alone.rows().get(0).metrics(), topic);
		}
	}

	@Test
	void groupsOfAWideKeyEqualTheSameGroupsComputedOneFilterAtATime() {
		Kpi kpi = new Kpi();
		FactTable table = generatedTable(kpi, 13);
		// channel, team, topic and some 670 hours make a group key too wide for the engine's array of groups
		KpiQuery query = Kpi.query().withMetrics(SOME)
				.withGrouping(List.of(Dimension.CHANNEL, Dimension.TEAM, Dimension.TOPIC), TimeBucket.HOUR);
		KpiResult wide = kpi.engine.compute(table, query);
		Map<List<Optional<String>>, Map<String, Optional<MetricValue>>> byHour = new HashMap<>();
		Set<List<String>> combinations = new HashSet<>();
		for (KpiResult.Row row : wide.rows()) {
			combinations.add(List.of(row.group().get("channel").orElseThrow(), row.group().get("team").orElseThrow(),
					row.group().get("topic").orElseThrow()));
		}
		for (List<String> combination : combinations) {
			KpiResult narrow = kpi.engine.compute(table, query.withGrouping(List.of(), TimeBucket.HOUR)
					.withFilters(Map.of(Dimension.CHANNEL, Set.of(combination.get(0)), Dimension.TEAM,
							Set.of(combination.get(1)), Dimension.TOPIC, Set.of(combination.get(2)))));
			for (KpiResult.Row row : narrow.rows()) {
				byHour.put(List.of(Optional.of(combination.get(0)), Optional.of(combination.get(1)),
						Optional.of(combination.get(2)), row.group().get("hour")), values(row));
			}
		}
		assertEquals(byHour.size(), wide.rows().size());
		for (KpiResult.Row row : wide.rows()) {
			assertEquals(byHour.get(List.of(row.group().get("channel"), row.group().get("team"),
					row.group().get("topic"), row.group().get("hour"))), values(row), row.group().toString());
		}
	}

	/** @return the values of a row's metrics, without targets: a channel's target applies only when grouped by it */
	private static Map<String, Optional<MetricValue>> values(KpiResult.Row row) {
		Map<String, Optional<MetricValue>> values = new HashMap<>();
		row.metrics().forEach((id, cell) -> values.put(id, cell.value()));
		return values;
	}
}
