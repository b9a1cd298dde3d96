package org.carelens.internal.kpi.metrics.standard;

import static org.carelens.core.api.ChannelKind.CHAT;
import static org.carelens.core.api.ChannelKind.EMAIL;
import static org.carelens.core.api.ChannelKind.VOICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.targets.TargetDirection;
import org.carelens.kpi.api.Aggregator;
import org.carelens.kpi.api.Attribution;
import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.FactTable;
import org.carelens.kpi.api.KpiQuery;
import org.carelens.kpi.api.Member;
import org.carelens.kpi.api.Metric;
import org.carelens.kpi.api.MetricContext;
import org.carelens.kpi.api.MetricInfo;
import org.carelens.kpi.api.MetricKind;
import org.carelens.kpi.api.MetricUnit;
import org.carelens.kpi.api.MetricValue;
import org.carelens.internal.kpi.engine.KpiEngineImpl;
import org.junit.jupiter.api.Test;

class MembersTest {

	private final Kpi kpi = new Kpi().add(
			new Conversation("e1").team("mail").opened("2026-03-02T08:00", EMAIL, "A").reply("2026-03-02T09:00", "ag1")
					.resolved("2026-03-02T10:00"),
			new Conversation("e2").team("mail").opened("2026-03-09T08:00", EMAIL, "B"),
			new Conversation("c1").team("live").opened("2026-03-02T08:00", CHAT, "C").reply("2026-03-02T08:01", "ag2")
					.resolved("2026-03-02T08:30"),
			new Conversation("v1").team("live").opened("2026-03-03T08:00", VOICE, "D").queued("2026-03-03T08:00")
					.answered("2026-03-03T08:00:15", "ag3").resolved("2026-03-03T08:10"));
	private final FactTable table = kpi.table();

	private List<String> members(KpiQuery query, String metric, Member.Role role) {
		List<String> ids = new ArrayList<>();
		for (Member member : kpi.engine.members(table, query, metric, () -> false).orElseThrow()) {
			if (member.role() == role) {
				ids.add(idOf(member.row()));
			}
		}
		return ids.stream().sorted().toList();
	}

	private String idOf(int row) {
		for (String id : List.of("e1", "e2", "c1", "v1")) {
			if (table.rowOf(id).orElseThrow() == row) {
				return id;
			}
		}
		throw new AssertionError("no conversation at row " + row);
	}

	@Test
	void resolutionRateListsTheResolvedAsNumeratorAndTheOpenAsDenominatorOnly() {
		KpiQuery mail = Kpi.query().withFilters(Map.of(Dimension.TEAM, Set.of("mail")));
		assertEquals(List.of("e1"), members(mail, "resolution_rate", Member.Role.NUMERATOR));
		assertEquals(List.of("e2"), members(mail, "resolution_rate", Member.Role.DENOMINATOR));
	}

	@Test
	void firstResponseTimeListsTheAnsweredOnlyAsItsSample() {
		// e2 was never answered: left out of n, so not a member
		assertEquals(List.of("c1", "e1", "v1"), members(Kpi.query(), "first_response_time", Member.Role.DENOMINATOR));
		assertEquals(List.of(), members(Kpi.query(), "first_response_time", Member.Role.NUMERATOR));
	}

	@Test
	void theRangeAppliesToTheMetricsAttributionAndTheMemberSaysItsInstant() {
		KpiQuery fromThirdMarch = Kpi.query().withRange(Optional.of(Conversation.vn("2026-03-03T00:00")),
				Optional.empty());
		List<Member> resolved = kpi.engine.members(table, fromThirdMarch, "resolution_time", () -> false).orElseThrow();
		assertEquals(1, resolved.size());
		assertEquals("v1", idOf(resolved.get(0).row()));
		assertEquals(Conversation.vn("2026-03-03T08:10").getEpochSecond(), resolved.get(0).attributedAt());
	}

	@Test
	void aMetricThatCannotSayItsMembersStillComputesAndListsNothing() {
		Metric thirdParty = new Metric() {
			@Override
			public MetricInfo info() {
				return new MetricInfo("volume", "metric.volume", MetricUnit.COUNT, TargetDirection.HIGHER_IS_BETTER,
						MetricKind.EFFECTIVENESS);
			}

			@Override
			public String definition() {
				return "conversations created";
			}

			@Override
			public List<Attribution> attributions() {
				return List.of(Attribution.OPENED);
			}

			@Override
			public Aggregator newAggregator(MetricContext context) {
				return new CountAggregator(row -> true);
			}

			@Override
			public Optional<Double> defaultTarget(Optional<ChannelKind> channel) {
				return Optional.empty();
			}
		};
		KpiEngineImpl engine = KpiEngineImpl.of(List.of(thirdParty));
		FactTable own = engine.newTable(Optional.empty());
		own.upsert(kpi.facts());
		assertEquals(Optional.empty(), engine.members(own, Kpi.query(), "volume", () -> false));
		assertEquals(Optional.of(MetricValue.count(4)),
				engine.compute(own, Kpi.query()).rows().get(0).metrics().get("volume").value());
	}

	@Test
	void anUnknownMetricIsNamed() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> kpi.engine.members(table, Kpi.query(), "no_such_metric", () -> false));
		assertEquals(true, e.getMessage().contains("no_such_metric"));
	}

	@Test
	void aConversationThatIsNotHeldHasNoRow() {
		assertEquals(true, table.rowOf("nobody").isEmpty());
	}
}
