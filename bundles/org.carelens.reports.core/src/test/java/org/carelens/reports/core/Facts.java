package org.carelens.reports.core;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.carelens.core.api.Author;
import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Direction;
import org.carelens.core.api.Event;
import org.carelens.core.api.EventHeader;
import org.carelens.core.api.Priority;
import org.carelens.core.api.org.Organization;
import org.carelens.core.api.sla.SlaMetric;
import org.carelens.core.api.sla.SlaPolicy;
import org.carelens.core.api.sla.SlaTarget;
import org.carelens.facts.ConversationFact;
import org.carelens.facts.EventsByConversation;
import org.carelens.facts.FactBook;
import org.carelens.facts.FactContext;
import org.carelens.internal.kpi.engine.KpiEngineImpl;
import org.carelens.internal.kpi.metrics.standard.StandardMetrics;
import org.carelens.kpi.api.FactTable;

/**
 * Builds a workspace session from hand-written conversations, times in Vietnam's local time: opened, first agent
 * reply, optionally resolved.
 */
final class Facts {

	static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	/** The SLA policy of {@link #withSla()}: first response within 15 minutes, resolution within 2 hours. */
	static final SlaPolicy STANDARD = new SlaPolicy("std", "Standard", Optional.empty(),
			List.of(new SlaTarget(SlaMetric.FIRST_RESPONSE, Optional.empty(), Optional.empty(), Duration.ofMinutes(15)),
					new SlaTarget(SlaMetric.RESOLUTION, Optional.empty(), Optional.empty(), Duration.ofHours(2))));

	final KpiEngineImpl engine = KpiEngineImpl.of(StandardMetrics.all());
	private final List<Event> events = new ArrayList<>();
	private Optional<String> policy = Optional.empty();
	private FactContext context = FactContext.EMPTY;

	/** Puts the conversations added from now on under the policy {@link #STANDARD}. */
	Facts withSla() {
		policy = Optional.of(STANDARD.id());
		context = new FactContext(Map.of(), Map.of(STANDARD.id(), STANDARD), Organization.EMPTY,
				FactContext.DEFAULT_FCR_WINDOW);
		return this;
	}

	static Instant vn(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(VN).toInstant();
	}

	Facts conversation(String id, ChannelKind channel, String opened, String reply, Optional<String> resolved) {
		int[] sequence = { 0 };
		java.util.function.Function<String, EventHeader> header = at -> EventHeader.of(id + "-" + (++sequence[0]),
				vn(at)).withConversation(id);
		events.add(new Event.ConversationOpened(header.apply(opened).withChannel(channel).withCustomer("cust-" + id),
				Direction.INBOUND, Optional.<Priority>empty(), Optional.empty(), Optional.empty(), policy));
		events.add(new Event.Message(header.apply(reply).withAgent("ag1"), Author.AGENT, true));
		resolved.ifPresent(at -> events.add(new Event.Resolved(header.apply(at))));
		return this;
	}

	/** A survey of {@code kind} sent for conversation {@code id} at {@code at}, and its answer when one is given. */
	Facts surveyed(String id, org.carelens.core.api.SurveyKind kind, String at, Optional<Double> answer) {
		events.add(new Event.SurveySent(EventHeader.of(id + "-sent-" + kind, vn(at)).withConversation(id),
				kind.wire(), kind));
		answer.ifPresent(score -> events.add(new Event.SurveyResponse(
				EventHeader.of(id + "-answer-" + kind, vn(at).plusSeconds(600)).withConversation(id), kind.wire(),
				kind, score, Optional.empty())));
		return this;
	}

	/** A QA review of conversation {@code id} at {@code at}. */
	Facts reviewed(String id, String at, double score) {
		events.add(new Event.QaReview(EventHeader.of(id + "-qa", vn(at)).withConversation(id), "qa-standard", score,
				false, "sup"));
		return this;
	}

	private Collection<ConversationFact> facts() {
		EventsByConversation byConversation = new EventsByConversation();
		byConversation.addAll(events);
		FactBook book = new FactBook(context);
		book.apply(events, byConversation::eventsOf);
		return book.facts();
	}

	WorkspaceSession session() {
		return session(engine);
	}

	/** @return a session whose table is made by {@code other}, an engine with other metrics */
	WorkspaceSession session(KpiEngineImpl other) {
		FactTable table = other.newTable(Optional.empty());
		table.upsert(facts());
		return new WorkspaceSession(java.nio.file.Path.of("ws"), Optional.empty(), table);
	}

	/** @return a session that knows the conversation id of each row, as one opened from a workspace does */
	WorkspaceSession sessionWithIds() {
		return sessionWithIds(engine, facts(), Optional.empty());
	}

	/** @return a session of {@code facts} and {@code config} that knows the conversation id of each row */
	static WorkspaceSession sessionWithIds(KpiEngineImpl engine, Collection<ConversationFact> facts,
			Optional<org.carelens.core.api.workspace.WorkspaceConfig> config) {
		FactTable table = engine.newTable(Optional.empty());
		List<ConversationFact> all = List.copyOf(facts);
		table.upsert(all);
		String[] ids = new String[table.size()];
		all.forEach(f -> ids[table.rowOf(f.conversation()).orElseThrow()] = f.conversation());
		return new WorkspaceSession(java.nio.file.Path.of("ws"), config, table, Optional.of(List.of(ids)));
	}

	/** @return the facts and events as a store would hand them, in the order of their ids as a store's are */
	ConversationSource source() {
		return source(facts(), events);
	}

	/** @return {@code facts} and {@code events} as a store would hand them, the facts in the order of their ids */
	static ConversationSource source(Collection<ConversationFact> facts, List<Event> events) {
		List<ConversationFact> stored = new ArrayList<>(facts);
		stored.sort(Comparator.comparing(ConversationFact::conversation));
		return new ConversationSource() {
			@Override
			public void facts(Consumer<? super ConversationFact> sink) {
				stored.forEach(sink);
			}

			@Override
			public Optional<StoredConversation> conversation(String id) {
				List<Event> own = events.stream().filter(e -> e.conversation().equals(Optional.of(id))).toList();
				Optional<ConversationFact> fact = stored.stream().filter(f -> f.conversation().equals(id)).findFirst();
				return own.isEmpty() ? Optional.empty() : Optional.of(new StoredConversation(fact, own));
			}
		};
	}
}
