package org.carelens.reports.core;

import static org.carelens.core.api.ChannelKind.CHAT;
import static org.carelens.core.api.ChannelKind.EMAIL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.SurveyKind;
import org.junit.jupiter.api.Test;

class SurveyResultsProviderTest {

	private static final ReportScope SCOPE = new ReportScope(
			PeriodPreset.custom(LocalDate.parse("2026-03-09"), LocalDate.parse("2026-03-15"), Facts.VN), Map.of());

	// five chat and two email conversations in the week; CSAT answers 5, 4, 4, 2 and one unanswered, an NPS of 9
	// and of 3; one CSAT answered before the week, which no number of the week counts
	private final Facts facts = new Facts()
			.conversation("c1", CHAT, "2026-03-09T08:00", "2026-03-09T08:05", Optional.of("2026-03-09T09:00"))
			.conversation("c2", CHAT, "2026-03-09T10:00", "2026-03-09T10:02", Optional.of("2026-03-09T11:00"))
			.conversation("c3", CHAT, "2026-03-10T10:00", "2026-03-10T10:20", Optional.of("2026-03-10T11:00"))
			.conversation("c4", CHAT, "2026-03-10T12:00", "2026-03-10T12:20", Optional.of("2026-03-10T13:00"))
			.conversation("c5", CHAT, "2026-03-11T12:00", "2026-03-11T12:20", Optional.of("2026-03-11T13:00"))
			.conversation("e1", EMAIL, "2026-03-11T08:00", "2026-03-11T09:00", Optional.of("2026-03-11T10:00"))
			.conversation("e2", EMAIL, "2026-03-12T08:00", "2026-03-12T09:00", Optional.of("2026-03-12T10:00"))
			.conversation("p1", CHAT, "2026-03-01T08:00", "2026-03-01T08:05", Optional.of("2026-03-01T09:00"))
			.surveyed("c1", SurveyKind.CSAT, "2026-03-09T09:30", Optional.of(5.0))
			.surveyed("c2", SurveyKind.CSAT, "2026-03-09T11:30", Optional.of(4.0))
			.surveyed("c3", SurveyKind.CSAT, "2026-03-10T11:30", Optional.of(4.0))
			.surveyed("c4", SurveyKind.CSAT, "2026-03-10T13:30", Optional.of(2.0))
			.surveyed("c5", SurveyKind.CSAT, "2026-03-11T13:30", Optional.empty())
			.surveyed("e1", SurveyKind.NPS, "2026-03-11T10:30", Optional.of(9.0))
			.surveyed("e2", SurveyKind.NPS, "2026-03-12T10:30", Optional.of(3.0))
			.surveyed("p1", SurveyKind.CSAT, "2026-03-01T09:30", Optional.of(1.0));

	@Test
	void theAnswersSpreadOverEachScaleAsTheTilesCountThem() {
		SurveyResults results = new SurveyResultsProvider(facts.engine).compute(facts.session(), SCOPE, () -> false);
		assertEquals(DashboardResponse.Status.COMPLETED, results.status(), results.reason().orElse(""));
		SurveyResults.Distribution csat = results.distributions().get(0);
		assertEquals(SurveyKind.CSAT, csat.kind());
		assertEquals(List.of(0L, 1L, 0L, 2L, 1L), csat.counts(), "scores 1 to 5: one 2, two 4, one 5");
		assertEquals(3, csat.between(4, 5), "satisfied");
		Tile csatTile = results.tiles().stream().filter(t -> t.metric().equals("csat")).findFirst().orElseThrow();
		assertEquals(Optional.of(csat.answers()), csatTile.sampleSize(), "the tile counts the same answers");
		assertEquals(Optional.of(0.75), csatTile.value(), "3 of 4 satisfied");

		SurveyResults.Distribution nps = results.distributions().get(1);
		assertEquals(11, nps.counts().size());
		assertEquals(1, nps.between(9, 10), "a promoter");
		assertEquals(1, nps.between(0, 6), "a detractor");
		assertEquals(0, results.distributions().get(2).answers(), "no CES answer");
	}

	@Test
	void theResponseRateIsGivenPerChannel() {
		SurveyResults results = new SurveyResultsProvider(facts.engine).compute(facts.session(), SCOPE, () -> false);
		assertEquals(List.of(new SurveyResults.ChannelRate(CHAT, 4, 5), new SurveyResults.ChannelRate(EMAIL, 2, 2)),
				results.channels());
		assertEquals(0.8, results.channels().get(0).rate());
	}
}
