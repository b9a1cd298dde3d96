package org.carelens.internal.kpi.metrics.standard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.Event;
import org.carelens.core.api.time.BusinessCalendar;
import org.carelens.facts.ConversationFact;
import org.carelens.facts.EventsByConversation;
import org.carelens.facts.FactBook;
import org.carelens.facts.FactContext;
import org.carelens.internal.kpi.engine.KpiEngineImpl;
import org.carelens.kpi.api.FactTable;
import org.carelens.kpi.api.KpiQuery;
import org.carelens.kpi.api.KpiResult;
import org.carelens.kpi.api.MetricValue;

/**
 * Runs hand-built events through what {@code carelens kpi --events} does: fold them with a {@link FactBook}, load
 * the facts into the engine's table, compute.
 */
final class Kpi {

	static final Instant AT = Conversation.vn("2026-04-01T00:00");

	final KpiEngineImpl engine = KpiEngineImpl.of(StandardMetrics.all());
	private final List<Event> events = new ArrayList<>();
	private FactContext context = FactContext.EMPTY;
	private Optional<BusinessCalendar> businessHours = Optional.empty();

	Kpi add(Conversation... conversations) {
		for (Conversation conversation : conversations) {
			events.addAll(conversation.events());
		}
		return this;
	}

	Kpi add(Event event) {
		events.add(event);
		return this;
	}

	Kpi context(FactContext factContext) {
		this.context = factContext;
		return this;
	}

	Kpi businessHours(BusinessCalendar calendar) {
		this.businessHours = Optional.of(calendar);
		return this;
	}

	/** @return the facts of the conversations added, folded */
	List<org.carelens.facts.ConversationFact> facts() {
		return List.copyOf(book().facts());
	}

	private FactBook book() {
		EventsByConversation byConversation = new EventsByConversation();
		byConversation.addAll(events);
		FactBook book = new FactBook(context);
		book.apply(events, byConversation::eventsOf);
		return book;
	}

	FactTable table() {
		FactBook book = book();
		FactTable table = engine.newTable(businessHours);
		table.upsert(book.facts());
		table.addOrders(events, book::keyOf);
		return table;
	}

	KpiResult run(KpiQuery query) {
		return engine.compute(table(), query);
	}

	static KpiQuery query() {
		return KpiQuery.all(AT, Conversation.VN);
	}

	/** @return the metric's value over every conversation, in one group */
	Optional<MetricValue> value(String metric) {
		return value(metric, query());
	}

	Optional<MetricValue> value(String metric, KpiQuery query) {
		KpiResult result = run(query.withMetrics(List.of(metric)));
		if (result.rows().isEmpty()) {
			return Optional.empty();
		}
		if (result.rows().size() != 1) {
			throw new AssertionError("expected one group, got " + result.rows().size());
		}
		return result.rows().get(0).metrics().get(metric).value();
	}

	/** @return the fields of the metric's value; fails when there is none */
	Map<String, Object> fields(String metric) {
		return value(metric).orElseThrow(() -> new AssertionError(metric + " has no value")).fields();
	}
}
