package org.carelens.reports.core;

import static org.carelens.core.api.ChannelKind.CHAT;
import static org.carelens.core.api.ChannelKind.EMAIL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.reports.core.DashboardResponse.Status;
import org.junit.jupiter.api.Test;

class QaSampleProviderTest {

	private static final ReportScope TWO_DAYS = new ReportScope(PeriodPreset.custom(LocalDate.of(2026, 3, 9),
			LocalDate.of(2026, 3, 10), Facts.VN), Map.of());

	private final Facts facts = new Facts()
			.conversation("c1", EMAIL, "2026-03-09T08:00", "2026-03-09T08:10", Optional.of("2026-03-09T09:00"))
			.conversation("c2", CHAT, "2026-03-09T10:00", "2026-03-09T10:02", Optional.of("2026-03-09T11:00"))
			.conversation("c3", CHAT, "2026-03-10T10:00", "2026-03-10T10:20", Optional.empty())
			.conversation("c4", CHAT, "2026-03-10T11:00", "2026-03-10T11:05", Optional.of("2026-03-10T12:00"))
			// resolved before the period
			.conversation("p1", EMAIL, "2026-03-02T08:00", "2026-03-02T08:20", Optional.of("2026-03-02T09:00"))
			.reviewed("c2", "2026-03-10T15:00", 90);

	private QaSample sample(QaSampleRequest request) {
		return new QaSampleProvider(facts.engine).compute(facts.sessionWithIds(), facts.source(), request,
				() -> false);
	}

	private static List<String> ids(QaSample sample) {
		return sample.conversations().stream().map(QaCandidate::conversation).toList();
	}

	@Test
	void drawsFromTheConversationsResolvedInTheScopeLeavingOutTheReviewedOnes() {
		QaSample sample = sample(QaSampleRequest.ofScope(TWO_DAYS, 10, 1));
		assertEquals(Status.COMPLETED, sample.status());
		assertEquals(List.of("c1", "c4"), ids(sample));
		assertEquals(3, sample.considered());
		assertEquals(1, sample.reviewed());
		assertEquals(Optional.of("ag1"), sample.conversations().get(0).agent());
	}

	@Test
	void drawsNPerAgentReproducibly() {
		QaSample one = sample(QaSampleRequest.ofScope(TWO_DAYS, 1, 8));
		assertEquals(1, one.conversations().size());
		assertEquals(ids(one), ids(sample(QaSampleRequest.ofScope(TWO_DAYS, 1, 8))));
	}

	@Test
	void drawsFromAListInsteadWhenGivenOne() {
		QaSample sample = sample(QaSampleRequest.ofList(TWO_DAYS, List.of("c2", "c3", "p1"), 10, 1));
		assertEquals(List.of("p1", "c3"), ids(sample), "c2 was reviewed; c3 and p1 are in the list");
	}

	@Test
	void aCancelledDrawSaysSo() {
		QaSample sample = new QaSampleProvider(facts.engine).compute(facts.sessionWithIds(), facts.source(),
				QaSampleRequest.ofScope(TWO_DAYS, 3, 1), () -> true);
		assertEquals(Status.CANCELLED, sample.status());
	}
}
