package org.carelens.internal.reports.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Event;
import org.carelens.core.api.EventType;
import org.carelens.core.api.channel.ChannelInstance;
import org.carelens.core.api.org.Agent;
import org.carelens.core.api.org.Organization;
import org.carelens.core.api.org.Team;
import org.carelens.core.api.workspace.WorkspaceConfig;
import org.carelens.internal.reports.ui.CounterVisit.Outcome;
import org.carelens.internal.reports.ui.CounterVisitEvents.Problem;
import org.junit.jupiter.api.Test;

class CounterVisitEventsTest {

	private static final Instant START = Instant.parse("2026-11-20T02:00:00Z");
	private static final Instant NOW = Instant.parse("2026-11-20T05:00:00Z");

	private final WorkspaceConfig config = new WorkspaceConfig("shop", ZoneId.of("Asia/Ho_Chi_Minh"), Optional.empty(),
			new Organization(List.of(), List.of(), List.of(new Team("t-store", "Store team", Optional.empty(),
					Optional.empty())), List.of(new Agent("a-lan", "Lan", Optional.of("t-store"), Optional.empty()))),
			Map.of("store-hn", new ChannelInstance("store-hn", "Counter Hà Nội", ChannelKind.IN_PERSON, "counter",
					Map.of()), "hotline", new ChannelInstance("hotline", "Hotline", ChannelKind.VOICE, "ami", Map.of())),
			Map.of(), Map.of(), Map.of(), List.of(), Map.of());

	private static CounterVisit visit(String agent, Instant end, Outcome outcome) {
		return new CounterVisit("v1", "store-hn", "c-42", Optional.of("Nguyễn Văn A"), Optional.of("0912345678"),
				Optional.of("warranty"), agent, START, end, outcome, Optional.of("Đổi máy \"mới\"\nhẹn thứ Hai"), true);
	}

	@Test
	void aResolvedVisitIsOpenedAssignedHandledAndResolvedByItsAgent() {
		List<Event> events = CounterVisitEvents.events(visit("a-lan", START.plusSeconds(600), Outcome.RESOLVED),
				config, NOW);

		assertEquals(List.of(EventType.CUSTOMER_IDENTITY, EventType.CONVERSATION_OPENED, EventType.ASSIGNED,
				EventType.HANDLE, EventType.RESOLVED), events.stream().map(Event::type).toList());
		Event.ConversationOpened opened = (Event.ConversationOpened) events.get(1);
		assertEquals(Optional.of("visit-v1"), opened.conversation());
		assertEquals(ChannelKind.IN_PERSON, opened.channel());
		assertEquals(Optional.of("store-hn"), opened.header().channelInstance());
		assertEquals("c-42", opened.customer());
		assertEquals(Optional.of("warranty"), opened.topic());
		assertEquals(Optional.of("t-store"), events.get(2).header().team());
		assertEquals(Duration.ofMinutes(10), ((Event.Handle) events.get(3)).talk());
		assertEquals(Optional.of("a-lan"), events.get(4).header().agent());
		assertEquals(START.plusSeconds(600), events.get(4).at());
	}

	@Test
	void theNoteNameAndConsentTravelAsJsonExtensions() {
		Event opened = CounterVisitEvents.events(visit("a-lan", START.plusSeconds(60), Outcome.RESOLVED), config, NOW)
				.get(1);

		assertEquals("\"Nguyễn Văn A\"", opened.header().extensions().get("customer_name"));
		assertEquals("\"Đổi máy \\\"mới\\\"\\nhẹn thứ Hai\"", opened.header().extensions().get("note"));
		assertEquals("true", opened.header().extensions().get("survey_consent"));
	}

	@Test
	void sameVisitGivesTheSameIdsSoThatStoringItTwiceStoresItOnce() {
		CounterVisit visit = visit("a-lan", START.plusSeconds(60), Outcome.RESOLVED);

		assertEquals(CounterVisitEvents.events(visit, config, NOW), CounterVisitEvents.events(visit, config, NOW));
	}

	@Test
	void escalatedAndFollowUpVisitsStayOpen() {
		List<Event> escalated = CounterVisitEvents.events(visit("a-lan", START.plusSeconds(60), Outcome.ESCALATED),
				config, NOW);
		List<Event> followUp = CounterVisitEvents.events(visit("a-lan", START.plusSeconds(60), Outcome.FOLLOW_UP),
				config, NOW);

		assertEquals(EventType.ESCALATED, escalated.getLast().type());
		assertEquals(Optional.of("follow_up"), ((Event.Tagged) followUp.getLast()).outcome());
		assertEquals(0, followUp.stream().filter(e -> e.type() == EventType.RESOLVED).count());
	}

	@Test
	void anUnknownAgentAndAnEndBeforeTheStartAreRefused() {
		CounterVisit bad = visit("a-nobody", START.minusSeconds(60), Outcome.RESOLVED);

		assertEquals(List.of(Problem.UNKNOWN_AGENT, Problem.END_BEFORE_START), CounterVisitEvents.problems(bad, config,
				NOW));
		assertThrows(IllegalArgumentException.class, () -> CounterVisitEvents.events(bad, config, NOW));
	}

	@Test
	void aVoiceChannelNoCustomerAndAFutureEndAreRefused() {
		CounterVisit bad = new CounterVisit("v2", "hotline", " ", Optional.empty(), Optional.empty(), Optional.empty(),
				"a-lan", START, NOW.plusSeconds(1), Outcome.RESOLVED, Optional.empty(), false);

		assertEquals(List.of(Problem.UNKNOWN_CHANNEL, Problem.NO_CUSTOMER, Problem.IN_THE_FUTURE),
				CounterVisitEvents.problems(bad, config, NOW));
	}

	@Test
	void withoutPhoneThereIsNoIdentityEvent() {
		CounterVisit visit = new CounterVisit("v3", "store-hn", "c-1", Optional.empty(), Optional.of(" "),
				Optional.empty(), "a-lan", START, START, Outcome.RESOLVED, Optional.empty(), false);

		assertEquals(EventType.CONVERSATION_OPENED, CounterVisitEvents.events(visit, config, NOW).getFirst().type());
	}
}
