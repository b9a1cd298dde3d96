package org.carelens.reports.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.carelens.facts.ConversationFact;
import org.carelens.kpi.api.FactTable;
import org.carelens.kpi.api.KpiEngine;
import org.carelens.kpi.api.KpiQuery;
import org.carelens.kpi.api.Member;
import org.carelens.store.api.StoreException;

/**
 * Lists the conversations behind a number: the engine says which rows of the session's table the metric counts (so
 * the list is exactly the number's sample, computed over the same facts as the number), and the stored facts give
 * each one's id and fields. The table keeps no conversation ids (a few bytes per conversation saved across
 * millions), hence the read of the stored facts, matched to rows through {@link FactTable#rowOf(String)}.
 */
public final class DrillDownProvider {

	private final KpiEngine engine;

	public DrillDownProvider(KpiEngine engine) {
		this.engine = Objects.requireNonNull(engine, "engine");
	}

	/**
	 * @param source    the workspace's stored facts
	 * @param cancelled asked while the rows and facts are read; when it says so, the answer is {@code CANCELLED}
	 * @return the conversations, or why there are none; never throws for a bad request or an unreadable store
	 */
	public DrillDownResponse compute(WorkspaceSession session, ConversationSource source, DrillDownRequest request,
			BooleanSupplier cancelled) {
		if (engine.metrics().stream().noneMatch(m -> m.info().id().equals(request.metric()))) {
			return DrillDownResponse.failed(request, "unknown metric '" + request.metric() + "'");
		}
		ReportScope scope = request.groupScope();
		Period period = scope.period();
		KpiQuery query = KpiQuery.all(period.to(), session.zone()).withMetrics(List.of(request.metric()))
				.withRange(Optional.of(period.from()), Optional.of(period.to())).withFilters(scope.filters())
				.withTargets(session.targets());
		try {
			Optional<List<Member>> members = engine.members(session.table(), query, request.metric(), cancelled);
			if (cancelled.getAsBoolean()) {
				return DrillDownResponse.cancelled(request);
			}
			if (members.isEmpty()) {
				return DrillDownResponse.notAvailable(request);
			}
			Map<Integer, Member> byRow = new HashMap<>();
			members.get().forEach(m -> byRow.put(m.row(), m));
			List<DrillColumn> columns = DrillColumn.of(request.metric());
			List<DrilledConversation> found = new ArrayList<>();
			MemberFacts.read(session, source, byRow, cancelled,
					(fact, member) -> found.add(conversation(fact, member, columns, period.to())));
			found.sort(Comparator.comparing(DrilledConversation::opened).thenComparing(DrilledConversation::id));
			return DrillDownResponse.completed(request, columns, found, byRow.size() - found.size());
		} catch (MemberFacts.Cancelled e) {
			return DrillDownResponse.cancelled(request);
		} catch (StoreException e) {
			return DrillDownResponse.failed(request, e.getMessage());
		} catch (RuntimeException e) {
			// a metric failing on these facts: say so in the view rather than lose it
			return DrillDownResponse.failed(request, e.getClass().getSimpleName() + ": " + e.getMessage());
		}
	}

	private static DrilledConversation conversation(ConversationFact fact, Member member, List<DrillColumn> columns,
			Instant at) {
		return new DrilledConversation(fact.conversation(), fact.channel(), fact.channelInstance(), fact.owner().agent(),
				fact.owner().team(), fact.timeline().opened(), fact.resolved(), member.role(),
				Instant.ofEpochSecond(member.attributedAt()), DrillValues.of(fact, columns, at));
	}
}
