package org.carelens.reports.core;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Draws a QA sample: up to N conversations per agent, at random but reproducibly from a seed, leaving out the
 * conversations already reviewed and those no agent owned (a review is credited to an agent).
 * <p>
 * Each agent's draw depends only on the seed, the agent and that agent's conversations, whatever order they come
 * in: the same seed over the same conversations gives the same sample, and an agent's sample does not change because
 * another agent's conversations changed. The reviewed conversations keep their places in the agent's shuffled order
 * and are passed over, so that drawing again after some reviews keeps the rest of the sample and fills it up.
 */
public final class QaSampler {

	private QaSampler() {
	}

	/**
	 * @param perAgent how many conversations to take per agent, at least 1; an agent with fewer gives all of theirs
	 * @return the sample, by agent id, then by opening within an agent
	 * @throws IllegalArgumentException when {@code perAgent} is below 1
	 */
	public static List<QaCandidate> sample(Collection<QaCandidate> candidates, int perAgent, long seed) {
		if (perAgent < 1) {
			throw new IllegalArgumentException("a QA sample takes at least 1 conversation per agent, not " + perAgent);
		}
		Map<String, List<QaCandidate>> byAgent = new TreeMap<>();
		for (QaCandidate candidate : candidates) {
			if (candidate.agent().isPresent()) {
				byAgent.computeIfAbsent(candidate.agent().get(), a -> new ArrayList<>()).add(candidate);
			}
		}
		List<QaCandidate> sample = new ArrayList<>();
		byAgent.forEach((agent, theirs) -> {
			theirs.sort(Comparator.comparing(QaCandidate::conversation)); // the input's order must not matter
			Collections.shuffle(theirs, new Random(seedOf(seed, agent)));
			List<QaCandidate> taken = new ArrayList<>(theirs.stream().filter(c -> !c.reviewed()).limit(perAgent)
					.toList());
			taken.sort(Comparator.comparing(QaCandidate::opened).thenComparing(QaCandidate::conversation));
			sample.addAll(taken);
		});
		return List.copyOf(sample);
	}

	/** @return a seed for one agent's draw, mixing the sample's seed with the agent id's bytes */
	private static long seedOf(long seed, String agent) {
		UUID mixed = UUID.nameUUIDFromBytes((seed + "/" + agent).getBytes(StandardCharsets.UTF_8));
		return mixed.getMostSignificantBits() ^ mixed.getLeastSignificantBits();
	}
}
