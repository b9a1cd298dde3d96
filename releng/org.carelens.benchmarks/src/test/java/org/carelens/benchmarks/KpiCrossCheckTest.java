package org.carelens.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.carelens.core.api.Event;
import org.carelens.demo.DemoEventGenerator;
import org.carelens.facts.ConversationFact;
import org.carelens.facts.EventsByConversation;
import org.carelens.facts.FactBook;
import org.carelens.facts.FactContext;
import org.carelens.internal.kpi.engine.KpiEngineImpl;
import org.carelens.internal.kpi.metrics.standard.StandardMetrics;
import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.FactTable;
import org.carelens.kpi.api.KpiQuery;
import org.carelens.kpi.api.KpiResult;
import org.carelens.kpi.api.MetricValue;
import org.carelens.kpi.api.TimeBucket;
import org.junit.jupiter.api.Test;

/**
 * The engine's numbers against the same metrics computed independently by SQL in DuckDB over the same facts, for
 * every (channel, team, week) group of a generated demo year.
 */
class KpiCrossCheckTest {

	private static final double TOLERANCE = 1e-9;

	@Test
	void engineEqualsDuckDbSqlForEveryGroupOfADemoYear() throws Exception {
		List<Event> events = new ArrayList<>();
		DemoEventGenerator.generate(ImportBenchmark.plan(20_000), events::add);
		EventsByConversation byConversation = new EventsByConversation();
		byConversation.addAll(events);
		FactBook book = new FactBook(FactContext.EMPTY);
		book.apply(events, byConversation::eventsOf);
		List<ConversationFact> facts = new ArrayList<>(book.facts());

		KpiEngineImpl engine = KpiEngineImpl.of(StandardMetrics.all());
		FactTable table = engine.newTable(Optional.empty());
		table.upsert(facts);
		KpiQuery query = KpiQuery.all(Instant.ofEpochSecond(KpiSql.AT), ZoneId.of("Asia/Ho_Chi_Minh"))
				.withGrouping(List.of(Dimension.CHANNEL, Dimension.TEAM), TimeBucket.WEEK);
		Map<String, KpiResult.Row> engineGroups = new HashMap<>();
		for (KpiResult.Row row : engine.compute(table, query).rows()) {
			engineGroups.put(row.group().get("channel").orElse("") + "|" + row.group().get("team").orElse("") + "|"
					+ row.group().get("week").orElseThrow(), row);
		}

		Map<String, Map<String, Double>> sqlGroups;
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
			try (FactsInDuckDb loader = new FactsInDuckDb(connection)) {
				for (ConversationFact fact : facts) {
					loader.add(fact);
				}
			}
			sqlGroups = KpiSql.run(connection);
		}

		assertEquals(new TreeSet<>(sqlGroups.keySet()), new TreeSet<>(engineGroups.keySet()), "the groups");
		assertTrue(engineGroups.size() > 300, "a year of weeks, channels and teams: " + engineGroups.size());
		Set<String> metrics = new TreeSet<>();
		sqlGroups.values().forEach(f -> f.keySet().forEach(k -> metrics.add(k.substring(0, k.indexOf('.')))));
		assertEquals(22, metrics.size(), "metrics cross-checked: " + metrics);
		int compared = 0;
		for (Map.Entry<String, Map<String, Double>> group : sqlGroups.entrySet()) {
			KpiResult.Row row = engineGroups.get(group.getKey());
			for (String metric : metrics) {
				Map<String, Double> sql = new HashMap<>();
				group.getValue().forEach((name, value) -> {
					if (name.startsWith(metric + ".")) {
						sql.put(name.substring(metric.length() + 1), value);
					}
				});
				Optional<MetricValue> value = row.metrics().get(metric).value();
				Double size = sql.getOrDefault("n", sql.getOrDefault("den", sql.get("created")));
				String where = group.getKey() + " " + metric;
				if (size == null || size == 0) {
					assertEquals(Optional.empty(), value, where + ": no value without " + sql);
					continue;
				}
				assertTrue(value.isPresent(), where + ": a value, as SQL finds " + sql);
				for (Map.Entry<String, Double> field : sql.entrySet()) {
					Object mine = value.get().fields().get(field.getKey());
					if (!(mine instanceof Number number)) {
						fail(where + "." + field.getKey() + ": the engine has " + mine + ", SQL " + field.getValue());
						return;
					}
					double expected = field.getValue();
					if (Math.abs(number.doubleValue() - expected) > TOLERANCE * Math.max(1, Math.abs(expected))) {
						fail(where + "." + field.getKey() + ": the engine has " + number + ", SQL " + expected);
					}
					compared++;
				}
			}
		}
		assertTrue(compared > 10_000, "numbers compared: " + compared);
	}
}
