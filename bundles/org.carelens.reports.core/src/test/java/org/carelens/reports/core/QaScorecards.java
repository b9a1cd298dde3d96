package org.carelens.reports.core;

import java.util.List;

import org.carelens.core.api.qa.QaCriterion;
import org.carelens.core.api.qa.QaScorecard;

/** The demo workspace's scorecard, as the QA tests score on it: 100 points, two critical criteria. */
final class QaScorecards {

	static final QaScorecard STANDARD = new QaScorecard("qa-standard", "Standard", List.of(
			new QaCriterion("greeting", "Greeting", 10, false), new QaCriterion("need", "Need", 15, false),
			new QaCriterion("accuracy", "Accuracy", 25, true), new QaCriterion("resolution", "Resolution", 20, false),
			new QaCriterion("courtesy", "Courtesy", 15, false), new QaCriterion("closing", "Closing", 10, false),
			new QaCriterion("privacy", "Privacy", 5, true)));

	private QaScorecards() {
	}

	/** @return every criterion passed but those named, which failed */
	static QaAnswers allPassedBut(String... failed) {
		QaAnswers answers = QaAnswers.on(STANDARD);
		for (QaCriterion criterion : STANDARD.criteria()) {
			answers = answers.with(criterion.key(), !List.of(failed).contains(criterion.key()));
		}
		return answers;
	}
}
