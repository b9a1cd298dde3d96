package org.carelens.reports.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.Author;
import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Direction;
import org.carelens.core.api.Event;
import org.carelens.core.api.EventHeader;
import org.carelens.core.api.Priority;
import org.carelens.core.api.org.Agent;
import org.carelens.core.api.org.Organization;
import org.carelens.core.api.org.Team;
import org.carelens.core.api.workspace.WorkspaceConfig;
import org.carelens.facts.EventsByConversation;
import org.carelens.facts.FactBook;
import org.carelens.facts.FactContext;
import org.carelens.internal.kpi.engine.KpiEngineImpl;
import org.carelens.internal.kpi.metrics.standard.StandardMetrics;
import org.carelens.kpi.api.FactTable;

/**
 * Builds a workspace session with an organisation (teams t1 "Alpha team" with agents a1 and a2, t2 "Bravo team"
 * with a3, t3 "Charlie team" with a4) from hand-written email conversations in Vietnam's local time.
 */
final class TeamFacts {

	static final Organization ORGANIZATION = new Organization(List.of(), List.of(),
			List.of(team("t1", "Alpha team"), team("t2", "Bravo team"), team("t3", "Charlie team")),
			List.of(agent("a1", "t1"), agent("a2", "t1"), agent("a3", "t2"), agent("a4", "t3")));

	final KpiEngineImpl engine = KpiEngineImpl.of(StandardMetrics.all());
	private final List<Event> events = new ArrayList<>();

	private static Team team(String id, String name) {
		return new Team(id, name, Optional.empty(), Optional.empty());
	}

	private static Agent agent(String id, String team) {
		return new Agent(id, "Agent " + id, Optional.of(team), Optional.empty());
	}

	/**
	 * @param agent who first replies at {@code reply}; empty for a conversation nobody took yet (no reply)
	 */
	TeamFacts conversation(String id, Optional<String> agent, String opened, String reply,
			Optional<String> resolved) {
		int[] sequence = { 0 };
		java.util.function.Function<String, EventHeader> header = at -> EventHeader
				.of(id + "-" + (++sequence[0]), Facts.vn(at)).withConversation(id);
		events.add(new Event.ConversationOpened(header.apply(opened).withChannel(ChannelKind.EMAIL)
				.withCustomer("cust-" + id), Direction.INBOUND, Optional.<Priority>empty(), Optional.empty(),
				Optional.empty(), Optional.empty()));
		agent.ifPresent(a -> events.add(new Event.Message(header.apply(reply).withAgent(a), Author.AGENT, true)));
		resolved.ifPresent(at -> events.add(new Event.Resolved(header.apply(at))));
		return this;
	}

	WorkspaceSession session() {
		WorkspaceConfig config = new WorkspaceConfig("Teams", Facts.VN, Optional.empty(), ORGANIZATION, Map.of(),
				Map.of(), Map.of(), Map.of(), List.of(), Map.of());
		EventsByConversation byConversation = new EventsByConversation();
		byConversation.addAll(events);
		FactBook book = new FactBook(FactContext.of(config));
		book.apply(events, byConversation::eventsOf);
		FactTable table = engine.newTable(Optional.empty());
		table.upsert(book.facts());
		return new WorkspaceSession(Path.of("ws"), Optional.of(config), table);
	}
}
