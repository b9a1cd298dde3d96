package org.carelens.internal.kpi.metrics.standard;

import static org.carelens.core.api.ChannelKind.CHAT;
import static org.carelens.core.api.ChannelKind.EMAIL;
import static org.carelens.core.api.ChannelKind.VOICE;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.Stage;
import org.carelens.core.api.SurveyKind;
import org.carelens.core.api.org.Organization;
import org.carelens.core.api.sla.SlaMetric;
import org.carelens.core.api.sla.SlaPolicy;
import org.carelens.core.api.sla.SlaTarget;
import org.carelens.facts.FactContext;
import org.carelens.internal.kpi.engine.ColumnTable;
import org.carelens.kpi.api.Metric;
import org.carelens.kpi.api.MetricContext;
import org.carelens.kpi.api.RowSet;
import org.carelens.kpi.api.contract.MetricContractTest;

/**
 * The standard pack against the metric contract, over conversations that give every metric but occupancy a value.
 */
class StandardMetricsContractTest extends MetricContractTest {

	private final ColumnTable table = build();

	static ColumnTable build() {
		SlaPolicy policy = new SlaPolicy("std", "Standard", Optional.empty(),
				List.of(new SlaTarget(SlaMetric.FIRST_RESPONSE, Optional.empty(), Optional.empty(), Duration.ofHours(1))));
		Kpi kpi = new Kpi().context(new FactContext(Map.of(), Map.of("std", policy), Organization.EMPTY,
				FactContext.DEFAULT_FCR_WINDOW));
		for (int i = 0; i < 40; i++) {
			String day = String.format("2026-03-%02dT", 1 + i % 28);
			Conversation c = new Conversation("c" + i).topic(i % 5 == 0 ? "complaint" : "payment")
					.stage(i % 3 == 0 ? Stage.PRE_SALE : Stage.AFTER_SALE).policy("std");
			if (i % 4 == 0) {
				c.opened(day + "08:00", VOICE, "cust" + i % 13).queued(day + "08:00");
				if (i % 8 == 0) {
					c.abandoned(day + "08:00:" + (10 + i));
				} else {
					c.answered(day + "08:00:" + (10 + i), "ag" + i % 3).handle(day + "08:05", 200 + i, 10, 30);
				}
			} else {
				c.opened(day + "08:00", i % 2 == 0 ? CHAT : EMAIL, "cust" + i % 13).customer(day + "08:00")
						.reply(day + String.format("08:%02d", 1 + i), "ag" + i % 3).customer(day + "09:00")
						.reply(day + String.format("09:%02d", 5 + i), "ag" + i % 3);
			}
			if (i % 7 == 3) {
				c.escalated(day + "09:30", "tier2");
			}
			if (i % 3 != 2) {
				c.resolved(day + "10:00");
			}
			if (i % 9 == 1) {
				c.reopened(day + "11:00");
			}
			if (i % 3 == 0) {
				c.outcome(day + "10:30", i % 2 == 0 ? "converted" : "lost");
			}
			c.surveySent(day + "12:00", SurveyKind.values()[i % 4])
					.rated(day + "13:00", SurveyKind.values()[i % 4], new double[] { 1 + i % 5, i % 11, 1 + i % 7, 50 + i }[i % 4]);
			if (i % 6 == 0) {
				c.reviewed(day + "15:00", 60 + i, i % 12 == 0);
			}
			kpi.add(c);
			if (i % 2 == 0) {
				kpi.add(Conversation.order("o" + i, day + "16:00", "cust" + i % 13, String.valueOf(100_000 + 1000 * i),
						i % 4 == 0 ? Optional.of("0.2") : Optional.empty()));
			}
		}
		kpi.add(Conversation.order("old", "2025-06-01T10:00", "cust1", "50000", Optional.empty()));
		kpi.add(new Conversation("old-1").opened("2025-06-01T10:00", CHAT, "cust2"));
		return (ColumnTable) kpi.table();
	}

	@Override
	protected List<Metric> metrics() {
		return StandardMetrics.all();
	}

	@Override
	protected RowSet rows() {
		return table;
	}

	@Override
	protected MetricContext context() {
		return new MetricContext(Kpi.AT, Optional.of(Conversation.vn("2026-03-01T00:00")), Kpi.AT, Conversation.VN,
				table, table.customerActivity(), Map.of());
	}
}
