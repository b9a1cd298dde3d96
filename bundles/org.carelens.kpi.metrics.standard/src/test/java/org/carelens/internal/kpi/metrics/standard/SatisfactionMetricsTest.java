package org.carelens.internal.kpi.metrics.standard;

import static org.carelens.core.api.ChannelKind.CHAT;
import static org.carelens.core.api.ChannelKind.EMAIL;
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

	@Test
	void surveyBiasComparesTheCustomersWhoAnsweredWithThoseWhoDidNot() {
		// responders: r1 resolved in 1 h at first contact, r2 resolved in 3 h after a reopen;
		// non-responders: n1 and n2 escalated (no FCR), resolved in 5 h and 7 h; n3 never surveyed: not counted
		Kpi kpi = new Kpi().add(
				new Conversation("r1").opened("2026-03-02T08:00", CHAT, "A").customer("2026-03-02T08:00")
						.reply("2026-03-02T08:10", "ag1").resolved("2026-03-02T09:00")
						.surveySent("2026-03-02T09:05", SurveyKind.CSAT).rated("2026-03-02T10:00", SurveyKind.CSAT, 5),
				new Conversation("r2").opened("2026-03-03T08:00", CHAT, "B").customer("2026-03-03T08:00")
						.reply("2026-03-03T08:10", "ag1").resolved("2026-03-03T09:00").reopened("2026-03-03T09:30")
						.resolved("2026-03-03T11:00").surveySent("2026-03-03T11:05", SurveyKind.NPS)
						.rated("2026-03-03T12:00", SurveyKind.NPS, 9),
				new Conversation("n1").opened("2026-03-04T08:00", EMAIL, "C").customer("2026-03-04T08:00")
						.reply("2026-03-04T08:30", "ag2").escalated("2026-03-04T09:00", "tier2")
						.resolved("2026-03-04T13:00").surveySent("2026-03-04T13:05", SurveyKind.CSAT),
				new Conversation("n2").opened("2026-03-05T08:00", EMAIL, "D").customer("2026-03-05T08:00")
						.reply("2026-03-05T08:30", "ag2").escalated("2026-03-05T09:00", "tier2")
						.resolved("2026-03-05T15:00").surveySent("2026-03-05T15:05", SurveyKind.CES),
				new Conversation("n3").opened("2026-03-06T08:00", EMAIL, "E").customer("2026-03-06T08:00")
						.reply("2026-03-06T08:30", "ag2").resolved("2026-03-06T09:00"));
		Map<String, Object> fields = kpi.fields("survey_bias");
		assertEquals(4L, fields.get("n"));
		assertEquals(2L, fields.get("responders"));
		assertEquals(2L, fields.get("non_responders"));
		assertEquals(0.5, fields.get("response_rate"));
		assertEquals(0.5, fields.get("fcr_responders"), "r1 only");
		assertEquals(0.0, fields.get("fcr_non_responders"));
		assertEquals(0.5, fields.get("fcr_gap"));
		assertEquals(0.5, fields.get("value"));
		assertEquals(2 * 3600.0, fields.get("resolution_responders"), "(1 h + 3 h) / 2");
		assertEquals(6 * 3600.0, fields.get("resolution_non_responders"), "(5 h + 7 h) / 2");
		assertEquals(-4 * 3600.0, fields.get("resolution_gap"));
		assertEquals(true, fields.get("low_sample"));
	}

	@Test
	void surveyBiasHasNoValueWithoutBothSides() {
		Kpi kpi = new Kpi().add(new Conversation("r1").opened("2026-03-02T08:00", CHAT, "A")
				.surveySent("2026-03-02T09:00", SurveyKind.CSAT).rated("2026-03-02T10:00", SurveyKind.CSAT, 4));
		assertEquals(Optional.empty(), kpi.value("survey_bias"), "nobody who did not answer to compare with");
	}
}
