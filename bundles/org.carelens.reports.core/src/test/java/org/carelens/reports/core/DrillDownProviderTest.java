package org.carelens.reports.core;

import static org.carelens.core.api.ChannelKind.CHAT;
import static org.carelens.core.api.ChannelKind.EMAIL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.targets.TargetDirection;
import org.carelens.facts.ConversationFact;
import org.carelens.internal.kpi.engine.KpiEngineImpl;
import org.carelens.internal.kpi.metrics.standard.StandardMetrics;
import org.carelens.kpi.api.Aggregator;
import org.carelens.kpi.api.Attribution;
import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.Member;
import org.carelens.kpi.api.Metric;
import org.carelens.kpi.api.MetricContext;
import org.carelens.kpi.api.MetricInfo;
import org.carelens.kpi.api.MetricKind;
import org.carelens.kpi.api.MetricUnit;
import org.carelens.kpi.api.MetricValue;
import org.carelens.store.api.StoreException;
import org.junit.jupiter.api.Test;

class DrillDownProviderTest {

	/** Monday 9 and Tuesday 10 March. */
	private static final Period TWO_DAYS = PeriodPreset.custom(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 10),
			Facts.VN);
	private static final ReportScope SCOPE = new ReportScope(TWO_DAYS, Map.of());

	private final Facts facts = new Facts().withSla()
			// in the period: answered after 10, 2 and 20 minutes; c1 and c2 resolved within 2 hours
			.conversation("c1", EMAIL, "2026-03-09T08:00", "2026-03-09T08:10", Optional.of("2026-03-09T09:00"))
			.conversation("c2", CHAT, "2026-03-09T10:00", "2026-03-09T10:02", Optional.of("2026-03-09T11:00"))
			.conversation("c3", CHAT, "2026-03-10T10:00", "2026-03-10T10:20", Optional.empty())
			// before the period
			.conversation("p1", EMAIL, "2026-03-07T08:00", "2026-03-07T08:20", Optional.of("2026-03-09T09:00"));

	private DrillDownResponse drill(DrillDownRequest request) {
		return new DrillDownProvider(facts.engine).compute(facts.session(), facts.source(), request, () -> false);
	}

	private static List<String> ids(DrillDownResponse response, Member.Role role) {
		return response.conversations().stream().filter(c -> c.role() == role).map(DrilledConversation::id).toList();
	}

	@Test
	void aSessionThatKnowsTheIdsReadsOnlyTheMembersFactsAndListsTheSame() {
		List<String> asked = new java.util.ArrayList<>();
		ConversationSource all = facts.source();
		ConversationSource counting = new ConversationSource() {
			@Override
			public void facts(java.util.function.Consumer<? super org.carelens.facts.ConversationFact> sink) {
				throw new AssertionError("a session that knows the ids does not read every fact");
			}

			@Override
			public void factsOf(java.util.Collection<String> conversations,
					java.util.function.Consumer<? super org.carelens.facts.ConversationFact> sink) {
				asked.addAll(conversations);
				all.factsOf(conversations, sink);
			}

			@Override
			public java.util.Optional<StoredConversation> conversation(String id) {
				return all.conversation(id);
			}
		};
		DrillDownRequest request = DrillDownRequest.of(SCOPE, "resolution_rate");
		DrillDownResponse scanned = drill(request);
		DrillDownResponse picked = new DrillDownProvider(facts.engine).compute(facts.sessionWithIds(), counting,
				request, () -> false);
		assertEquals(scanned.conversations(), picked.conversations());
		assertEquals(java.util.Set.of("c1", "c2", "c3"), java.util.Set.copyOf(asked), "the members only, not p1");
	}

	@Test
	void aRateListsItsDenominatorWithTheNumeratorMarked() {
		DrillDownResponse response = drill(DrillDownRequest.of(SCOPE, "resolution_rate"));
		assertEquals(DrillDownResponse.Status.COMPLETED, response.status());
		assertEquals(List.of("c1", "c2"), ids(response, Member.Role.NUMERATOR));
		assertEquals(List.of("c3"), ids(response, Member.Role.DENOMINATOR));
		assertEquals(2, response.numeratorCount());
		assertEquals(0, response.missing());
	}

	@Test
	void aDurationListsItsSampleWithEachConversationsDuration() {
		DrillDownResponse response = drill(DrillDownRequest.of(SCOPE, "first_response_time"));
		assertEquals(List.of(DrillColumn.FIRST_RESPONSE, DrillColumn.SLA_FIRST_RESPONSE_DUE, DrillColumn.SLA_MET),
				response.columns());
		assertEquals(List.of(Optional.of(Duration.ofMinutes(10)), Optional.of(Duration.ofMinutes(2)),
				Optional.of(Duration.ofMinutes(20))),
				response.conversations().stream().map(c -> c.value(DrillColumn.FIRST_RESPONSE)).toList());
		DrilledConversation late = response.conversations().get(2);
		assertEquals(Optional.of(Facts.vn("2026-03-10T10:15")), late.value(DrillColumn.SLA_FIRST_RESPONSE_DUE));
		assertEquals(Optional.of(false), late.value(DrillColumn.SLA_MET), "answered after 20 of 15 minutes");
		assertEquals(Optional.of(true), response.conversations().get(0).value(DrillColumn.SLA_MET));
	}

	@Test
	void aGroupNarrowsTheListToItsValue() {
		DrillDownResponse response = drill(
				new DrillDownRequest(SCOPE, "resolution_rate", Map.of(Dimension.CHANNEL, ChannelKind.CHAT.wire())));
		assertEquals(List.of("c2", "c3"), response.conversations().stream().map(DrilledConversation::id).toList());
		DrilledConversation c2 = response.conversations().get(0);
		assertEquals(CHAT, c2.channel());
		assertEquals(Optional.of("ag1"), c2.agent());
		assertEquals(Facts.vn("2026-03-09T10:00"), c2.opened());
		assertEquals(true, c2.resolved());
	}

	@Test
	void theResolutionTimeListIsAttributedToTheResolution() {
		// p1 was opened before the period and resolved in it: in resolution_time, with its resolution instant
		DrillDownResponse response = drill(DrillDownRequest.of(SCOPE, "resolution_time"));
		assertEquals(List.of("p1", "c1", "c2"), response.conversations().stream().map(DrilledConversation::id).toList());
		assertEquals(Facts.vn("2026-03-09T09:00"), response.conversations().get(0).attributed());
		assertEquals(Optional.of(Duration.ofHours(49)), response.conversations().get(0).value(DrillColumn.RESOLUTION));
	}

	@Test
	void aMetricThatCannotSayItsConversationsIsNotAvailable() {
		Metric volume = new Metric() {
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
				return new Aggregator() {
					private long count;

					@Override
					public void accumulate(org.carelens.kpi.api.FactRow row, int attribution) {
						count++;
					}

					@Override
					public void merge(Aggregator other) {
					}

					@Override
					public Optional<MetricValue> result() {
						return Optional.of(MetricValue.count(count));
					}
				};
			}

			@Override
			public Optional<Double> defaultTarget(Optional<ChannelKind> channel) {
				return Optional.empty();
			}
		};
		KpiEngineImpl engine = KpiEngineImpl.of(List.of(volume));
		WorkspaceSession session = facts.session(engine);
		DrillDownResponse response = new DrillDownProvider(engine).compute(session, facts.source(),
				DrillDownRequest.of(SCOPE, "volume"), () -> false);
		assertEquals(DrillDownResponse.Status.NOT_AVAILABLE, response.status());
	}

	@Test
	void aStoreInUseElsewhereFailsWithItsMessage() {
		ConversationSource busy = new ConversationSource() {
			@Override
			public void facts(Consumer<? super ConversationFact> sink) {
				throw new StoreException("workspace /ws is in use by another CareLens process");
			}

			@Override
			public Optional<StoredConversation> conversation(String id) {
				throw new StoreException("workspace /ws is in use by another CareLens process");
			}
		};
		DrillDownResponse response = new DrillDownProvider(facts.engine).compute(facts.session(), busy,
				DrillDownRequest.of(SCOPE, "resolution_rate"), () -> false);
		assertEquals(DrillDownResponse.Status.FAILED, response.status());
		assertEquals(Optional.of("workspace /ws is in use by another CareLens process"), response.reason());
	}

	@Test
	void anUnknownMetricIsNamed() {
		DrillDownResponse response = drill(DrillDownRequest.of(SCOPE, "no_such_metric"));
		assertEquals(DrillDownResponse.Status.FAILED, response.status());
		assertEquals(Optional.of("unknown metric 'no_such_metric'"), response.reason());
	}

	@Test
	void aCancelledRequestSaysSo() {
		DrillDownResponse response = new DrillDownProvider(facts.engine).compute(facts.session(), facts.source(),
				DrillDownRequest.of(SCOPE, "resolution_rate"), () -> true);
		assertEquals(DrillDownResponse.Status.CANCELLED, response.status());
	}

	@Test
	void theEngineKnowsEveryStandardMetricsColumns() {
		for (Metric metric : StandardMetrics.all()) {
			assertEquals(false, DrillColumn.of(metric.info().id()).isEmpty(), metric.info().id());
		}
	}
}
