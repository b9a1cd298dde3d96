package org.carelens.reports.core;

import static org.carelens.core.api.ChannelKind.CHAT;
import static org.carelens.core.api.ChannelKind.EMAIL;
import static org.carelens.core.api.ChannelKind.SOCIAL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;
import org.carelens.kpi.api.Dimension;
import org.junit.jupiter.api.Test;

class ChartsProviderTest {

	/** Monday 9 and Tuesday 10 March. */
	private static final Period TWO_DAYS = PeriodPreset.custom(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 10),
			Facts.VN);

	private final Facts facts = new Facts()
			// before the period: two created, one resolved before it and one on Monday, one still open
			.conversation("p1", EMAIL, "2026-03-07T08:00", "2026-03-07T08:20", Optional.of("2026-03-07T09:00"))
			.conversation("p2", CHAT, "2026-03-08T08:00", "2026-03-08T08:06", Optional.of("2026-03-09T09:00"))
			.conversation("p3", CHAT, "2026-03-08T09:00", "2026-03-08T09:06", Optional.empty())
			// Monday: answered after 10 min (email) and 2 min (chat), both resolved on Monday
			.conversation("c1", EMAIL, "2026-03-09T08:00", "2026-03-09T08:10", Optional.of("2026-03-09T09:00"))
			.conversation("c2", CHAT, "2026-03-09T10:00", "2026-03-09T10:02", Optional.of("2026-03-09T11:00"))
			// Tuesday: chat after 4 min, social after 12 h, both open
			.conversation("c3", CHAT, "2026-03-10T10:00", "2026-03-10T10:04", Optional.empty())
			.conversation("c4", SOCIAL, "2026-03-10T08:00", "2026-03-10T20:00", Optional.empty());

	private ChartsResponse charts(ReportScope scope) {
		return new ChartsProvider(facts.engine).compute(facts.session(), scope, () -> false);
	}

	@Test
	void theChannelMixCountsConversationsCreatedInThePeriodLargestFirst() {
		ChartsResponse response = charts(new ReportScope(TWO_DAYS, Map.of()));
		assertEquals(DashboardResponse.Status.COMPLETED, response.status());
		assertEquals(List.of(new ChartsResponse.Slice(CHAT, 2), new ChartsResponse.Slice(EMAIL, 1),
				new ChartsResponse.Slice(SOCIAL, 1)), response.channels());
		assertEquals(4, response.created());
	}

	@Test
	void firstResponseTimesFallIntoTheirBinsWithEachChannelsTarget() {
		ChartsResponse.ResponseTimes times = charts(new ReportScope(TWO_DAYS, Map.of())).responses().orElseThrow();
		// 0-1 min, 1-5 (2 and 4 min), 5-15 (10 min), 15-30, 30-60, 1-4 h, 4-24 h (12 h), 24 h and more
		assertEquals(List.of(0L, 2L, 1L, 0L, 0L, 0L, 1L, 0L), times.counts());
		assertEquals(0, times.unanswered());
		assertEquals(4, times.answered());
		assertEquals(Map.of(CHAT, 120.0, EMAIL, 86_400.0, SOCIAL, 3600.0), times.targets());
	}

	@Test
	void theBacklogStartsWithWhatWasOpenBeforeThePeriodAndCarriesForward() {
		List<ChartsResponse.FlowPoint> flow = charts(new ReportScope(TWO_DAYS, Map.of())).flow();
		assertEquals(2, flow.size());
		// open at the start: p2 and p3. Monday: 2 created, 3 resolved (p2, c1, c2). Tuesday: 2 created.
		assertEquals(new ChartsResponse.FlowPoint("2026-03-09", Facts.vn("2026-03-09T00:00"), 2, 3, 1), flow.get(0));
		assertEquals(new ChartsResponse.FlowPoint("2026-03-10", Facts.vn("2026-03-10T00:00"), 2, 0, 3), flow.get(1));
	}

	@Test
	void aChannelFilterNarrowsEveryChart() {
		ChartsResponse response = charts(new ReportScope(TWO_DAYS, Map.of()).withFilter(Dimension.CHANNEL,
				Optional.of("CHAT")));
		assertEquals(List.of(new ChartsResponse.Slice(ChannelKind.CHAT, 2)), response.channels());
		assertEquals(List.of(0L, 2L, 0L, 0L, 0L, 0L, 0L, 0L), response.responses().orElseThrow().counts());
		assertEquals(Map.of(CHAT, 120.0), response.responses().orElseThrow().targets());
		// chat: p2 and p3 open at the start, Monday +1 -2, Tuesday +1
		assertEquals(List.of(1L, 2L), response.flow().stream().map(ChartsResponse.FlowPoint::backlog).toList());
	}

	@Test
	void theChannelMixAddsUpToTheCreatedOfCreatedVsResolved() {
		DashboardResponse tiles = new DashboardProvider(facts.engine).compute(facts.session(),
				new DashboardRequest(TWO_DAYS, Map.of(), List.of("created_vs_resolved")), () -> false);
		assertEquals(4, tiles.tiles().get(0).sampleSize().orElseThrow(), "the tile's n is its created count");
		assertEquals(4, charts(new ReportScope(TWO_DAYS, Map.of())).created());
		assertEquals(4, charts(new ReportScope(TWO_DAYS, Map.of())).flow().stream()
				.mapToLong(ChartsResponse.FlowPoint::created).sum());
	}

	@Test
	void aCancelledRequestHasNoCharts() {
		ChartsResponse response = new ChartsProvider(facts.engine).compute(facts.session(),
				new ReportScope(TWO_DAYS, Map.of()), () -> true);
		assertEquals(DashboardResponse.Status.CANCELLED, response.status());
		assertEquals(List.of(), response.channels());
	}
}
