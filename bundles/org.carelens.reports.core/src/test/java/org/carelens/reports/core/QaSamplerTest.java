package org.carelens.reports.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.carelens.core.api.ChannelKind;
import org.junit.jupiter.api.Test;

class QaSamplerTest {

	private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

	private static QaCandidate candidate(String agent, int n, boolean reviewed) {
		return new QaCandidate(agent + "-c" + n, Optional.of(agent), Optional.of("t1"), ChannelKind.CHAT,
				T0.plusSeconds(3600L * n), reviewed);
	}

	/** @return {@code count} conversations of each agent, none reviewed */
	private static List<QaCandidate> candidates(int count, String... agents) {
		List<QaCandidate> all = new ArrayList<>();
		for (String agent : agents) {
			for (int i = 0; i < count; i++) {
				all.add(candidate(agent, i, false));
			}
		}
		return all;
	}

	private static Map<String, Long> perAgent(List<QaCandidate> sample) {
		return sample.stream().collect(Collectors.groupingBy(c -> c.agent().orElseThrow(), Collectors.counting()));
	}

	@Test
	void takesNConversationsOfEveryAgent() {
		List<QaCandidate> sample = QaSampler.sample(candidates(20, "a1", "a2", "a3"), 3, 7);
		assertEquals(Map.of("a1", 3L, "a2", 3L, "a3", 3L), perAgent(sample));
		assertEquals(9, sample.stream().map(QaCandidate::conversation).distinct().count());
	}

	@Test
	void anAgentWithFewerConversationsGivesAllOfThem() {
		List<QaCandidate> all = candidates(20, "a1");
		all.addAll(candidates(2, "a2"));
		assertEquals(Map.of("a1", 5L, "a2", 2L), perAgent(QaSampler.sample(all, 5, 7)));
	}

	@Test
	void leavesOutReviewedConversationsAndThoseNoAgentOwned() {
		List<QaCandidate> all = new ArrayList<>(List.of(candidate("a1", 1, true), candidate("a1", 2, true),
				candidate("a1", 3, false), new QaCandidate("bot-only", Optional.empty(), Optional.empty(),
						ChannelKind.APP, T0, false)));
		List<QaCandidate> sample = QaSampler.sample(all, 10, 1);
		assertEquals(List.of("a1-c3"), sample.stream().map(QaCandidate::conversation).toList());
	}

	@Test
	void theSameSeedDrawsTheSameSampleWhateverTheOrderOfTheConversations() {
		List<QaCandidate> all = candidates(40, "a1", "a2");
		List<QaCandidate> shuffled = new ArrayList<>(all);
		Collections.shuffle(shuffled, new java.util.Random(99));
		assertEquals(QaSampler.sample(all, 4, 2026), QaSampler.sample(shuffled, 4, 2026));
	}

	@Test
	void anotherSeedDrawsAnotherSample() {
		List<QaCandidate> all = candidates(40, "a1");
		assertNotEquals(QaSampler.sample(all, 4, 1), QaSampler.sample(all, 4, 2));
	}

	@Test
	void drawnAgainAfterAReviewTheRestOfTheSampleStaysAndOneMoreComesIn() {
		List<QaCandidate> all = candidates(40, "a1");
		List<QaCandidate> first = QaSampler.sample(all, 4, 11);
		QaCandidate reviewed = first.get(2);
		List<QaCandidate> after = all.stream().map(c -> c.equals(reviewed) ? c.asReviewed() : c).toList();
		List<QaCandidate> second = QaSampler.sample(after, 4, 11);
		assertEquals(4, second.size());
		assertTrue(second.containsAll(first.stream().filter(c -> !c.equals(reviewed)).toList()), second.toString());
		assertTrue(second.stream().noneMatch(c -> c.conversation().equals(reviewed.conversation())));
	}

	@Test
	void anAgentsSampleDoesNotChangeWithOtherAgentsConversations() {
		List<QaCandidate> alone = QaSampler.sample(candidates(40, "a1"), 4, 5);
		List<QaCandidate> withOthers = QaSampler.sample(candidates(40, "a0", "a1", "a2"), 4, 5);
		assertEquals(alone, withOthers.stream().filter(c -> c.agent().equals(Optional.of("a1"))).toList());
	}

	@Test
	void theSampleIsOrderedByAgentThenOpening() {
		List<QaCandidate> sample = QaSampler.sample(candidates(30, "b", "a"), 5, 3);
		assertEquals("a", sample.get(0).agent().orElseThrow());
		for (int i = 1; i < sample.size(); i++) {
			QaCandidate before = sample.get(i - 1);
			QaCandidate after = sample.get(i);
			assertTrue(before.agent().get().compareTo(after.agent().get()) < 0
					|| !before.opened().isAfter(after.opened()), before + " then " + after);
		}
	}

	@Test
	void lessThanOneConversationPerAgentIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> QaSampler.sample(candidates(3, "a1"), 0, 1));
	}
}
