package org.carelens.internal.kpi.metrics.standard;

import static org.carelens.core.api.ChannelKind.CHAT;
import static org.carelens.core.api.ChannelKind.EMAIL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.FactTable;
import org.carelens.kpi.api.Histogram;
import org.carelens.kpi.api.KpiQuery;
import org.carelens.kpi.api.Measure;
import org.carelens.kpi.api.TimeBucket;
import org.junit.jupiter.api.Test;

class EngineHistogramTest {

	/** Minutes 0, 1, 5 and 60 as bin edges, in seconds. */
	private static final List<Long> EDGES = List.of(0L, 60L, 300L, 3600L);

	private final Kpi kpi = new Kpi().add(
			// first responses after 30 s, 60 s (on an edge: the next bin), 4 min and 2 h; one unanswered
			new Conversation("c1").opened("2026-03-02T08:00", CHAT, "A").reply("2026-03-02T08:00:30", "ag1")
					.resolved("2026-03-02T09:00"),
			new Conversation("c2").opened("2026-03-02T09:00", CHAT, "B").reply("2026-03-02T09:01", "ag1"),
			new Conversation("c3").opened("2026-03-03T08:00", CHAT, "C").reply("2026-03-03T08:04", "ag1")
					.resolved("2026-03-05T08:00"),
			new Conversation("e1").opened("2026-03-03T08:00", EMAIL, "D").reply("2026-03-03T10:00", "ag2"),
			new Conversation("e2").opened("2026-03-04T08:00", EMAIL, "E"));
	private final FactTable table = kpi.table();

	private Histogram histogram(KpiQuery query, Measure measure, List<Long> edges) {
		return kpi.engine.histogram(table, query, measure, edges);
	}

	@Test
	void firstResponsesFallIntoTheirBinsAndTheUnansweredAreMissing() {
		Histogram frt = histogram(Kpi.query(), Measure.FIRST_RESPONSE_SECONDS, EDGES);
		assertEquals(List.of(1L, 2L, 0L), frt.counts(), "30 s; 60 s and 4 min; none from 5 to 60 min");
		assertEquals(0, frt.below());
		assertEquals(1, frt.above(), "the email answered after 2 h");
		assertEquals(1, frt.missing(), "the email never answered");
		assertEquals(5, frt.total());
	}

	@Test
	void theQuerysFiltersAndRangeApplyAsForTheMetrics() {
		KpiQuery chatOnMarch2 = Kpi.query().withFilters(Map.of(Dimension.CHANNEL, Set.of("CHAT")))
				.withRange(Optional.of(Conversation.vn("2026-03-02T00:00")), Optional.of(Conversation.vn("2026-03-03T00:00")));
		Histogram frt = histogram(chatOnMarch2, Measure.FIRST_RESPONSE_SECONDS, EDGES);
		assertEquals(List.of(1L, 1L, 0L), frt.counts());
		long unanswered = kpi.value("first_response_time", chatOnMarch2).orElseThrow().number("unanswered")
				.orElseThrow().longValue();
		assertEquals(unanswered, frt.missing());
		assertEquals(kpi.value("first_response_time", chatOnMarch2).orElseThrow().number("n").orElseThrow(),
				frt.measured(), 0.0);
	}

	@Test
	void instantsCountCreatedAndResolvedConversationsPerDay() {
		List<Long> days = List.of(Conversation.vn("2026-03-03T00:00").getEpochSecond(),
				Conversation.vn("2026-03-04T00:00").getEpochSecond(), Conversation.vn("2026-03-05T00:00").getEpochSecond());
		Histogram created = histogram(Kpi.query(), Measure.OPENED_AT, days);
		assertEquals(2, created.below(), "two created on 2 March");
		assertEquals(List.of(2L, 1L), created.counts());
		assertEquals(0, created.above());
		Histogram resolved = histogram(Kpi.query(), Measure.RESOLVED_AT, days);
		assertEquals(1, resolved.below());
		assertEquals(List.of(0L, 0L), resolved.counts());
		assertEquals(1, resolved.above(), "c3, resolved on 5 March");
		assertEquals(0, resolved.missing(), "open conversations have no resolution instant and are not in the range");
	}

	@Test
	void aGroupedQueryOrEdgesOutOfOrderAreRefused() {
		IllegalArgumentException grouped = assertThrows(IllegalArgumentException.class, () -> histogram(
				Kpi.query().withGrouping(List.of(Dimension.CHANNEL), TimeBucket.NONE), Measure.OPENED_AT, EDGES));
		assertTrue(grouped.getMessage().contains("one group"), grouped.getMessage());
		IllegalArgumentException order = assertThrows(IllegalArgumentException.class,
				() -> histogram(Kpi.query(), Measure.OPENED_AT, List.of(0L, 60L, 60L)));
		assertEquals("bin edges must ascend: edge 2 (60) is not after edge 1 (60)", order.getMessage());
	}
}
