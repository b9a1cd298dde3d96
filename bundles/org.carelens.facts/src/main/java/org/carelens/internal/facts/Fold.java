package org.carelens.internal.facts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Event;
import org.carelens.core.api.Priority;
import org.carelens.core.api.Stage;
import org.carelens.core.api.SurveyKind;
import org.carelens.core.api.sla.SlaMetric;
import org.carelens.core.api.sla.SlaPolicy;
import org.carelens.core.api.time.BusinessCalendar;
import org.carelens.facts.ConversationFact;
import org.carelens.facts.Counts;
import org.carelens.facts.Durations;
import org.carelens.facts.FactContext;
import org.carelens.facts.Handling;
import org.carelens.facts.Ownership;
import org.carelens.facts.QaResult;
import org.carelens.facts.QueueFacts;
import org.carelens.facts.SlaCheck;
import org.carelens.facts.SlaOutcome;
import org.carelens.facts.SlaStatus;
import org.carelens.facts.Span;
import org.carelens.facts.SurveyScore;
import org.carelens.facts.Timeline;

/**
 * One pass over the sorted events of a conversation, keeping the state the fact needs.
 */
public final class Fold {

	private final FactContext context;

	private Event.ConversationOpened opened;
	private final List<Event> beforeOpening = new ArrayList<>();
	private Optional<Stage> stage = Optional.empty();
	private Optional<String> topic = Optional.empty();
	private Optional<Priority> priority = Optional.empty();
	private Optional<String> outcome = Optional.empty();

	private Optional<String> ownerAgent = Optional.empty();
	private Optional<String> ownerTeam = Optional.empty();
	private Optional<String> agentAtResolution = Optional.empty();
	private Optional<String> teamAtResolution = Optional.empty();

	private Instant lastHandoff;
	private Instant episodeStart;
	private Instant firstResponse;
	private Instant firstResolution;
	private Instant lastResolution;
	private boolean resolved;

	/** The first customer message of the current run waiting for a reply, after the first response. */
	private Instant runStart;
	private final List<Instant[]> replyRuns = new ArrayList<>();

	private int agentReplies;
	private int customerMessages;
	private int botMessages;
	private int internalNotes;
	private int assignments;
	private int transfers;
	private int escalations;
	private int reopens;

	private Instant queueEntered;
	private Instant queueAnswered;
	private Instant queueAbandoned;

	private int handled;
	private Duration talk = Duration.ZERO;
	private Duration hold = Duration.ZERO;
	private Duration wrap = Duration.ZERO;

	private final Map<SurveyKind, SurveyScore> surveys = new EnumMap<>(SurveyKind.class);
	private final Map<SurveyKind, Integer> surveysSent = new EnumMap<>(SurveyKind.class);
	private QaResult qa;

	private Fold(FactContext context) {
		this.context = context;
	}

	public static Optional<ConversationFact> of(List<Event> events, FactContext context) {
		List<Event> sorted = new ArrayList<>(events.size());
		String conversation = null;
		for (Event event : events) {
			if (event instanceof Event.ConversationOpened && conversation == null) {
				conversation = event.conversation().orElseThrow();
			}
		}
		if (conversation == null) {
			return Optional.empty();
		}
		for (Event event : events) {
			if (event.conversation().filter(conversation::equals).isPresent()) {
				sorted.add(event);
			}
		}
		sorted.sort(Comparator.comparing(Event::at)); // stable: ties keep the order given
		Fold fold = new Fold(context);
		for (Event event : sorted) {
			fold.accept(event);
		}
		return Optional.of(fold.fact());
	}

	private void accept(Event event) {
		if (opened == null && !(event instanceof Event.ConversationOpened)) {
			acceptBeforeOpening(event);
			return;
		}
		switch (event) {
		case Event.ConversationOpened e -> open(e);
		case Event.Message e -> message(e);
		case Event.Assigned e -> {
			assignments++;
			own(e.header().agent(), e.header().team());
		}
		case Event.Transferred e -> {
			transfers++;
			own(e.header().agent(), e.header().team());
		}
		case Event.Escalated e -> {
			escalations++;
			if (e.header().team().isPresent()) {
				ownerTeam = e.header().team();
			}
			if (e.header().agent().isPresent()) {
				ownerAgent = e.header().agent();
			}
		}
		case Event.BotHandoff e -> {
			if (firstResponse == null) {
				lastHandoff = e.at();
			}
		}
		case Event.Resolved e -> resolve(e);
		case Event.Reopened e -> {
			if (resolved) {
				reopens++;
				resolved = false;
			}
		}
		case Event.Tagged e -> {
			e.topic().ifPresent(v -> topic = Optional.of(v));
			e.stage().ifPresent(v -> stage = Optional.of(v));
			e.priority().ifPresent(v -> priority = Optional.of(v));
			e.outcome().ifPresent(v -> outcome = Optional.of(v));
		}
		case Event.QueueEntered e -> {
			if (queueEntered == null) {
				queueEntered = e.at();
			}
		}
		case Event.QueueAnswered e -> {
			if (queueAnswered == null) {
				queueAnswered = e.at();
			}
			own(e.header().agent(), e.header().team());
			if (opened.channel() == ChannelKind.VOICE) {
				respond(e.at());
			}
		}
		case Event.QueueAbandoned e -> {
			if (queueAnswered == null && queueAbandoned == null) {
				queueAbandoned = e.at();
			}
		}
		case Event.Handle e -> {
			handled++;
			talk = talk.plus(e.talk());
			hold = hold.plus(e.hold());
			wrap = wrap.plus(e.wrap());
		}
		case Event.SurveySent e -> surveysSent.merge(e.kind(), 1, Integer::sum);
		case Event.SurveyResponse e -> surveys.put(e.kind(),
				new SurveyScore(e.score(), e.at(), ownerAgent, e.comment()));
		case Event.QaReview e -> qa = new QaResult(e.scorecard(), e.criticalFailed() ? 0 : e.score(), e.score(),
				e.criticalFailed(), e.reviewer(), e.at());
		case Event.Order e -> { /* not a conversation event */ }
		case Event.CustomerIdentity e -> { /* not a conversation event */ }
		}
	}

	/** Events stamped before the opening (clock skew between systems) are taken, in order, once it is open. */
	private void acceptBeforeOpening(Event event) {
		beforeOpening.add(event);
	}

	private void open(Event.ConversationOpened e) {
		if (opened != null) {
			return; // a repeated opening changes nothing
		}
		opened = e;
		stage = e.stage();
		topic = e.topic();
		priority = e.priority();
		own(e.header().agent(), e.header().team());
		List<Event> early = List.copyOf(beforeOpening);
		beforeOpening.clear();
		for (Event event : early) {
			accept(event);
		}
	}

	private void own(Optional<String> agent, Optional<String> team) {
		if (agent.isPresent()) {
			ownerAgent = agent;
			// a new owner without a team named keeps no stale team: the organisation tells the agent's team
			ownerTeam = team;
		} else if (team.isPresent()) {
			ownerTeam = team;
		}
	}

	private void message(Event.Message e) {
		switch (e.author()) {
		case CUSTOMER -> {
			customerMessages++;
			if (firstResponse != null && runStart == null) {
				runStart = e.at();
			}
		}
		case AGENT -> {
			if (!e.isPublic()) {
				internalNotes++;
				return;
			}
			agentReplies++;
			if (ownerAgent.isEmpty() && e.header().agent().isPresent()) {
				ownerAgent = e.header().agent();
			}
			if (firstResponse == null) {
				respond(e.at());
			} else if (runStart != null) {
				replyRuns.add(new Instant[] { runStart, e.at() });
				runStart = null;
			}
		}
		case BOT, SYSTEM -> botMessages++;
		}
	}

	private void respond(Instant at) {
		if (firstResponse != null) {
			return;
		}
		firstResponse = at;
		episodeStart = lastHandoff != null && !lastHandoff.isBefore(opened.at()) ? lastHandoff : opened.at();
	}

	private void resolve(Event.Resolved e) {
		if (firstResolution == null) {
			firstResolution = e.at();
		}
		lastResolution = e.at();
		resolved = true;
		if (e.header().agent().isPresent()) {
			// the resolving agent is credited; its team is the one named, else the organisation's
			agentAtResolution = e.header().agent();
			teamAtResolution = e.header().team();
		} else {
			agentAtResolution = ownerAgent;
			teamAtResolution = e.header().team().isPresent() ? e.header().team() : ownerTeam;
		}
	}

	// --- the fact ------------------------------------------------------------------------------------------

	private ConversationFact fact() {
		Optional<SlaPolicy> policy = opened.slaPolicy().flatMap(context::policy);
		BusinessCalendar calendar = context.calendarOf(policy);
		Instant episode = episodeStart != null ? episodeStart
				: (lastHandoff != null && !lastHandoff.isBefore(opened.at()) ? lastHandoff : opened.at());

		Timeline timeline = new Timeline(opened.at(), episode, Optional.ofNullable(firstResponse),
				Optional.ofNullable(firstResolution), Optional.ofNullable(lastResolution),
				resolved ? Optional.of(lastResolution) : Optional.empty());

		List<Span> replies = new ArrayList<>(replyRuns.size());
		for (Instant[] run : replyRuns) {
			replies.add(span(calendar, run[0], run[1]));
		}
		Durations durations = new Durations(
				Optional.ofNullable(firstResponse).map(at -> span(calendar, episode, at)),
				Optional.ofNullable(firstResolution).map(at -> span(calendar, opened.at(), at)),
				resolved ? Optional.of(span(calendar, opened.at(), lastResolution)) : Optional.empty(), replies);

		Optional<String> agent = resolved ? agentAtResolution : ownerAgent;
		Optional<String> team = context.organization().teamOf(agent, resolved ? teamAtResolution : ownerTeam);
		Ownership owner = new Ownership(agent, team, context.organization().siteOf(agent, team),
				context.organization().managerOf(team));

		QueueFacts queue = queueEntered == null ? QueueFacts.NONE
				: new QueueFacts(Optional.of(queueEntered), Optional.ofNullable(queueAnswered),
						Optional.ofNullable(queueAnswered).map(at -> Duration.between(queueEntered, at)),
						queueAbandoned != null,
						Optional.ofNullable(queueAbandoned).map(at -> Duration.between(queueEntered, at)));
		Handling handling = handled == 0 ? Handling.NONE : new Handling(handled, talk, hold, wrap);

		return new ConversationFact(opened.conversation().orElseThrow(), opened.channel(),
				opened.header().channelInstance(), opened.direction(), opened.customer(), opened.customer(), stage,
				topic, priority, outcome, owner, timeline, durations, sla(policy, calendar, episode),
				new Counts(agentReplies, customerMessages, botMessages, internalNotes, assignments, transfers,
						escalations, reopens),
				queue, handling, surveys, surveysSent, Optional.ofNullable(qa), resolved, false);
	}

	private SlaStatus sla(Optional<SlaPolicy> found, BusinessCalendar calendar, Instant episode) {
		if (found.isEmpty()) {
			return opened.slaPolicy().isPresent()
					? new SlaStatus(opened.slaPolicy(), Optional.empty(), Optional.empty(), 0, 0, Optional.empty())
					: SlaStatus.NONE;
		}
		SlaPolicy policy = found.get();
		ChannelKind channel = opened.channel();
		Optional<SlaCheck> first = policy.limit(SlaMetric.FIRST_RESPONSE, channel, priority)
				.map(limit -> check(calendar.plus(episode, limit), Optional.ofNullable(firstResponse)));
		Optional<SlaCheck> resolution = policy.limit(SlaMetric.RESOLUTION, channel, priority)
				.map(limit -> check(calendar.plus(opened.at(), limit),
						resolved ? Optional.of(lastResolution) : Optional.empty()));
		int checked = 0;
		int breached = 0;
		Optional<SlaCheck> pending = Optional.empty();
		Optional<Duration> nextReply = policy.limit(SlaMetric.NEXT_REPLY, channel, priority);
		if (nextReply.isPresent()) {
			for (Instant[] run : replyRuns) {
				checked++;
				if (run[1].isAfter(calendar.plus(run[0], nextReply.get()))) {
					breached++;
				}
			}
			if (runStart != null && !resolved) {
				pending = Optional.of(new SlaCheck(calendar.plus(runStart, nextReply.get()), SlaOutcome.PENDING));
			}
		}
		return new SlaStatus(Optional.of(policy.id()), first, resolution, checked, breached, pending);
	}

	private static SlaCheck check(Instant due, Optional<Instant> done) {
		if (done.isEmpty()) {
			return new SlaCheck(due, SlaOutcome.PENDING);
		}
		return new SlaCheck(due, done.get().isAfter(due) ? SlaOutcome.BREACHED : SlaOutcome.MET);
	}

	private static Span span(BusinessCalendar calendar, Instant from, Instant to) {
		Duration wall = to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
		return new Span(wall, calendar == BusinessCalendar.ALWAYS ? wall : calendar.between(from, to));
	}
}
