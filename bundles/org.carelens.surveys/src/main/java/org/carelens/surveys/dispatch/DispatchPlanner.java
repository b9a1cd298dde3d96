package org.carelens.surveys.dispatch;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.carelens.core.api.Direction;
import org.carelens.core.api.survey.DispatchPolicy;
import org.carelens.core.api.survey.QuietHours;
import org.carelens.core.api.survey.SurveyDefinition;
import org.carelens.facts.ConversationFact;
import org.carelens.surveys.dispatch.SurveyDecision.Candidate;

/**
 * Applies one survey's {@link DispatchPolicy} to conversations: whether a conversation triggers the survey, and if
 * so whether and when its customer is asked. Every decision names its reason, so that who was asked, and who was
 * not, can be explained when a score or a response rate is questioned.
 * <p>
 * Decisions are reproducible: the sample is drawn from a hash of the survey and conversation ids rather than a
 * random generator, so deciding the same conversation again (after a restart, on another server) gives the same
 * answer, and nobody can steer a conversation into or out of the sample.
 */
public final class DispatchPlanner {

	/**
	 * A survey whose send time is more than this long past is not sent: after a server was down for days or a
	 * backlog was imported, asking about an old contact measures memory rather than service.
	 */
	public static final Duration LATE_LIMIT = Duration.ofHours(24);

	/** The window of the per-customer cap. */
	public static final Duration CAP_WINDOW = Duration.ofDays(30);

	private final SurveyDefinition survey;
	private final DispatchPolicy policy;
	private final Function<String, ZoneId> customerZone;
	private final List<Pattern> internal;

	/**
	 * @param customerZone the zone of a customer (by customer key), for quiet hours: the workspace's zone where the
	 *                     customer's own is not known
	 */
	public DispatchPlanner(SurveyDefinition survey, Function<String, ZoneId> customerZone) {
		this.survey = Objects.requireNonNull(survey, "survey");
		this.policy = survey.dispatch();
		this.customerZone = Objects.requireNonNull(customerZone, "customerZone");
		this.internal = policy.internalCustomers().stream().map(DispatchPlanner::glob).toList();
	}

	public SurveyDefinition survey() {
		return survey;
	}

	/**
	 * @return when {@code fact} triggered the survey, as of {@code now}; empty when it does not (not resolved, not
	 *         closed long enough, not a conversation of the campaign, or later than {@code now})
	 */
	public Optional<Instant> trigger(ConversationFact fact, Instant now) {
		if (!fact.resolved()) {
			return Optional.empty();
		}
		Optional<Instant> resolution = fact.timeline().lastResolution();
		Optional<Instant> trigger = switch (policy.trigger()) {
		case RESOLVED -> resolution;
		case CLOSED -> resolution.map(r -> r.plus(policy.closeAfter()));
		case CAMPAIGN -> fact.direction() == Direction.OUTBOUND && fact.topic().equals(policy.campaignTopic())
				? resolution : Optional.empty();
		};
		// what happens after now (facts read as of an earlier instant) has not triggered anything yet
		return trigger.filter(t -> !t.isAfter(now));
	}

	/**
	 * Decides for a conversation, as of {@code now}.
	 *
	 * @return the decision to record; empty when the conversation does not trigger the survey, or was decided
	 *         before
	 */
	public Optional<SurveyDecision> decide(ConversationFact fact, SurveyHistory history, Instant now) {
		Optional<Instant> trigger = trigger(fact, now);
		if (trigger.isEmpty() || history.decided(survey.id(), fact.conversation())) {
			return Optional.empty();
		}
		Candidate candidate = new Candidate(survey.id(), fact.conversation(), fact.customerKey(), fact.channel(),
				trigger.get());
		return Optional.of(decide(candidate, fact, history, now));
	}

	private SurveyDecision decide(Candidate candidate, ConversationFact fact, SurveyHistory history, Instant now) {
		if (!survey.channels().contains(fact.channel())) {
			return SurveyDecision.skip(candidate, now, SkipReason.CHANNEL_NOT_SURVEYED,
					fact.channel().wire() + " is not among the survey's channels " + survey.channels().stream()
							.map(c -> c.wire()).sorted().toList());
		}
		Optional<String> excluded = fact.topic().filter(policy.excludedTopics()::contains);
		if (excluded.isPresent()) {
			return SurveyDecision.skip(candidate, now, SkipReason.EXCLUDED_TOPIC, "topic " + excluded.get());
		}
		Optional<Pattern> staff = internal.stream()
				.filter(p -> p.matcher(fact.customer()).matches() || p.matcher(fact.customerKey()).matches())
				.findFirst();
		if (staff.isPresent()) {
			return SurveyDecision.skip(candidate, now, SkipReason.INTERNAL_CUSTOMER,
					"customer " + fact.customer() + " is a staff or test account");
		}
		if (fact.counts().customerMessages() == 0 && fact.handling().contacts() == 0
				&& fact.direction() == Direction.INBOUND) {
			return SurveyDecision.skip(candidate, now, SkipReason.NO_REAL_CUSTOMER,
					"no customer message and no answered call");
		}
		double draw = draw(survey.id(), fact.conversation());
		if (!(draw < policy.samplingRate())) {
			return SurveyDecision.skip(candidate, now, SkipReason.NOT_SAMPLED,
					String.format(java.util.Locale.ROOT, "draw %.4f, sampling rate %.4f", draw, policy.samplingRate()));
		}
		ZoneId zone = customerZone.apply(fact.customerKey());
		Instant due = candidate.trigger().plus(policy.delay(fact.channel()));
		Instant sendAt = outsideQuietHours(due, zone, policy.quietHours());
		if (now.isAfter(sendAt.plus(LATE_LIMIT))) {
			return SurveyDecision.skip(candidate, now, SkipReason.TOO_LATE,
					"due at " + sendAt + ", decided at " + now);
		}
		List<Instant> sends = history.sendsTo(fact.customerKey());
		for (Instant sent : sends) {
			if (Duration.between(sent, sendAt).abs().compareTo(policy.restPeriod()) < 0) {
				return SurveyDecision.skip(candidate, now, SkipReason.REST_PERIOD,
						"surveyed at " + sent + ", within the rest period of " + policy.restPeriod().toDays()
								+ " days");
			}
		}
		long inWindow = sends.stream()
				.filter(sent -> Duration.between(sent, sendAt).abs().compareTo(CAP_WINDOW) < 0).count();
		if (inWindow >= policy.maxPer30Days()) {
			return SurveyDecision.skip(candidate, now, SkipReason.CAP_REACHED,
					inWindow + " surveys within 30 days, at most " + policy.maxPer30Days());
		}
		String detail = "sampled (draw " + String.format(java.util.Locale.ROOT, "%.4f", draw) + "), due " + due
				+ (sendAt.equals(due) ? "" : ", after the quiet hours " + sendAt);
		return SurveyDecision.send(candidate, now, sendAt, detail);
	}

	/**
	 * At the send time of a planned survey: whether it still goes.
	 *
	 * @param current the conversation's facts now
	 * @return a skip to record when the conversation was reopened since the decision; empty when the survey goes
	 */
	public Optional<SurveyDecision> confirm(SurveyDecision planned, ConversationFact current, Instant now) {
		if (!planned.sends()) {
			throw new IllegalArgumentException("only a planned send is confirmed, not a skip");
		}
		// the survey asks about the resolution that triggered it: gone when reopened, even if resolved again since
		if (trigger(current, now).filter(t -> !t.isAfter(planned.trigger())).isPresent()) {
			return Optional.empty();
		}
		Candidate candidate = new Candidate(planned.survey(), planned.conversation(), planned.customerKey(),
				planned.channel(), planned.trigger());
		return Optional.of(SurveyDecision.skip(candidate, now, SkipReason.REOPENED,
				"reopened after " + planned.trigger() + (current.resolved() ? ", resolved again" : "")));
	}

	/**
	 * @return {@code due}, or the end of the quiet hours it falls in, in {@code zone} (a gap at a daylight-saving
	 *         change moves it forward as {@link ZonedDateTime} does)
	 */
	static Instant outsideQuietHours(Instant due, ZoneId zone, QuietHours quiet) {
		ZonedDateTime local = due.atZone(zone);
		if (!quiet.contains(local.toLocalTime())) {
			return due;
		}
		LocalDate day = local.toLocalDate();
		ZonedDateTime end = ZonedDateTime.of(day, quiet.until(), zone);
		if (!end.isAfter(local)) {
			end = ZonedDateTime.of(day.plusDays(1), quiet.until(), zone);
		}
		return end.toInstant();
	}

	/**
	 * @return a number in [0, 1) fixed by the two ids and evenly spread over them: the first 53 bits of their
	 *         SHA-256
	 */
	static double draw(String surveyId, String conversation) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(surveyId.getBytes(StandardCharsets.UTF_8));
			sha.update((byte) 0);
			sha.update(conversation.getBytes(StandardCharsets.UTF_8));
			long bits = ByteBuffer.wrap(sha.digest()).getLong() >>> 11;
			return bits * 0x1.0p-53;
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java platform has SHA-256", e);
		}
	}

	/** @return the pattern of a customer id glob, where {@code *} matches any characters and nothing else is special */
	static Pattern glob(String glob) {
		StringBuilder regex = new StringBuilder();
		String[] parts = glob.split("\\*", -1);
		for (int i = 0; i < parts.length; i++) {
			if (i > 0) {
				regex.append(".*");
			}
			regex.append(Pattern.quote(parts[i]));
		}
		return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
	}
}
