package org.carelens.reports.core;

import static org.carelens.core.api.ChannelKind.EMAIL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.carelens.core.api.EventType;
import org.carelens.facts.SlaOutcome;
import org.junit.jupiter.api.Test;

class TimelineProviderTest {

	private final Facts facts = new Facts().withSla()
			.conversation("c1", EMAIL, "2026-03-09T08:00", "2026-03-09T08:10", Optional.of("2026-03-09T11:00"));

	@Test
	void eventsComeInOrderWithWhoAndTheTimeSinceThePreviousAndSinceOpening() {
		TimelineResponse timeline = new TimelineProvider().compute(facts.source(), "c1", () -> false);
		assertEquals(TimelineResponse.Status.COMPLETED, timeline.status());
		assertEquals(List.of(EventType.CONVERSATION_OPENED, EventType.MESSAGE, EventType.RESOLVED),
				timeline.entries().stream().map(TimelineEntry::type).toList());
		assertEquals(List.of(TimelineEntry.Actor.CUSTOMER, TimelineEntry.Actor.AGENT, TimelineEntry.Actor.SYSTEM),
				timeline.entries().stream().map(TimelineEntry::actor).toList());
		assertEquals(List.of(Optional.of("cust-c1"), Optional.of("ag1"), Optional.empty()),
				timeline.entries().stream().map(TimelineEntry::who).toList());
		assertEquals(List.of(Duration.ZERO, Duration.ofMinutes(10), Duration.ofMinutes(170)),
				timeline.entries().stream().map(TimelineEntry::sincePrevious).toList());
		assertEquals(List.of(Duration.ZERO, Duration.ofMinutes(10), Duration.ofHours(3)),
				timeline.entries().stream().map(TimelineEntry::sinceOpened).toList());
	}

	@Test
	void theDueTimesOfThePolicyAreGivenWithTheirOutcome() {
		TimelineResponse timeline = new TimelineProvider().compute(facts.source(), "c1", () -> false);
		assertEquals(Optional.of("std"), timeline.policy());
		// answered after 10 of 15 minutes; resolved after 3 of 2 hours
		assertEquals(List.of(
				new TimelineResponse.Due(TimelineResponse.Target.FIRST_RESPONSE, Facts.vn("2026-03-09T08:15"),
						SlaOutcome.MET),
				new TimelineResponse.Due(TimelineResponse.Target.RESOLUTION, Facts.vn("2026-03-09T10:00"),
						SlaOutcome.BREACHED)),
				timeline.dues());
	}

	@Test
	void anUnknownConversationIsSaidToBeUnknown() {
		TimelineResponse timeline = new TimelineProvider().compute(facts.source(), "nope", () -> false);
		assertEquals(TimelineResponse.Status.UNKNOWN, timeline.status());
		assertEquals(List.of(), timeline.entries());
	}
}
