package org.carelens.reports.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.carelens.kpi.api.KpiEngine;
import org.carelens.kpi.api.KpiQuery;
import org.carelens.kpi.api.Member;
import org.carelens.store.api.StoreException;

/**
 * Draws QA samples ({@link QaSampler}) from the conversations resolved in a scope, as the engine lists them for the
 * resolution time (so the sample is drawn from the conversations the dashboard counts), or from a drill-down list;
 * the stored facts say whom each is credited to and whether it was reviewed.
 */
public final class QaSampleProvider {

	/** The metric whose sample is "the conversations resolved in the period". */
	static final String RESOLVED = "resolution_time";

	private final KpiEngine engine;

	public QaSampleProvider(KpiEngine engine) {
		this.engine = Objects.requireNonNull(engine, "engine");
	}

	/** @return the sample, or why there is none; never throws for an unreadable store */
	public QaSample compute(WorkspaceSession session, ConversationSource source, QaSampleRequest request,
			BooleanSupplier cancelled) {
		try {
			Set<String> ids = new HashSet<>();
			if (request.conversations().isPresent()) {
				ids.addAll(request.conversations().get());
			} else {
				Period period = request.scope().period();
				KpiQuery query = KpiQuery.all(period.to(), session.zone()).withMetrics(List.of(RESOLVED))
						.withRange(Optional.of(period.from()), Optional.of(period.to()))
						.withFilters(request.scope().filters());
				Optional<List<Member>> members = engine.members(session.table(), query, RESOLVED, cancelled);
				if (members.isEmpty()) {
					return QaSample.failed(request, "the metric " + RESOLVED + " cannot list its conversations");
				}
				members.get().forEach(m -> session.conversationOf(m.row()).ifPresent(ids::add));
			}
			if (cancelled.getAsBoolean()) {
				return QaSample.cancelled(request);
			}
			List<QaCandidate> candidates = new ArrayList<>(ids.size());
			source.factsOf(ids, fact -> candidates.add(QaCandidate.of(fact)));
			if (cancelled.getAsBoolean()) {
				return QaSample.cancelled(request);
			}
			int reviewed = (int) candidates.stream().filter(QaCandidate::reviewed).count();
			return QaSample.completed(request, QaSampler.sample(candidates, request.perAgent(), request.seed()),
					candidates.size(), reviewed);
		} catch (StoreException e) {
			return QaSample.failed(request, e.getMessage());
		}
	}
}
