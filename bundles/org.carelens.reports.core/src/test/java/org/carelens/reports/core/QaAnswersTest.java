package org.carelens.reports.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.carelens.core.api.qa.QaCriterion;
import org.carelens.core.api.qa.QaScorecard;
import org.junit.jupiter.api.Test;

class QaAnswersTest {

	@Test
	void theRunningScoreAddsTheWeightsOfThePassedCriteria() {
		QaAnswers answers = QaAnswers.on(QaScorecards.STANDARD).with("greeting", true).with("need", false)
				.with("accuracy", true);
		assertEquals(35, answers.score());
		assertEquals(Optional.of(false), answers.answer("need"));
		assertEquals(Optional.empty(), answers.answer("closing"));
		assertEquals(List.of("resolution", "courtesy", "closing", "privacy"),
				answers.unanswered().stream().map(QaCriterion::key).toList());
		assertEquals(25, answers.without("greeting").score());
	}

	@Test
	void aReviewWithEveryCriterionPassedScoresTheFullHundred() {
		QaAnswers.Result result = QaScorecards.allPassedBut().result();
		assertEquals(new QaAnswers.Result(100, false, 100), result);
	}

	@Test
	void aFailedNonCriticalCriterionTakesOnlyItsWeight() {
		assertEquals(new QaAnswers.Result(80, false, 80), QaScorecards.allPassedBut("resolution").result());
	}

	@Test
	void aFailedCriticalCriterionMakesTheReviewZeroAndKeepsThePointsGiven() {
		QaAnswers answers = QaScorecards.allPassedBut("privacy");
		assertEquals(0, answers.score());
		assertEquals(List.of("privacy"), answers.criticalFailed().stream().map(QaCriterion::key).toList());
		assertEquals(new QaAnswers.Result(95, true, 0), answers.result());
		assertEquals(answers.result().score(), QaScorecards.STANDARD.score(java.util.Map.of(
				"greeting", true, "need", true, "accuracy", true, "resolution", true, "courtesy", true,
				"closing", true, "privacy", false)), "the same result as the scorecard's own rule");
	}

	@Test
	void aReviewWithACriterionUnansweredCannotBeFinishedAndSaysWhich() {
		QaAnswers answers = QaScorecards.allPassedBut().without("courtesy");
		IllegalStateException e = assertThrows(IllegalStateException.class, answers::result);
		assertTrue(e.getMessage().contains("Courtesy"), e.getMessage());
		assertTrue(e.getMessage().contains("qa-standard"), e.getMessage());
	}

	@Test
	void anUnknownCriterionIsRefusedByName() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> QaAnswers.on(QaScorecards.STANDARD).with("speed", true));
		assertTrue(e.getMessage().contains("'speed'"), e.getMessage());
	}

	@Test
	void aScorecardWhoseWeightsDoNotAddUpToAHundredIsRefused() {
		QaScorecard short90 = new QaScorecard("qa-90", "Ninety", List.of(new QaCriterion("a", "A", 60, false),
				new QaCriterion("b", "B", 30, true)));
		QaAnswers answers = QaAnswers.on(short90).with("a", true).with("b", true);
		IllegalStateException e = assertThrows(IllegalStateException.class, answers::result);
		assertTrue(e.getMessage().contains("90"), e.getMessage());
		assertFalse(e.getMessage().contains("not answered"), e.getMessage());
	}

	@Test
	void pointsOutsideZeroToAHundredAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> new QaAnswers.Result(100.5, false, 100.5));
		assertThrows(IllegalArgumentException.class, () -> new QaAnswers.Result(-1, false, 0));
	}
}
