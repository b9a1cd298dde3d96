package org.carelens.surveys.dispatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.carelens.core.api.workspace.WorkspaceConfig;
import org.carelens.facts.ConversationFact;

/**
 * Runs the dispatch policies of a workspace's surveys over its conversation facts and records every decision.
 * Conversations decided before are passed over, so that running it again after a restart, or every few minutes,
 * decides only what is new.
 */
public final class SurveyDispatcher {

	/** The decision log's place in a workspace folder. */
	public static final String DECISIONS_FILE = "surveys/decisions.jsonl";

	/**
	 * Decisions are synced to disk in groups: one sync per decision made a month of a small workspace take many
	 * seconds. Deciding again after a crash gives the same answers (the sample is a hash), and nothing is sent
	 * before its decision is on disk.
	 */
	private static final int FLUSH_EVERY = 4_096;

	private final List<DispatchPlanner> planners;

	public SurveyDispatcher(List<DispatchPlanner> planners) {
		this.planners = List.copyOf(planners);
	}

	/**
	 * @return the planners of every survey of {@code config}, quiet hours in the workspace's zone (customers' own
	 *         zones are not known to the facts yet)
	 */
	public static SurveyDispatcher of(WorkspaceConfig config) {
		ZoneId zone = config.zone();
		List<DispatchPlanner> planners = new ArrayList<>();
		config.surveys().values().stream().sorted(java.util.Comparator.comparing(s -> s.id()))
				.forEach(survey -> planners.add(new DispatchPlanner(survey, customer -> zone)));
		return new SurveyDispatcher(planners);
	}

	/** How one survey's decisions of a run came out. */
	public record Tally(String survey, long sends, Map<SkipReason, Long> skips) {

		public Tally {
			Objects.requireNonNull(survey, "survey");
			skips = Map.copyOf(skips);
		}

		public long decided() {
			return sends + skips.values().stream().mapToLong(Long::longValue).sum();
		}
	}

	/**
	 * Decides for every conversation {@code facts} gives that triggers a survey and was not decided before.
	 *
	 * @param facts gives every conversation's facts to its argument
	 * @return per survey, in id order, the decisions of this run
	 * @throws IOException when a decision cannot be recorded; those recorded before stay
	 */
	public List<Tally> dispatch(Consumer<Consumer<ConversationFact>> facts, DecisionLog log, Instant now)
			throws IOException {
		Map<String, long[]> sends = new LinkedHashMap<>();
		Map<String, Map<SkipReason, Long>> skips = new LinkedHashMap<>();
		for (DispatchPlanner planner : planners) {
			sends.put(planner.survey().id(), new long[1]);
			skips.put(planner.survey().id(), new EnumMap<>(SkipReason.class));
		}
		int[] unflushed = { 0 };
		try {
			facts.accept(fact -> {
				for (DispatchPlanner planner : planners) {
					planner.decide(fact, log, now).ifPresent(decision -> {
						log.append(decision);
						if (++unflushed[0] == FLUSH_EVERY) {
							unflushed[0] = 0;
							try {
								log.flush();
							} catch (IOException e) {
								throw new UncheckedIOException(e);
							}
						}
						if (decision.sends()) {
							sends.get(decision.survey())[0]++;
						} else {
							skips.get(decision.survey()).merge(decision.reason().orElseThrow(), 1L, Long::sum);
						}
					});
				}
			});
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
		log.flush();
		List<Tally> tallies = new ArrayList<>();
		sends.forEach((survey, count) -> tallies.add(new Tally(survey, count[0], skips.get(survey))));
		return tallies;
	}
}
