package org.carelens.reports.core;

import static org.carelens.core.api.ChannelKind.CHAT;
import static org.carelens.core.api.ChannelKind.EMAIL;
import static org.carelens.core.api.ChannelKind.VOICE;
import static org.carelens.reports.core.Facts.vn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.carelens.core.api.Author;
import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Direction;
import org.carelens.core.api.Event;
import org.carelens.core.api.EventHeader;
import org.carelens.core.api.channel.ChannelInstance;
import org.carelens.core.api.org.Organization;
import org.carelens.core.api.sla.SlaMetric;
import org.carelens.core.api.sla.SlaPolicy;
import org.carelens.core.api.sla.SlaTarget;
import org.carelens.core.api.targets.MetricTarget;
import org.carelens.core.api.targets.TargetDirection;
import org.carelens.core.api.time.BusinessCalendar;
import org.carelens.core.api.time.WeeklyHours;
import org.carelens.core.api.workspace.WorkspaceConfig;
import org.carelens.facts.ConversationFact;
import org.carelens.facts.EventsByConversation;
import org.carelens.facts.FactBook;
import org.carelens.facts.FactContext;
import org.carelens.internal.kpi.engine.KpiEngineImpl;
import org.carelens.internal.kpi.metrics.standard.StandardMetrics;
import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.KpiQuery;
import org.carelens.kpi.api.MetricValue;
import org.carelens.reports.core.SlaQueueResponse.Group;
import org.carelens.reports.core.SlaQueueResponse.OpenConversation;
import org.carelens.reports.core.SlaQueueResponse.Queue;
import org.carelens.reports.core.SlaQueueResponse.SlaState;
import org.junit.jupiter.api.Test;

class SlaQueueProviderTest {

	/** Monday 9 March 2026, 10:00 in Vietnam: the report instant. */
	private static final Instant AT = vn("2026-03-09T10:00");
	private static final ReportScope SCOPE = new ReportScope(
			PeriodPreset.custom(java.time.LocalDate.of(2026, 3, 9), java.time.LocalDate.of(2026, 3, 9), Facts.VN),
			Map.of());

	/** Wall-clock: first response 15 min, next reply 30 min, resolution 2 h. */
	private static final SlaPolicy WALL = new SlaPolicy("wall", "Chat", Optional.empty(),
			List.of(target(SlaMetric.FIRST_RESPONSE, Duration.ofMinutes(15)),
					target(SlaMetric.NEXT_REPLY, Duration.ofMinutes(30)),
					target(SlaMetric.RESOLUTION, Duration.ofHours(2))));
	/** Office hours, Monday to Friday 08:00–17:00: first response 1 h, resolution 8 h of business time. */
	private static final SlaPolicy OFFICE = new SlaPolicy("office", "Email", Optional.of("office-hours"),
			List.of(target(SlaMetric.FIRST_RESPONSE, Duration.ofHours(1)),
					target(SlaMetric.RESOLUTION, Duration.ofHours(8))));
	private static final BusinessCalendar OFFICE_HOURS = new BusinessCalendar("office-hours", "Office", Facts.VN,
			WeeklyHours.parse("Mon-Fri 08:00-17:00"), List.of());

	private final KpiEngineImpl engine = KpiEngineImpl.of(StandardMetrics.all());
	private final List<Event> events = new ArrayList<>();
	private final List<MetricTarget> targets = new ArrayList<>();

	private static SlaTarget target(SlaMetric metric, Duration limit) {
		return new SlaTarget(metric, Optional.empty(), Optional.empty(), limit);
	}

	/** Opens a conversation; {@code more} adds its events, each given the next event id. */
	private SlaQueueProviderTest conversation(String id, ChannelKind channel, String instance, Optional<String> policy,
			String opened, Consumer<Events> more) {
		Events of = new Events(id);
		events.add(new Event.ConversationOpened(of.header(opened).withChannel(channel).withCustomer("cust-" + id)
				.withChannelInstance(instance), Direction.INBOUND, Optional.empty(), Optional.empty(),
				Optional.empty(), policy));
		more.accept(of);
		return this;
	}

	/** The events of one conversation, times in Vietnam's local time. */
	private final class Events {
		private final String conversation;
		private int sequence;
		private String agent = "a1";

		Events(String conversation) {
			this.conversation = conversation;
		}

		EventHeader header(String at) {
			return EventHeader.of(conversation + "-" + (++sequence), vn(at)).withConversation(conversation);
		}

		Events assigned(String at, String owner, String team) {
			agent = owner;
			events.add(new Event.Assigned(header(at).withAgent(owner).withTeam(team)));
			return this;
		}

		Events customer(String at) {
			events.add(new Event.Message(header(at), Author.CUSTOMER, true));
			return this;
		}

		Events reply(String at) {
			events.add(new Event.Message(header(at).withAgent(agent), Author.AGENT, true));
			return this;
		}

		Events resolved(String at) {
			events.add(new Event.Resolved(header(at)));
			return this;
		}

		Events queued(String at) {
			events.add(new Event.QueueEntered(header(at), Optional.of("q")));
			return this;
		}

		Events answered(String at) {
			events.add(new Event.QueueAnswered(header(at).withAgent(agent)));
			return this;
		}

		Events abandoned(String at) {
			events.add(new Event.QueueAbandoned(header(at)));
			return this;
		}
	}

	/** Every case of the tests below, in one workspace. */
	private SlaQueueProviderTest workspace() {
		Optional<String> wall = Optional.of(WALL.id());
		return conversation("exact", CHAT, "webchat", wall, "2026-03-09T09:45", c -> c.assigned("2026-03-09T09:45", "a1", "t1"))
				.conversation("late", CHAT, "webchat", wall, "2026-03-09T09:44:59", c -> c.assigned("2026-03-09T09:45", "a1", "t1"))
				.conversation("edge", CHAT, "webchat", wall, "2026-03-09T09:46:30", c -> c.assigned("2026-03-09T09:47", "a2", "t1"))
				.conversation("below", CHAT, "webchat", wall, "2026-03-09T09:46:31", c -> c.assigned("2026-03-09T09:47", "a2", "t1"))
				// Friday 16:30: half an hour of business time on Friday, two on Monday morning
				.conversation("weekend", EMAIL, "mail", Optional.of(OFFICE.id()), "2026-03-06T16:30",
						c -> c.assigned("2026-03-06T16:31", "a3", "t2"))
				.conversation("nosla", CHAT, "webchat", Optional.empty(), "2026-03-09T08:00", c -> c.customer("2026-03-09T08:00"))
				.conversation("resolved", CHAT, "webchat", wall, "2026-03-09T09:00",
						c -> c.assigned("2026-03-09T09:00", "a1", "t1").reply("2026-03-09T09:05").resolved("2026-03-09T09:50"))
				// resolved after the report instant: open at it, its first response met
				.conversation("later", CHAT, "webchat", wall, "2026-03-09T09:00",
						c -> c.assigned("2026-03-09T09:00", "a2", "t1").reply("2026-03-09T09:05").resolved("2026-03-09T10:30"))
				.conversation("pending-reply", CHAT, "webchat", wall, "2026-03-09T09:00",
						c -> c.assigned("2026-03-09T09:00", "a3", "t2").reply("2026-03-09T09:05").customer("2026-03-09T09:40"))
				.conversation("call1", VOICE, "hotline-1900", Optional.empty(), "2026-03-09T09:57", c -> c.queued("2026-03-09T09:57"))
				.conversation("call2", VOICE, "hotline-1900", Optional.empty(), "2026-03-09T09:58:30", c -> c.queued("2026-03-09T09:58:30"))
				.conversation("call3", VOICE, "hotline-1900", Optional.empty(), "2026-03-09T09:59", c -> c.queued("2026-03-09T09:59"))
				.conversation("call4", VOICE, "hotline-2", Optional.empty(), "2026-03-09T09:50",
						c -> c.queued("2026-03-09T09:50").answered("2026-03-09T09:51"))
				.conversation("call5", VOICE, "hotline-2", Optional.empty(), "2026-03-09T09:58",
						c -> c.queued("2026-03-09T09:58").abandoned("2026-03-09T09:59"))
				// answered only after the report instant: still waiting at it
				.conversation("call6", VOICE, "hotline-2", Optional.empty(), "2026-03-09T09:59:30",
						c -> c.queued("2026-03-09T09:59:30").answered("2026-03-09T10:01"));
	}

	private WorkspaceConfig config() {
		Map<String, ChannelInstance> channels = Map.of(
				"hotline-1900", new ChannelInstance("hotline-1900", "Hotline 1900", VOICE, "file", Map.of()),
				"hotline-2", new ChannelInstance("hotline-2", "Hotline 2", VOICE, "file", Map.of()),
				"webchat", new ChannelInstance("webchat", "Web chat", CHAT, "file", Map.of()),
				"counter", new ChannelInstance("counter", "Counter", ChannelKind.IN_PERSON, "file", Map.of()),
				"mail", new ChannelInstance("mail", "Mail", EMAIL, "file", Map.of()));
		return new WorkspaceConfig("test", Facts.VN, Optional.empty(), Organization.EMPTY, channels,
				Map.of(OFFICE_HOURS.id(), OFFICE_HOURS), Map.of(WALL.id(), WALL, OFFICE.id(), OFFICE), Map.of(), targets,
				Map.of());
	}

	private List<ConversationFact> facts() {
		EventsByConversation byConversation = new EventsByConversation();
		byConversation.addAll(events);
		FactBook book = new FactBook(FactContext.of(config()));
		book.apply(events, byConversation::eventsOf);
		List<ConversationFact> facts = new ArrayList<>(book.facts());
		facts.sort(Comparator.comparing(ConversationFact::conversation));
		return facts;
	}

	private WorkspaceSession session() {
		return Facts.sessionWithIds(engine, facts(), Optional.of(config()));
	}

	private ConversationSource source() {
		return Facts.source(facts(), events);
	}

	private SlaQueueResponse compute(ReportScope scope) {
		return new SlaQueueProvider(engine).compute(session(), source(),
				new SlaQueueRequest(scope, AT, SlaQueueRequest.AT_RISK_SHARE), () -> false);
	}

	private static OpenConversation find(SlaQueueResponse response, String id) {
		return response.conversations().stream().filter(c -> c.id().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError(id + " is not listed as open"));
	}

	private static double share(OpenConversation conversation) {
		return conversation.target().orElseThrow().elapsedShare();
	}

	@Test
	void exactlyAtTheDueTimeIsAtRiskNotYetOverdue() {
		OpenConversation exact = find(workspace().compute(SCOPE), "exact");
		assertEquals(SlaMetric.FIRST_RESPONSE, exact.target().orElseThrow().metric());
		assertEquals(AT, exact.target().orElseThrow().due());
		assertEquals(1.0, share(exact), 1e-9);
		assertEquals(SlaState.AT_RISK, exact.state());
		OpenConversation late = find(compute(SCOPE), "late");
		assertEquals(SlaState.OVERDUE, late.state());
		assertEquals(901.0 / 900, share(late), 1e-9);
	}

	@Test
	void atRiskFromNinetyPercentOfTheTarget() {
		SlaQueueResponse response = workspace().compute(SCOPE);
		// 13 min 30 s of 15 min passed: exactly 90%
		assertEquals(0.9, share(find(response, "edge")), 1e-9);
		assertEquals(SlaState.AT_RISK, find(response, "edge").state());
		assertEquals(809.0 / 900, share(find(response, "below")), 1e-9);
		assertEquals(SlaState.ON_TRACK, find(response, "below").state());
	}

	@Test
	void businessHoursStopTheClockOverTheWeekend() {
		OpenConversation weekend = find(workspace().compute(SCOPE), "weekend");
		// one business hour after Friday 16:30 is Monday 08:30; at 10:00, 2.5 business hours have passed
		assertEquals(vn("2026-03-09T08:30"), weekend.target().orElseThrow().due());
		assertEquals(SlaMetric.FIRST_RESPONSE, weekend.target().orElseThrow().metric());
		assertEquals(2.5, share(weekend), 1e-9);
		assertEquals(SlaState.OVERDUE, weekend.state());
	}

	@Test
	void pendingTargetsAsOfTheReportInstant() {
		SlaQueueResponse response = workspace().compute(SCOPE);
		assertFalse(response.conversations().stream().anyMatch(c -> c.id().equals("resolved")));
		// resolved at 10:30: open at 10:00, an hour of its two for resolution passed
		OpenConversation later = find(response, "later");
		assertEquals(SlaMetric.RESOLUTION, later.target().orElseThrow().metric());
		assertEquals(0.5, share(later), 1e-9);
		// the customer wrote at 09:40: 20 of the 30 minutes for the next reply passed, more than of the resolution
		OpenConversation reply = find(response, "pending-reply");
		assertEquals(SlaMetric.NEXT_REPLY, reply.target().orElseThrow().metric());
		assertEquals(vn("2026-03-09T10:10"), reply.target().orElseThrow().due());
		assertEquals(SlaState.ON_TRACK, reply.state());
	}

	@Test
	void aConversationWithoutPolicyIsOpenWithoutSla() {
		SlaQueueResponse response = workspace().compute(SCOPE);
		OpenConversation none = find(response, "nosla");
		assertEquals(SlaState.NO_SLA, none.state());
		assertTrue(none.target().isEmpty());
		// the no-SLA ones come last in the list, the overdue first
		assertEquals(List.of("weekend", "late"), response.conversations().stream().limit(2).map(OpenConversation::id)
				.toList());
		assertEquals(List.of("weekend", "late", "exact", "edge"),
				response.attention().stream().map(OpenConversation::id).toList());
	}

	@Test
	void totalsAndGroupsByTeamAndAgentWithANoValueGroup() {
		SlaQueueResponse response = workspace().compute(SCOPE);
		assertEquals(2, response.count(SlaState.OVERDUE));
		assertEquals(2, response.count(SlaState.AT_RISK));
		assertEquals(3, response.count(SlaState.ON_TRACK));
		// nosla and the five calls waiting or answered; call5, abandoned, is gone, not open
		assertEquals(6, response.count(SlaState.NO_SLA));
		Group t1 = group(response.byTeam(), Optional.of("t1"));
		assertEquals(List.of(1, 2, 2, 0), List.of(t1.overdue(), t1.atRisk(), t1.onTrack(), t1.noSla()));
		assertEquals("late", t1.oldestOverdue().orElseThrow().id());
		Group t2 = group(response.byTeam(), Optional.of("t2"));
		assertEquals(List.of(1, 0, 1, 0), List.of(t2.overdue(), t2.atRisk(), t2.onTrack(), t2.noSla()));
		Group none = group(response.byTeam(), Optional.empty());
		assertEquals(6, none.open());
		assertTrue(none.oldestOverdue().isEmpty());
		// t1 and t2 have one overdue each, t1 more at risk; the no-value group has none
		assertEquals(List.of(Optional.of("t1"), Optional.of("t2"), Optional.empty()),
				response.byTeam().stream().map(Group::value).toList());
		Group a2 = group(response.byAgent(), Optional.of("a2"));
		assertEquals(List.of(0, 1, 2, 0), List.of(a2.overdue(), a2.atRisk(), a2.onTrack(), a2.noSla()));
		assertEquals(13, response.byAgent().stream().mapToInt(Group::open).sum());
	}

	private static Group group(List<Group> groups, Optional<String> value) {
		return groups.stream().filter(g -> g.value().equals(value)).findFirst()
				.orElseThrow(() -> new AssertionError("no group " + value));
	}

	@Test
	void waitingPerChannelInstanceAgainstTheLimits() {
		targets.add(new MetricTarget("waiting_now", Optional.of(VOICE), Optional.empty(), Optional.of("hotline-2"), 5,
				TargetDirection.LOWER_IS_BETTER));
		// a workspace-wide target is the limit on all waiting, not on each instance
		targets.add(new MetricTarget("waiting_now", Optional.empty(), Optional.empty(), Optional.empty(), 12,
				TargetDirection.LOWER_IS_BETTER));
		SlaQueueResponse response = workspace().compute(SCOPE);
		assertEquals(4, response.waiting());
		assertEquals(12.0, response.waitingLimit());
		assertEquals(Optional.of(Duration.ofMinutes(3)), response.longestWait());
		Queue hotline = response.queues().get(0);
		assertEquals(Optional.of("hotline-1900"), hotline.instance());
		assertEquals(3, hotline.waiting());
		assertEquals(2.0, hotline.limit());
		assertTrue(hotline.overLimit());
		assertEquals(Optional.of(Duration.ofMinutes(3)), hotline.longestWait());
		Queue second = response.queues().get(1);
		assertEquals(Optional.of("hotline-2"), second.instance());
		assertEquals(1, second.waiting());
		assertEquals(5.0, second.limit(), "the workspace's target for the instance");
		assertEquals(Optional.of(Duration.ofSeconds(30)), second.longestWait());
		// the other queue channels are listed with no one waiting; email has no queue
		assertEquals(List.of(Optional.of("counter"), Optional.of("webchat")),
				response.queues().subList(2, 4).stream().map(Queue::instance).toList());
		assertEquals(4, response.queues().size());
	}

	@Test
	void countsAgreeWithTheEnginesOverdueAndWaitingNow() {
		workspace();
		WorkspaceSession session = session();
		KpiQuery query = KpiQuery.all(AT, Facts.VN).withMetrics(List.of("overdue", "waiting_now"))
				.withRange(Optional.empty(), Optional.of(AT));
		Map<String, org.carelens.kpi.api.KpiResult.Cell> metrics = engine.compute(session.table(), query).rows().get(0)
				.metrics();
		SlaQueueResponse response = compute(SCOPE);
		assertEquals(MetricValue.count(response.count(SlaState.OVERDUE)), metrics.get("overdue").value().orElseThrow());
		assertEquals(MetricValue.count(response.waiting()), metrics.get("waiting_now").value().orElseThrow());
	}

	@Test
	void theScopesFiltersNarrowEveryCount() {
		SlaQueueResponse team = workspace().compute(SCOPE.withFilter(Dimension.TEAM, Optional.of("t2")));
		assertEquals(Set.of("weekend", "pending-reply"),
				Set.copyOf(team.conversations().stream().map(OpenConversation::id).toList()));
		assertEquals(0, team.waiting());
		SlaQueueResponse voice = compute(SCOPE.withFilter(Dimension.CHANNEL, Optional.of(VOICE.wire())));
		assertEquals(4, voice.waiting());
		assertEquals(15.0, voice.waitingLimit(), "METRICS.md's limit without a workspace target");
		assertEquals(List.of(Optional.of("hotline-1900"), Optional.of("hotline-2")),
				voice.queues().stream().map(Queue::instance).toList());
	}

	@Test
	void aCancelledRequestAnswersCancelled() {
		workspace();
		SlaQueueResponse response = new SlaQueueProvider(engine).compute(session(), source(),
				new SlaQueueRequest(SCOPE, AT, SlaQueueRequest.AT_RISK_SHARE), () -> true);
		assertEquals(DashboardResponse.Status.CANCELLED, response.status());
	}

	@Test
	void theReportInstantIsNowWhileThePeriodRuns() {
		// a custom period that includes today ends after now
		assertEquals(AT, SlaQueueRequest.of(SCOPE, Facts.VN, AT).at());
		// one that ended: judged at its end
		Instant later = vn("2026-03-11T08:00");
		assertEquals(SCOPE.period().to(), SlaQueueRequest.of(SCOPE, Facts.VN, later).at());
		// a preset computed at 10:00 runs to the present: at 10:05 it is judged at 10:05
		ReportScope today = new ReportScope(PeriodPreset.TODAY.resolve(AT, Facts.VN), Map.of());
		Instant fiveMinutes = AT.plusSeconds(300);
		assertEquals(fiveMinutes, SlaQueueRequest.of(today, Facts.VN, fiveMinutes).at());
	}

}
