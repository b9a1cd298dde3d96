package org.carelens.surveys.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.api.Outbound;
import org.carelens.core.api.Event;
import org.carelens.core.api.EventHeader;
import org.carelens.facts.ConversationFact;
import org.carelens.surveys.dispatch.DecisionLog;
import org.carelens.surveys.dispatch.DispatchPlanner;
import org.carelens.surveys.dispatch.SkipReason;
import org.carelens.surveys.dispatch.SurveyDecision;
import org.carelens.surveys.link.SurveyLinks;

/**
 * Sends the planned surveys whose time has come: checks that the conversation still stands as it was decided on
 * (a reopened one is withdrawn, with that reason), issues a link, sends the invitation through the conversation's
 * channel instance (whatever its kind: an email, a Messenger, Zalo or chat message to the conversation's customer, in
 * the language the instance writes in), and records a {@code survey.sent} event once the channel took it.
 * <p>
 * A survey is sent at most once per decision: the event's id is made from the decision, and a decision whose event
 * is stored is passed over. A crash between sending and storing the event can send one invitation twice; the
 * other order could record invitations that never left. A send that keeps failing is retried at every round until
 * it is a day late ({@link DispatchPlanner#LATE_LIMIT}), then recorded as too late with the last error.
 */
public final class SurveyDelivery {

	/** Where {@code survey.sent} events go: the workspace's event store. */
	public interface Deliveries {
		/** @return whether the event with this id, of this conversation, is stored */
		boolean stored(String conversation, String eventId) throws IOException;

		/** Stores {@code sent}; durable when this returns. */
		void store(Event.SurveySent sent) throws IOException;
	}

	/**
	 * What a round did.
	 *
	 * @param problems why the failed ones were not sent, one line each (conversation: reason)
	 */
	public record Round(int sent, int withdrawn, int failed, int gaveUp, List<String> problems) {

		public Round {
			problems = List.copyOf(problems);
		}

		public Round(int sent, int withdrawn, int failed, int gaveUp) {
			this(sent, withdrawn, failed, gaveUp, List.of());
		}
	}

	private final Map<String, DispatchPlanner> planners;
	private final SurveyLinks links;
	private final String formUrl;
	private final ZoneId zone;
	private final DecisionLog log;
	private final Deliveries deliveries;

	/**
	 * @param planners by survey id, the planners of the workspace's surveys
	 * @param formUrl  the address of the form, which the token is appended to, e.g.
	 *                 {@code https://khaosat.shop.vn/survey/}
	 * @param zone     the zone the link's last day is written in
	 */
	public SurveyDelivery(Map<String, DispatchPlanner> planners, SurveyLinks links, String formUrl, ZoneId zone,
			DecisionLog log, Deliveries deliveries) {
		this.planners = Map.copyOf(planners);
		this.links = Objects.requireNonNull(links, "links");
		this.formUrl = Objects.requireNonNull(formUrl, "formUrl");
		this.zone = Objects.requireNonNull(zone, "zone");
		this.log = Objects.requireNonNull(log, "log");
		this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
	}

	/**
	 * Sends what is due by {@code now}.
	 *
	 * @param facts    a conversation's facts as they are now
	 * @param outbound the outbound of a running channel instance, by instance id
	 * @throws IOException when the decision log or the event store cannot be written; what was recorded stays
	 */
	public Round deliverDue(Instant now, Function<String, Optional<ConversationFact>> facts,
			Function<String, Optional<Outbound>> outbound) throws IOException {
		int sent = 0;
		int withdrawn = 0;
		int failed = 0;
		int gaveUp = 0;
		List<String> problems = new ArrayList<>();
		for (SurveyDecision planned : log.plannedSends()) {
			Instant due = planned.sendAt().orElseThrow();
			DispatchPlanner planner = planners.get(planned.survey());
			String eventId = sentEventId(planned);
			if (due.isAfter(now) || planner == null || deliveries.stored(planned.conversation(), eventId)) {
				continue; // not yet; a survey no longer defined; sent before
			}
			Optional<ConversationFact> fact = facts.apply(planned.conversation());
			if (fact.isPresent()) {
				Optional<SurveyDecision> withdrawal = planner.confirm(planned, fact.get(), now);
				if (withdrawal.isPresent()) {
					log.record(withdrawal.get());
					withdrawn++;
					continue;
				}
			}
			Optional<String> problem = fact.isEmpty() ? Optional.of("the conversation's facts are not there")
					: send(planner, planned, fact.get(), now, eventId, outbound);
			if (problem.isEmpty()) {
				sent++;
			} else if (now.isAfter(due.plus(DispatchPlanner.LATE_LIMIT))) {
				log.record(new SurveyDecision(planned.survey(), planned.conversation(), planned.customerKey(),
						planned.channel(), planned.trigger(), now, Optional.empty(), Optional.of(SkipReason.TOO_LATE),
						"not delivered within a day of " + due + ": " + problem.get()));
				gaveUp++;
			} else {
				failed++;
				problems.add(planned.conversation() + ": " + problem.get());
			}
		}
		return new Round(sent, withdrawn, failed, gaveUp, problems);
	}

	/** @return why it was not sent; empty when it was */
	private Optional<String> send(DispatchPlanner planner, SurveyDecision planned, ConversationFact fact, Instant now,
			String eventId, Function<String, Optional<Outbound>> outbound) throws IOException {
		Optional<String> instance = fact.channelInstance();
		Optional<Outbound> channel = instance.flatMap(outbound);
		if (channel.isEmpty()) {
			return Optional.of(instance.map(i -> "the channel instance " + i + " is not running or cannot send")
					.orElse("the conversation names no channel instance to send through"));
		}
		Instant expires = now.plus(planner.survey().dispatch().linkLifetime());
		String token = links.issue(planned.survey(), planned.conversation(), expires);
		try {
			channel.get().send(SurveyMessage.compose(planner.survey(), planned.conversation(), fact.customer(),
					formUrl + token, expires, zone, channel.get().language()));
		} catch (ConnectorException e) {
			return Optional.of(e.getMessage());
		}
		deliveries.store(new Event.SurveySent(EventHeader.of(eventId, now).withConversation(planned.conversation()),
				planned.survey(), planner.survey().kind()));
		return Optional.empty();
	}

	/** @return the id of the {@code survey.sent} event of a planned send: the same for the same decision */
	static String sentEventId(SurveyDecision planned) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			byte[] hash = sha.digest((planned.survey() + "\u0000" + planned.conversation() + "\u0000"
					+ planned.trigger()).getBytes(StandardCharsets.UTF_8));
			return "survey-sent-" + HexFormat.of().formatHex(hash, 0, 12);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java platform has SHA-256", e);
		}
	}
}
