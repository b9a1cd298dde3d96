package org.carelens.internal.server;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;

import jakarta.servlet.Servlet;

import org.carelens.core.api.Event;
import org.carelens.core.api.survey.SurveyTrigger;
import org.carelens.core.api.workspace.WorkspaceConfig;
import org.carelens.facts.ConversationFact;
import org.carelens.facts.FactContext;
import org.carelens.internal.channels.runtime.ChannelRuntime;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.FactRefresh;
import org.carelens.surveys.delivery.SurveyDelivery;
import org.carelens.surveys.dispatch.DecisionLog;
import org.carelens.surveys.dispatch.DispatchPlanner;
import org.carelens.surveys.dispatch.SurveyDispatcher;
import org.carelens.surveys.form.RateLimiter;
import org.carelens.surveys.form.ResponseDesk;
import org.carelens.surveys.link.SurveyLink;
import org.carelens.surveys.link.SurveyLinks;
import org.carelens.surveys.web.SurveyFormServlet;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * The surveys of a served workspace: every round (the server's pull interval) the dispatch policies decide on the
 * conversations with new events since the last round, and the invitations due go out through their channels; the
 * form at {@code /survey/<token>} takes the answers into the event store and brings the facts up to date, so that
 * the scores follow at once.
 */
final class SurveyRounds implements AutoCloseable {

	/** How often a round decides over every conversation rather than those with new events only. */
	static final Duration FULL_PASS = Duration.ofHours(1);
	/** The form's rate limit per client address. */
	private static final int REQUESTS_PER_MINUTE = 30;

	private final EventStore store;
	private final FactContext context;
	private final ChannelRuntime runtime;
	private final DecisionLog log;
	private final SurveyDispatcher dispatcher;
	private final SurveyDelivery delivery;
	private final ServiceRegistration<Servlet> form;
	private final ScheduledExecutorService scheduler;
	private final ServerLog serverLog;
	/**
	 * A "closed" trigger comes due by time alone, with no new event, so a workspace with such a survey decides over
	 * every conversation at every round; otherwise a round looks at the conversations with new events only, and a
	 * full pass every {@link #FULL_PASS} picks up what only time made due (a resolution stamped ahead of the clock).
	 */
	private final boolean everyRoundInFull;
	/** The log position the last round decided up to; -1 before the first round, which is a full pass. */
	private long seenPosition = -1;
	private Instant lastFullPass = Instant.EPOCH;

	private SurveyRounds(EventStore store, WorkspaceConfig config, ChannelRuntime runtime, DecisionLog log,
			SurveyLinks links, String formUrl, BundleContext bundleContext, ServerLog serverLog) {
		this.store = store;
		this.context = FactContext.of(config);
		this.runtime = runtime;
		this.log = log;
		this.serverLog = serverLog;
		this.dispatcher = SurveyDispatcher.of(config);
		this.everyRoundInFull = config.surveys().values().stream()
				.anyMatch(survey -> survey.dispatch().trigger() == SurveyTrigger.CLOSED);
		Map<String, DispatchPlanner> planners = new LinkedHashMap<>();
		config.surveys().values().forEach(s -> planners.put(s.id(), new DispatchPlanner(s, customer -> config.zone())));
		this.delivery = new SurveyDelivery(planners, links, formUrl, config.zone(), log, new SurveyDelivery.Deliveries() {
			@Override
			public boolean stored(String conversation, String eventId) {
				return holds(conversation, eventId);
			}

			@Override
			public void store(Event.SurveySent sent) {
				append(sent, "surveys");
			}
		});
		ResponseDesk desk = new ResponseDesk(links, id -> Optional.ofNullable(config.surveys().get(id)),
				new ResponseDesk.Responses() {
					@Override
					public boolean answered(SurveyLink link) {
						return holds(link.conversation(), link.responseEventId());
					}

					@Override
					public void store(Event.SurveyResponse response) {
						append(response, "survey-form");
						refreshFacts(); // the answer shows in the scores at once
					}
				}, new RateLimiter(REQUESTS_PER_MINUTE, Duration.ofMinutes(1), Clock.systemUTC()), Clock.systemUTC());
		this.form = SurveyFormServlet.register(bundleContext, desk);
		this.scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "carelens-surveys");
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Starts the surveys of {@code config} on {@code store}: the form is served, the first round runs soon.
	 *
	 * @param formUrl the address customers open, which the link's token is appended to
	 * @throws IOException when the decision log or the link key in {@code workspace/surveys} cannot be used
	 */
	static SurveyRounds start(Path workspace, WorkspaceConfig config, EventStore store, ChannelRuntime runtime,
			String formUrl, Duration every, BundleContext bundleContext, ServerLog serverLog) throws IOException {
		DecisionLog log = DecisionLog.open(workspace.resolve(SurveyDispatcher.DECISIONS_FILE));
		SurveyLinks links;
		try {
			links = new SurveyLinks(SurveyLinks.key(workspace.resolve("surveys/link.key")), new SecureRandom());
		} catch (IOException e) {
			log.close();
			throw e;
		}
		SurveyRounds rounds = new SurveyRounds(store, config, runtime, log, links, formUrl, bundleContext, serverLog);
		rounds.scheduler.scheduleWithFixedDelay(rounds::round, every.toMillis(), every.toMillis(),
				TimeUnit.MILLISECONDS);
		return rounds;
	}

	/** One round: decide on what is new, send what is due; a failure is logged and the next round tries again. */
	void round() {
		Instant now = Instant.now();
		try {
			List<SurveyDispatcher.Tally> tallies;
			synchronized (store) {
				refreshFacts(); // decisions are taken on facts as the events say now
				long position = store.lastPosition();
				if (seenPosition < 0 || everyRoundInFull || !now.isBefore(lastFullPass.plus(FULL_PASS))) {
					tallies = dispatcher.dispatch(sink -> store.facts().facts(sink::accept), log, now);
					lastFullPass = now;
				} else {
					// only what changed since the last round can trigger now: the store lock is held briefly
					Set<String> changed = store.conversationsAfter(seenPosition);
					tallies = dispatcher.dispatch(sink -> store.facts().factsOf(changed, sink::accept), log, now);
				}
				seenPosition = position;
			}
			SurveyDelivery.Round round = delivery.deliverDue(now, this::fact, runtime::outbound);
			long decided = tallies.stream().mapToLong(SurveyDispatcher.Tally::decided).sum();
			if (decided > 0 || round.sent() + round.withdrawn() + round.failed() + round.gaveUp() > 0) {
				serverLog.note(Level.INFO, "surveys: " + decided + " conversations decided, " + round.sent()
						+ " invitations sent, " + round.withdrawn() + " withdrawn, " + round.failed()
						+ " to try again, " + round.gaveUp() + " given up"
						+ (round.problems().isEmpty() ? "" : "; not sent: " + String.join("; ", round.problems())));
			}
		} catch (IOException | RuntimeException e) {
			serverLog.note(Level.WARNING, "surveys: this round failed, the next one tries again: " + e);
		} catch (Error e) {
			// a scheduled task that throws is never run again: say so loudly rather than stop surveying in silence
			serverLog.note(Level.SEVERE, "surveys: this round failed, the next one tries again: " + e);
		}
	}

	private void refreshFacts() {
		synchronized (store) {
			new FactRefresh(store, context).run((done, all) -> {
			});
		}
	}

	private Optional<ConversationFact> fact(String conversation) {
		synchronized (store) {
			return store.facts().fact(conversation);
		}
	}

	private boolean holds(String conversation, String eventId) {
		boolean[] found = { false };
		synchronized (store) {
			store.eventsOfConversations(List.of(conversation),
					events -> events.forEach(e -> found[0] |= e.id().equals(eventId)));
		}
		return found[0];
	}

	private void append(Event event, String source) {
		synchronized (store) {
			store.append(List.of(event), source);
		}
	}

	/** Stops the rounds and the form; the decisions stay in the workspace. */
	@Override
	public void close() {
		scheduler.shutdownNow();
		try {
			form.unregister();
		} catch (IllegalStateException e) {
			// the framework is stopping and took it already
		}
		try {
			scheduler.awaitTermination(10, TimeUnit.SECONDS);
			log.close();
		} catch (IOException e) {
			serverLog.note(Level.WARNING, "surveys: the decision log did not close cleanly: " + e.getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
