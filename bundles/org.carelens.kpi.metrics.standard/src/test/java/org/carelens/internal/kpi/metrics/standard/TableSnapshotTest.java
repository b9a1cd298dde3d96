package org.carelens.internal.kpi.metrics.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.carelens.core.api.time.BusinessCalendar;
import org.carelens.core.api.time.WeeklyHours;
import org.carelens.internal.kpi.engine.ColumnTable;
import org.carelens.internal.kpi.engine.KpiEngineImpl;
import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.FactTable;
import org.carelens.kpi.api.KpiQuery;
import org.carelens.kpi.api.KpiResult;
import org.carelens.kpi.api.TimeBucket;
import org.junit.jupiter.api.Test;

/**
 * A table written and read back computes every standard metric as the original does, in every grouping.
 */
class TableSnapshotTest {

	private final KpiEngineImpl engine = KpiEngineImpl.of(StandardMetrics.all());

	private static byte[] write(FactTable table) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		table.writeTo(Channels.newChannel(bytes));
		return bytes.toByteArray();
	}

	private FactTable read(byte[] bytes) throws IOException {
		return engine.readTable(Channels.newChannel(new ByteArrayInputStream(bytes)));
	}

	@Test
	void aTableReadBackComputesEveryMetricAsTheOriginalInEveryGrouping() throws IOException {
		ColumnTable table = StandardMetricsContractTest.build();
		FactTable copy = read(write(table));
		assertEquals(table.size(), copy.size());
		KpiQuery all = KpiQuery.all(Kpi.AT, Conversation.VN);
		for (KpiQuery query : List.of(all, all.withGrouping(List.of(Dimension.CHANNEL), TimeBucket.WEEK),
				all.withGrouping(List.of(Dimension.AGENT, Dimension.TOPIC), TimeBucket.NONE),
				all.withGrouping(List.of(Dimension.STAGE, Dimension.DIRECTION), TimeBucket.DAY))) {
			assertEquals(engine.compute(table, query), engine.compute(copy, query), "grouped by " + query.by());
		}
		assertTrue(engine.compute(copy, all).rows().get(0).metrics().values().stream()
				.filter(cell -> cell.value().isPresent()).count() > 20, "the data gives most metrics a value");
	}

	@Test
	void aTableKeepsTakingFactsAfterItWasReadBack() throws IOException {
		ColumnTable table = StandardMetricsContractTest.build();
		FactTable copy = read(write(table));
		Kpi more = new Kpi();
		more.add(new Conversation("c1").opened("2026-03-02T08:00", org.carelens.core.api.ChannelKind.CHAT, "cust1")
				.customer("2026-03-02T08:00").reply("2026-03-02T08:30", "ag9"));
		more.add(new Conversation("new-1").opened("2026-03-03T08:00", org.carelens.core.api.ChannelKind.EMAIL, "x"));
		List<org.carelens.facts.ConversationFact> facts = more.facts();
		table.upsert(facts);
		copy.upsert(facts);
		assertEquals(table.size(), copy.size(), "c1 replaced, new-1 added, in both");
		KpiQuery byAgent = KpiQuery.all(Kpi.AT, Conversation.VN).withGrouping(List.of(Dimension.AGENT),
				TimeBucket.NONE);
		assertEquals(engine.compute(table, byAgent), engine.compute(copy, byAgent));
	}

	@Test
	void aSnapshotCutShortOrOfAnotherKindIsRefused() throws IOException {
		byte[] bytes = write(StandardMetricsContractTest.build());
		IOException cut = assertThrows(IOException.class, () -> read(Arrays.copyOf(bytes, bytes.length / 2)));
		assertTrue(cut.getMessage().contains("cut short"), cut.getMessage());
		byte[] other = bytes.clone();
		other[0] ^= 1;
		assertThrows(IOException.class, () -> read(other));
		byte[] newer = bytes.clone();
		newer[11]++; // the format version, after the 8-byte magic
		IOException format = assertThrows(IOException.class, () -> read(newer));
		assertTrue(format.getMessage().contains("format"), format.getMessage());
		byte[] older = bytes.clone();
		older[11] = 1; // the layout of 16-bit dimension columns only: the cache is built again
		IOException old = assertThrows(IOException.class, () -> read(older));
		assertTrue(old.getMessage().contains("format 1"), old.getMessage());
	}

	@Test
	void aTableOfMoreThan255AgentsReadsBackItsWidenedColumnAndKeepsTakingFacts() throws IOException {
		Kpi kpi = new Kpi();
		for (int i = 0; i < 300; i++) {
			kpi.add(new Conversation("w" + i).opened("2026-03-02T08:00", org.carelens.core.api.ChannelKind.CHAT, "c" + i)
					.customer("2026-03-02T08:00").reply("2026-03-02T08:0" + i % 10, "agent" + i));
		}
		FactTable table = engine.newTable(Optional.empty());
		table.upsert(kpi.facts());
		FactTable copy = read(write(table));
		Kpi more = new Kpi().add(new Conversation("w300").opened("2026-03-03T08:00",
				org.carelens.core.api.ChannelKind.CHAT, "c300").customer("2026-03-03T08:00").reply("2026-03-03T08:05",
						"agent7"));
		table.upsert(more.facts());
		copy.upsert(more.facts());
		KpiQuery byAgent = KpiQuery.all(Kpi.AT, Conversation.VN).withGrouping(List.of(Dimension.AGENT),
				TimeBucket.NONE);
		KpiResult result = engine.compute(copy, byAgent);
		assertEquals(engine.compute(table, byAgent), result);
		assertEquals(300, result.rows().size(), "one group per agent, the 256th and later ones included");
	}

	@Test
	void aTableInABusinessHoursOverrideIsNotWritten() {
		FactTable table = engine.newTable(Optional.of(new BusinessCalendar("office", "Office", Conversation.VN,
				WeeklyHours.parse("Mon-Fri 08:00-17:00"), List.of())));
		assertThrows(IllegalStateException.class, () -> write(table));
	}
}
