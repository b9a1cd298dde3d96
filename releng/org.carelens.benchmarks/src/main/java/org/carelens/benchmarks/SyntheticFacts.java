package org.carelens.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Direction;
import org.carelens.core.api.Priority;
import org.carelens.core.api.Stage;
import org.carelens.core.api.SurveyKind;
import org.carelens.facts.ConversationFact;
import org.carelens.facts.Counts;
import org.carelens.facts.Durations;
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
 * Conversation facts with the shape of a contact centre's year, made directly (without events) so that millions
 * can be made quickly: channel mix, hours of the day, log-normal response and resolution times per channel,
 * queues and handling on calls, reply runs on written channels, surveys, QA reviews, SLA checks, topics, stages.
 */
final class SyntheticFacts {

	private static final Instant START = Instant.parse("2025-11-01T00:00:00Z");
	private static final ChannelKind[] CHANNELS = { ChannelKind.VOICE, ChannelKind.VOICE, ChannelKind.VOICE,
			ChannelKind.CHAT, ChannelKind.CHAT, ChannelKind.EMAIL, ChannelKind.EMAIL, ChannelKind.SOCIAL,
			ChannelKind.SOCIAL, ChannelKind.APP, ChannelKind.IN_PERSON };
	private static final String[] TOPICS = { "payment", "delivery", "warranty", "repair", "product", "installation",
			"account", "complaint" };
	private static final Map<ChannelKind, String[]> TEAMS = new EnumMap<>(ChannelKind.class);
	static {
		TEAMS.put(ChannelKind.VOICE, new String[] { "voice-hn", "voice-hcm", "voice-dn" });
		TEAMS.put(ChannelKind.CHAT, new String[] { "digital-hn", "digital-hcm" });
		TEAMS.put(ChannelKind.SOCIAL, new String[] { "digital-hn", "digital-hcm", "social" });
		TEAMS.put(ChannelKind.APP, new String[] { "digital-hcm" });
		TEAMS.put(ChannelKind.EMAIL, new String[] { "email" });
		TEAMS.put(ChannelKind.IN_PERSON, new String[] { "counter-hn", "counter-hcm" });
	}

	private final SplittableRandom random;
	private final int customers;
	private long next;

	SyntheticFacts(long seed, int customers) {
		this.random = new SplittableRandom(seed);
		this.customers = customers;
	}

	private double logNormal(double median, double sigma) {
		return median * Math.exp(sigma * gaussian());
	}

	private double gaussian() {
		// Box-Muller; SplittableRandom has no nextGaussian before Java 17's RandomGenerator default
		double u = 1 - random.nextDouble();
		double v = random.nextDouble();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}

	private static Span span(long seconds) {
		Duration d = Duration.ofSeconds(seconds);
		return new Span(d, d);
	}

	ConversationFact next() {
		String id = "conv-" + next++;
		ChannelKind channel = CHANNELS[random.nextInt(CHANNELS.length)];
		String[] teams = TEAMS.get(channel);
		String team = teams[random.nextInt(teams.length)];
		String agent = team + "-" + random.nextInt(30);
		int day = random.nextInt(365);
		int hour = 8 + (int) Math.min(13, Math.abs(gaussian() * 4));
		Instant opened = START.plusSeconds(day * 86_400L + hour * 3600L + random.nextInt(3600) - 7 * 3600);
		boolean voice = channel == ChannelKind.VOICE;
		boolean queued = voice || channel == ChannelKind.CHAT;
		boolean abandoned = queued && random.nextInt(100) < 6;
		Optional<Duration> wait = Optional.empty();
		Optional<Duration> abandonWait = Optional.empty();
		Optional<Instant> answered = Optional.empty();
		if (queued) {
			if (abandoned) {
				abandonWait = Optional.of(Duration.ofSeconds((long) logNormal(30, 1.0)));
			} else {
				wait = Optional.of(Duration.ofSeconds((long) logNormal(voice ? 15 : 25, 0.9)));
				answered = Optional.of(opened.plus(wait.get()));
			}
		}
		long frSeconds = switch (channel) {
		case VOICE -> wait.map(Duration::getSeconds).orElse(-1L);
		case CHAT -> abandoned ? -1 : wait.get().getSeconds() + (long) logNormal(30, 0.8);
		case EMAIL -> (long) logNormal(3 * 3600, 1.1);
		case SOCIAL -> (long) logNormal(600, 1.2);
		case APP -> (long) logNormal(120, 1.0);
		case IN_PERSON -> (long) logNormal(120, 0.7);
		};
		if (frSeconds >= 0 && random.nextInt(100) < 3) {
			frSeconds = -1; // unanswered
		}
		Optional<Instant> firstResponse = frSeconds < 0 ? Optional.empty() : Optional.of(opened.plusSeconds(frSeconds));
		boolean resolvedOnce = !abandoned && random.nextInt(100) < 93;
		boolean reopened = resolvedOnce && random.nextInt(100) < 4;
		boolean resolved = resolvedOnce && !(reopened && random.nextInt(3) == 0);
		long firstResolution = (long) logNormal(voice ? 600 : channel == ChannelKind.EMAIL ? 20 * 3600 : 2 * 3600, 1.0)
				+ Math.max(0, frSeconds);
		long lastResolution = reopened ? firstResolution + (long) logNormal(86_400, 0.8) : firstResolution;
		Optional<Instant> firstResolved = resolvedOnce ? Optional.of(opened.plusSeconds(firstResolution)) : Optional.empty();
		Optional<Instant> lastResolved = resolvedOnce ? Optional.of(opened.plusSeconds(lastResolution)) : Optional.empty();
		List<Span> replies = new ArrayList<>();
		if (!voice && channel != ChannelKind.IN_PERSON && frSeconds >= 0) {
			int runs = random.nextInt(4);
			for (int r = 0; r < runs; r++) {
				replies.add(span((long) logNormal(channel == ChannelKind.EMAIL ? 4 * 3600 : 90, 1.0)));
			}
		}
		Durations durations = new Durations(firstResponse.map(r -> span(Duration.between(opened, r).getSeconds())),
				firstResolved.map(r -> span(firstResolution)), resolved ? Optional.of(span(lastResolution)) : Optional.empty(),
				replies);
		int transfers = random.nextInt(100) < 8 ? 1 : 0;
		int escalations = random.nextInt(100) < 5 ? 1 : 0;
		Counts counts = new Counts(1 + replies.size(), 1 + replies.size(), 0, 0, 1, transfers, escalations,
				reopened ? 1 : 0);
		Handling handling = voice && !abandoned
				? new Handling(1, Duration.ofSeconds((long) logNormal(240, 0.6)), Duration.ofSeconds(random.nextInt(60)),
						Duration.ofSeconds(30 + random.nextInt(60)))
				: Handling.NONE;
		QueueFacts queue = queued ? new QueueFacts(Optional.of(opened), answered, wait, abandoned, abandonWait)
				: QueueFacts.NONE;
		Map<SurveyKind, SurveyScore> surveys = new EnumMap<>(SurveyKind.class);
		Map<SurveyKind, Integer> sent = new EnumMap<>(SurveyKind.class);
		Instant after = lastResolved.orElse(opened).plusSeconds(3600);
		if (resolved && random.nextInt(100) < 30) {
			sent.put(SurveyKind.CSAT, 1);
			if (random.nextInt(100) < 40) {
				surveys.put(SurveyKind.CSAT, new SurveyScore(Math.min(5, 1 + random.nextInt(3) + random.nextInt(3)),
						after, Optional.of(agent), Optional.empty()));
			}
		}
		if (random.nextInt(100) < 6) {
			sent.put(SurveyKind.NPS, 1);
			if (random.nextInt(100) < 35) {
				surveys.put(SurveyKind.NPS, new SurveyScore(Math.min(10, random.nextInt(6) + random.nextInt(6)), after,
						Optional.of(agent), Optional.empty()));
			}
		}
		if (random.nextInt(100) < 3) {
			sent.put(SurveyKind.CES, 1);
			surveys.put(SurveyKind.CES, new SurveyScore(1 + random.nextInt(7), after, Optional.of(agent), Optional.empty()));
		}
		if (random.nextInt(100) < 2) {
			sent.put(SurveyKind.CSI, 1);
			surveys.put(SurveyKind.CSI, new SurveyScore(50 + random.nextInt(51), after, Optional.of(agent), Optional.empty()));
		}
		Optional<QaResult> qa = random.nextInt(100) < 2
				? Optional.of(new QaResult("qa-standard", random.nextInt(20) == 0 ? 0 : 60 + random.nextInt(41),
						70, false, "sup-1", after.plusSeconds(86_400)))
				: Optional.empty();
		SlaStatus sla = SlaStatus.NONE;
		if (channel == ChannelKind.CHAT || channel == ChannelKind.EMAIL) {
			long limit = channel == ChannelKind.CHAT ? 120 : 86_400;
			Instant due = opened.plusSeconds(limit);
			SlaOutcome outcome = frSeconds < 0 ? SlaOutcome.PENDING : frSeconds <= limit ? SlaOutcome.MET : SlaOutcome.BREACHED;
			sla = new SlaStatus(Optional.of("sla-" + channel.wire().toLowerCase()), Optional.of(new SlaCheck(due, outcome)),
					Optional.empty(), replies.size(), random.nextInt(10) == 0 ? 1 : 0, Optional.empty());
		}
		Stage stage = Stage.values()[random.nextInt(100) < 20 ? 0 : random.nextInt(100) < 40 ? 1 : 2];
		Optional<String> outcome = stage == Stage.PRE_SALE && random.nextInt(100) < 30 ? Optional.of("converted")
				: Optional.empty();
		String topic = TOPICS[random.nextInt(100) < 5 ? 7 : random.nextInt(7)];
		String customer = "cust-" + random.nextInt(customers);
		boolean fcr = resolved && !reopened && transfers == 0 && escalations == 0 && random.nextInt(100) < 85;
		Timeline timeline = new Timeline(opened, opened, firstResponse, firstResolved, lastResolved,
				resolved ? lastResolved : Optional.empty());
		return new ConversationFact(id, channel, Optional.of(channel.wire().toLowerCase() + "-1"),
				random.nextInt(100) < 10 ? Direction.OUTBOUND : Direction.INBOUND, customer, customer, Optional.of(stage),
				Optional.of(topic), Optional.of(Priority.values()[random.nextInt(4)]), outcome,
				new Ownership(Optional.of(agent), Optional.of(team), Optional.of(team.endsWith("hcm") ? "hcm" : "hn"),
						Optional.of("m-" + team)),
				timeline, durations, sla, counts, queue, handling, surveys, sent, qa, resolved, fcr);
	}
}
