package org.carelens.core.api.survey;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.carelens.core.api.ChannelKind;

/**
 * When, and to which customers, a survey is sent. The controls are there so that the scores can be trusted (seed
 * 004): surveys reach a random sample rather than the customers an agent picks, nobody is asked so often that only
 * the patient answer, and every skipped conversation has a recorded reason.
 *
 * @param trigger           what makes a conversation due
 * @param campaignTopic     for {@link SurveyTrigger#CAMPAIGN}, the topic of the campaign's outbound conversations
 * @param closeAfter        for {@link SurveyTrigger#CLOSED}, how long a resolution must stand
 * @param delays            the wait after the trigger per channel kind; a kind not named waits
 *                          {@link #DEFAULT_DELAYS}' value
 * @param samplingRate      the share of due conversations surveyed, 0 to 1
 * @param restPeriod        a customer is not surveyed again within this time
 * @param maxPer30Days      at most this many surveys to one customer in any 30 days
 * @param excludedTopics    conversations with one of these topics are not surveyed
 * @param internalCustomers customer id patterns of staff and test accounts ({@code *} matches any characters)
 * @param quietHours        when nothing is sent, in the customer's zone
 * @param linkLifetime      how long a survey link can be answered
 */
public record DispatchPolicy(SurveyTrigger trigger, Optional<String> campaignTopic, Duration closeAfter,
		Map<ChannelKind, Duration> delays, double samplingRate, Duration restPeriod, int maxPer30Days,
		Set<String> excludedTopics, List<String> internalCustomers, QuietHours quietHours, Duration linkLifetime) {

	/** A day for email (the customer reads it in their own time), minutes for the conversational channels. */
	public static final Map<ChannelKind, Duration> DEFAULT_DELAYS = defaultDelays();

	/** The policy of a survey that names none. */
	public static final DispatchPolicy DEFAULT = new DispatchPolicy(SurveyTrigger.RESOLVED, Optional.empty(),
			Duration.ofHours(72), DEFAULT_DELAYS, 1.0, Duration.ofDays(14), 2, Set.of("spam", "internal", "test"),
			List.of(), QuietHours.DEFAULT, Duration.ofDays(7));

	public DispatchPolicy {
		Objects.requireNonNull(trigger, "trigger");
		Objects.requireNonNull(campaignTopic, "campaignTopic");
		Objects.requireNonNull(closeAfter, "closeAfter");
		Objects.requireNonNull(quietHours, "quietHours");
		Objects.requireNonNull(linkLifetime, "linkLifetime");
		Objects.requireNonNull(restPeriod, "restPeriod");
		if (trigger == SurveyTrigger.CAMPAIGN && campaignTopic.isEmpty()) {
			throw new IllegalArgumentException("a campaign survey names the topic of its campaign");
		}
		if (!(samplingRate >= 0 && samplingRate <= 1)) {
			throw new IllegalArgumentException("the sampling rate is a share from 0 to 1, not " + samplingRate);
		}
		if (maxPer30Days < 1) {
			throw new IllegalArgumentException("at least one survey in 30 days, not " + maxPer30Days);
		}
		if (closeAfter.isNegative() || restPeriod.isNegative() || !linkLifetime.isPositive()) {
			throw new IllegalArgumentException("durations are not negative and a link lives for some time");
		}
		Map<ChannelKind, Duration> copy = new EnumMap<>(ChannelKind.class);
		copy.putAll(DEFAULT_DELAYS);
		delays.forEach((kind, delay) -> {
			if (delay.isNegative()) {
				throw new IllegalArgumentException("the delay on " + kind.wire() + " is negative: " + delay);
			}
			copy.put(kind, delay);
		});
		delays = Map.copyOf(copy);
		excludedTopics = Set.copyOf(excludedTopics);
		internalCustomers = List.copyOf(internalCustomers);
	}

	/** @return the wait after the trigger on {@code channel} */
	public Duration delay(ChannelKind channel) {
		return delays.get(channel);
	}

	private static Map<ChannelKind, Duration> defaultDelays() {
		Map<ChannelKind, Duration> delays = new EnumMap<>(ChannelKind.class);
		delays.put(ChannelKind.EMAIL, Duration.ofHours(24));
		delays.put(ChannelKind.CHAT, Duration.ofMinutes(5));
		delays.put(ChannelKind.SOCIAL, Duration.ofMinutes(5));
		delays.put(ChannelKind.APP, Duration.ofMinutes(5));
		delays.put(ChannelKind.VOICE, Duration.ofMinutes(15));
		delays.put(ChannelKind.IN_PERSON, Duration.ofHours(2));
		return Map.copyOf(delays);
	}
}
