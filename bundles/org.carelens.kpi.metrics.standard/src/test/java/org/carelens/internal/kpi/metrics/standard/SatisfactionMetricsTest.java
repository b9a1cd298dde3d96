package org.carelens.internal.kpi.metrics.standard;

import static org.carelens.core.api.ChannelKind.CHAT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.SurveyKind;
import org.junit.jupiter.api.Test;

class SatisfactionMetricsTest {

	private static Kpi rated(SurveyKind kind, double... scores) {
		Kpi kpi = new Kpi();
		for (int i = 0; i < scores.length; i++) {
			kpi.add(new Conversation("c" + i).opened("2026-03-02T08:00", CHAT, "cust" + i)
					.reply("2026-03-02T08:01", "ag1").resolved("2026-03-02T08:10")
					.surveySent("2026-03-02T08:11", kind).rated("2026-03-02T09:00", kind, scores[i]));
		}
		return kpi;
	}

	@Test
	void csatIsTheShareOfFoursAndFivesWithAWilsonIntervalAndALowSampleFlag() {
		Map<String, Object> fields = rated(SurveyKind.CSAT, 5, 4, 3, 5, 2).fields("csat");
		assertEquals(5L, fields.get("n"));
		assertEquals(0.6, fields.get("value"));
		assertEquals(3.8, (double) fields.get("mean"), 1e-12);
		// Wilson 95% for 3 of 5: 0.2307 .. 0.8824
		assertEquals(0.2307, (double) fields.get("ci_low"), 1e-4);
		assertEquals(0.8824, (double) fields.get("ci_high"), 1e-4);
		assertEquals(true, fields.get("low_sample"));
	}

	@Test
	void csatCountsTheLatestAnswerOfAConversation() {
		Kpi kpi = new Kpi().add(new Conversation("c1").opened("2026-03-02T08:00", CHAT, "A")
				.rated("2026-03-02T09:00", SurveyKind.CSAT, 2).rated("2026-03-02T10:00", SurveyKind.CSAT, 5));
		assertEquals(1.0, kpi.value("csat").orElseThrow().value());
		assertEquals(1L, kpi.fields("csat").get("n"));
	}

	@Test
	void thirtyResponsesAreNoLongerALowSample() {
		double[] scores = new double[30];
		java.util.Arrays.fill(scores, 5);
		assertEquals(false, rated(SurveyKind.CSAT, scores).fields("csat").get("low_sample"));
		assertEquals(true, rated(SurveyKind.CSAT, java.util.Arrays.copyOf(scores, 29)).fields("csat").get("low_sample"));
	}

	@Test
	void npsIsPromotersMinusDetractorsWithItsNormalInterval() {
		Map<String, Object> fields = rated(SurveyKind.NPS, 10, 9, 8, 6, 0).fields("nps");
		// 2 promoters, 2 detractors of 5: NPS 0, half-width 1.96 * 100 * sqrt((0.8 - 0) / 5) = 78.4
		assertEquals(0.0, (double) fields.get("value"), 1e-12);
		assertEquals(-78.4, (double) fields.get("ci_low"), 0.01);
		assertEquals(78.4, (double) fields.get("ci_high"), 0.01);
		assertEquals(75.0, rated(SurveyKind.NPS, 10, 10, 10, 7).value("nps").orElseThrow().value(), 1e-12);
	}

	@Test
	void cesIsTheMeanOnOneToSevenWithTheShareAgreeing() {
		Map<String, Object> fields = rated(SurveyKind.CES, 7, 5, 3, 1).fields("ces");
		assertEquals(4.0, fields.get("value"));
		assertEquals(0.5, fields.get("agree"));
		// s = sqrt(20 / 3) = 2.582; half-width 1.96 * 2.582 / 2 = 2.530
		assertEquals(1.470, (double) fields.get("ci_low"), 1e-3);
		assertEquals(6.530, (double) fields.get("ci_high"), 1e-3);
	}

	@Test
	void csiIsTheMeanIndex() {
		assertEquals(85.0, rated(SurveyKind.CSI, 80, 90).value("csi").orElseThrow().value());
	}

	@Test
	void qaScoreCountsAFailedCriticalItemAsZero() {
		Kpi kpi = new Kpi().add(
				new Conversation("c1").opened("2026-03-02T08:00", CHAT, "A").reviewed("2026-03-03T08:00", 90, false),
				new Conversation("c2").opened("2026-03-02T08:00", CHAT, "B").reviewed("2026-03-03T08:00", 70, false),
				new Conversation("c3").opened("2026-03-02T08:00", CHAT, "C").reviewed("2026-03-03T08:00", 95, true),
				new Conversation("c4").opened("2026-03-02T08:00", CHAT, "D"));
		assertEquals(160.0 / 3, kpi.value("qa_score").orElseThrow().value(), 1e-9);
	}

	@Test
	void surveyResponseRateIsResponsesOverDeliveries() {
		Kpi kpi = new Kpi().add(
				new Conversation("c1").opened("2026-03-02T08:00", CHAT, "A").surveySent("2026-03-02T09:00", SurveyKind.CSAT)
						.rated("2026-03-02T10:00", SurveyKind.CSAT, 4),
				new Conversation("c2").opened("2026-03-02T08:00", CHAT, "B").surveySent("2026-03-02T09:00", SurveyKind.CSAT),
				new Conversation("c3").opened("2026-03-02T08:00", CHAT, "C").surveySent("2026-03-02T09:00", SurveyKind.CSAT)
						.surveySent("2026-03-02T09:00", SurveyKind.NPS).rated("2026-03-02T10:00", SurveyKind.NPS, 9));
		assertEquals(Map.of("num", 2L, "den", 4L, "value", 0.5), kpi.fields("survey_response_rate"));
	}

	@Test
	void surveyMetricsHaveNoValueWithoutAnswers() {
		Kpi kpi = new Kpi().add(new Conversation("c1").opened("2026-03-02T08:00", CHAT, "A")
				.surveySent("2026-03-02T09:00", SurveyKind.CSAT));
		assertEquals(Optional.empty(), kpi.value("csat"));
		assertEquals(Optional.empty(), kpi.value("nps"));
		assertEquals(0.0, kpi.value("survey_response_rate").orElseThrow().value());
	}
}
