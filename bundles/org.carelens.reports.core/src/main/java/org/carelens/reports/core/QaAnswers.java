package org.carelens.reports.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.carelens.core.api.qa.QaCriterion;
import org.carelens.core.api.qa.QaScorecard;

/**
 * A reviewer's answers on a scorecard, pass or fail per criterion, as the form fills: the running result, and the
 * checks a review must pass before it is recorded (every criterion answered, the weights adding up to 100 points).
 */
public final class QaAnswers {

	/** The points a scorecard's weights add up to (METRICS.md: the result is 0–100). */
	public static final double FULL_MARKS = 100;
	private static final double TOLERANCE = 1e-6;

	private final QaScorecard scorecard;
	private final Map<String, Boolean> passed;

	private QaAnswers(QaScorecard scorecard, Map<String, Boolean> passed) {
		this.scorecard = scorecard;
		this.passed = passed;
	}

	/** @return the answers before any is given */
	public static QaAnswers on(QaScorecard scorecard) {
		return new QaAnswers(Objects.requireNonNull(scorecard, "scorecard"), Map.of());
	}

	/**
	 * @return these answers with {@code criterion} passed or failed
	 * @throws IllegalArgumentException naming the criterion and the scorecard when it has no such criterion
	 */
	public QaAnswers with(String criterion, boolean pass) {
		if (scorecard.criteria().stream().noneMatch(c -> c.key().equals(criterion))) {
			throw new IllegalArgumentException("scorecard '" + scorecard.id() + "' has no criterion '" + criterion
					+ "'");
		}
		Map<String, Boolean> next = new LinkedHashMap<>(passed);
		next.put(criterion, pass);
		return new QaAnswers(scorecard, Map.copyOf(next));
	}

	/** @return these answers without the one for {@code criterion} */
	public QaAnswers without(String criterion) {
		Map<String, Boolean> next = new LinkedHashMap<>(passed);
		next.remove(criterion);
		return new QaAnswers(scorecard, Map.copyOf(next));
	}

	public QaScorecard scorecard() {
		return scorecard;
	}

	/** @return the answer for {@code criterion}: true passed, false failed, empty not answered yet */
	public Optional<Boolean> answer(String criterion) {
		return Optional.ofNullable(passed.get(criterion));
	}

	/** @return the criteria not answered yet, in the scorecard's order */
	public List<QaCriterion> unanswered() {
		return scorecard.criteria().stream().filter(c -> !passed.containsKey(c.key())).toList();
	}

	/** @return the points of the criteria passed so far */
	public double points() {
		return scorecard.criteria().stream().filter(c -> passed.getOrDefault(c.key(), false))
				.mapToDouble(QaCriterion::weight).sum();
	}

	/** @return the critical criteria failed so far, in the scorecard's order */
	public List<QaCriterion> criticalFailed() {
		return scorecard.criteria().stream().filter(c -> c.critical() && Boolean.FALSE.equals(passed.get(c.key())))
				.toList();
	}

	/** @return the result so far: the points passed, or 0 once a critical criterion failed */
	public double score() {
		return criticalFailed().isEmpty() ? points() : 0;
	}

	/**
	 * @return the finished review's result
	 * @throws IllegalStateException naming what is wrong: a criterion not answered, or a scorecard whose weights do
	 *                               not add up to 100 points (its results would not be on the 0–100 scale)
	 */
	public Result result() {
		double total = scorecard.criteria().stream().mapToDouble(QaCriterion::weight).sum();
		if (Math.abs(total - FULL_MARKS) > TOLERANCE) {
			throw new IllegalStateException("the weights of scorecard '" + scorecard.id() + "' add up to " + total
					+ " points, not " + FULL_MARKS);
		}
		List<QaCriterion> missing = unanswered();
		if (!missing.isEmpty()) {
			throw new IllegalStateException("criteria not answered on scorecard '" + scorecard.id() + "': "
					+ missing.stream().map(QaCriterion::name).toList());
		}
		return new Result(points(), !criticalFailed().isEmpty(), score());
	}

	/**
	 * A finished review's result, as a {@code qa.review} event carries it.
	 *
	 * @param points         the points of the criteria passed, 0–100: the event's {@code score}
	 * @param criticalFailed whether a critical criterion failed: the event's {@code critical_failed}
	 * @param score          the result that counts: 0 when a critical criterion failed, else the points
	 */
	public record Result(double points, boolean criticalFailed, double score) {

		public Result {
			if (!(points >= 0 && points <= FULL_MARKS)) {
				throw new IllegalArgumentException("QA points out of range 0–100: " + points);
			}
		}
	}
}
