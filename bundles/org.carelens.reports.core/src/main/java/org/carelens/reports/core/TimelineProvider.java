package org.carelens.reports.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.carelens.core.api.Event;
import org.carelens.core.api.Direction;
import org.carelens.facts.ConversationFact;
import org.carelens.facts.SlaStatus;
import org.carelens.store.api.StoreException;

/**
 * A conversation's timeline from the workspace's stored events: every event, who acted and when, the time since the
 * previous event and since the opening, and the due times of its SLA policy from its facts.
 */
public final class TimelineProvider {

	/**
	 * @param cancelled asked after the read; when it says so, the answer is {@code CANCELLED}
	 * @return the timeline, or why there is none; never throws for an unknown conversation or an unreadable store
	 */
	public TimelineResponse compute(ConversationSource source, String conversation, BooleanSupplier cancelled) {
		Optional<ConversationSource.StoredConversation> stored;
		try {
			stored = source.conversation(conversation);
		} catch (StoreException e) {
			return TimelineResponse.of(TimelineResponse.Status.FAILED, conversation, Optional.of(e.getMessage()));
		}
		if (cancelled.getAsBoolean()) {
			return TimelineResponse.of(TimelineResponse.Status.CANCELLED, conversation, Optional.empty());
		}
		if (stored.isEmpty()) {
			return TimelineResponse.of(TimelineResponse.Status.UNKNOWN, conversation, Optional.empty());
		}
		List<Event> events = stored.get().events();
		Optional<ConversationFact> fact = stored.get().fact();
		Instant opened = fact.map(f -> f.timeline().opened())
				.or(() -> events.stream().filter(e -> e instanceof Event.ConversationOpened).map(Event::at).findFirst())
				.orElse(events.isEmpty() ? Instant.EPOCH : events.get(0).at());
		List<TimelineEntry> entries = new ArrayList<>();
		Instant previous = null;
		for (Event event : events) {
			Duration sincePrevious = previous == null ? Duration.ZERO : Duration.between(previous, event.at());
			entries.add(new TimelineEntry(event.at(), event.type(), actor(event), who(event), detail(event),
					sincePrevious, Duration.between(opened, event.at())));
			previous = event.at();
		}
		SlaStatus sla = fact.map(ConversationFact::sla).orElse(SlaStatus.NONE);
		List<TimelineResponse.Due> dues = new ArrayList<>();
		sla.firstResponse().ifPresent(c -> dues.add(new TimelineResponse.Due(TimelineResponse.Target.FIRST_RESPONSE,
				c.due(), c.outcome())));
		sla.nextReplyPending().ifPresent(c -> dues.add(new TimelineResponse.Due(TimelineResponse.Target.NEXT_REPLY,
				c.due(), c.outcome())));
		sla.resolution().ifPresent(c -> dues.add(new TimelineResponse.Due(TimelineResponse.Target.RESOLUTION, c.due(),
				c.outcome())));
		return new TimelineResponse(TimelineResponse.Status.COMPLETED, Optional.empty(), conversation, sla.policy(),
				dues, entries);
	}

	static TimelineEntry.Actor actor(Event event) {
		return switch (event) {
		case Event.Message m -> switch (m.author()) {
		case CUSTOMER -> TimelineEntry.Actor.CUSTOMER;
		case AGENT -> TimelineEntry.Actor.AGENT;
		case BOT -> TimelineEntry.Actor.BOT;
		case SYSTEM -> TimelineEntry.Actor.SYSTEM;
		};
		case Event.ConversationOpened o -> o.direction() == Direction.INBOUND ? TimelineEntry.Actor.CUSTOMER
				: TimelineEntry.Actor.AGENT;
		case Event.QueueEntered q -> TimelineEntry.Actor.CUSTOMER;
		case Event.QueueAbandoned q -> TimelineEntry.Actor.CUSTOMER;
		case Event.SurveyResponse s -> TimelineEntry.Actor.CUSTOMER;
		case Event.QaReview r -> TimelineEntry.Actor.REVIEWER;
		default -> event.header().agent().isPresent() ? TimelineEntry.Actor.AGENT : TimelineEntry.Actor.SYSTEM;
		};
	}

	private static Optional<String> who(Event event) {
		if (event instanceof Event.QaReview review) {
			return Optional.of(review.reviewer());
		}
		if (actor(event) == TimelineEntry.Actor.CUSTOMER) {
			return event.header().customer();
		}
		return event.header().agent();
	}

	private static Optional<String> detail(Event event) {
		return switch (event) {
		case Event.Message m -> m.isPublic() ? Optional.empty() : Optional.of("internal");
		case Event.Escalated e -> e.tier();
		case Event.Tagged t -> t.topic();
		case Event.QueueEntered q -> q.queue();
		case Event.SurveySent s -> Optional.of(s.kind().name());
		case Event.SurveyResponse s -> Optional.of(s.kind().name() + " " + number(s.score()));
		case Event.QaReview r -> Optional.of(number(r.score()) + (r.criticalFailed() ? " !" : ""));
		case Event.Handle h -> Optional.of(h.talk().plus(h.hold()).plus(h.wrap()).toSeconds() + " s");
		case Event.Transferred t -> t.header().team();
		default -> Optional.empty();
		};
	}

	private static String number(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}
}
