package org.carelens.facts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The cross-conversation part of first-contact resolution (METRICS.md): a resolved conversation that needed one
 * contact loses its FCR when the same customer opened another conversation on the same topic after it opened and no
 * later than the FCR window after its last resolution.
 * <p>
 * A conversation without a topic, or followed by one without a topic, counts as the same topic: a repeat contact
 * about something unknown is not evidence of a resolved first contact.
 */
public final class FirstContactRule {

	/** Orders the conversations of one customer as the rule reads them: by opening, then by id. */
	public static final Comparator<ConversationFact> BY_OPENING = Comparator
			.comparing((ConversationFact f) -> f.timeline().opened()).thenComparing(ConversationFact::conversation);

	private FirstContactRule() {
	}

	/**
	 * @param ofOneCustomer every conversation of one customer (one {@code customerKey}), in any order
	 * @param window        the FCR window
	 * @return the same conversations sorted {@link #BY_OPENING}, each with its first-contact resolution set
	 */
	public static List<ConversationFact> apply(List<ConversationFact> ofOneCustomer, Duration window) {
		List<ConversationFact> sorted = new ArrayList<>(ofOneCustomer);
		sorted.sort(BY_OPENING);
		for (int i = 0; i < sorted.size(); i++) {
			ConversationFact fact = sorted.get(i);
			boolean fcr = fact.singleContact() && !repeatedWithinWindow(fact, sorted, i, window);
			sorted.set(i, fact.withFirstContactResolution(fcr));
		}
		return sorted;
	}

	/** @param sorted the customer's conversations by opening; {@code index} is the position of {@code fact} */
	private static boolean repeatedWithinWindow(ConversationFact fact, List<ConversationFact> sorted, int index,
			Duration window) {
		Instant opened = fact.timeline().opened();
		Instant windowEnd = fact.timeline().lastResolution().orElse(opened).plus(window);
		for (int j = index + 1; j < sorted.size(); j++) {
			ConversationFact other = sorted.get(j);
			Instant otherOpened = other.timeline().opened();
			if (otherOpened.isAfter(windowEnd)) {
				return false;
			}
			if (otherOpened.isAfter(opened) && sameTopic(fact, other)) {
				return true;
			}
		}
		return false;
	}

	private static boolean sameTopic(ConversationFact a, ConversationFact b) {
		return a.topic().isEmpty() || b.topic().isEmpty() || a.topic().equals(b.topic());
	}
}
