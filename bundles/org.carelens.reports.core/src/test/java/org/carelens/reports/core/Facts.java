package org.carelens.reports.core;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.carelens.core.api.Author;
import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Direction;
import org.carelens.core.api.Event;
import org.carelens.core.api.EventHeader;
import org.carelens.core.api.Priority;
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

	final KpiEngineImpl engine = KpiEngineImpl.of(StandardMetrics.all());
	private final List<Event> events = new ArrayList<>();

	static Instant vn(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(VN).toInstant();
	}

	Facts conversation(String id, ChannelKind channel, String opened, String reply, Optional<String> resolved) {
		int[] sequence = { 0 };
		java.util.function.Function<String, EventHeader> header = at -> EventHeader.of(id + "-" + (++sequence[0]),
				vn(at)).withConversation(id);
		events.add(new Event.ConversationOpened(header.apply(opened).withChannel(channel).withCustomer("cust-" + id),
				Direction.INBOUND, Optional.<Priority>empty(), Optional.empty(), Optional.empty(), Optional.empty()));
		events.add(new Event.Message(header.apply(reply).withAgent("ag1"), Author.AGENT, true));
		resolved.ifPresent(at -> events.add(new Event.Resolved(header.apply(at))));
		return this;
	}

	WorkspaceSession session() {
		EventsByConversation byConversation = new EventsByConversation();
		byConversation.addAll(events);
		FactBook book = new FactBook(FactContext.EMPTY);
		book.apply(events, byConversation::eventsOf);
		FactTable table = engine.newTable(Optional.empty());
		table.upsert(book.facts());
		return new WorkspaceSession(java.nio.file.Path.of("ws"), Optional.empty(), table);
	}
}
