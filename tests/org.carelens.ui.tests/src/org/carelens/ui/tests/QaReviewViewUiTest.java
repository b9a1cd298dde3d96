package org.carelens.ui.tests;

import static org.carelens.ui.tests.ReportTests.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.carelens.core.api.Event;
import org.carelens.internal.reports.ui.ComparisonsView;
import org.carelens.internal.reports.ui.DashboardView;
import org.carelens.internal.reports.ui.QaReviewView;
import org.carelens.internal.reports.ui.TimelineView;
import org.carelens.kpi.api.Dimension;
import org.carelens.reports.core.ComparisonResponse;
import org.carelens.reports.core.ConversationSource;
import org.carelens.reports.core.DashboardResponse;
import org.carelens.reports.core.QaCandidate;
import org.carelens.reports.core.QaSample;
import org.carelens.store.api.EventStoreProvider;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The QA Reviews view on a small generated workspace of its own: a sample drawn per agent, two conversations of one
 * agent scored and saved (one failing a critical item), each stored as a {@code qa.review} event with the scorecard's
 * points, and that agent's QA score in the comparisons moving to the mean with the new reviews, the critical failure
 * counting 0.
 */
class QaReviewViewUiTest {

	private static final String QA = "qa_score";

	@TempDir
	Path dir;

	private static Optional<ComparisonResponse.Cell> qaOf(ComparisonResponse response, String agent) {
		return response.segments().stream().filter(s -> s.id().equals(Optional.of(agent))).findFirst()
				.map(s -> s.cell(QA));
	}

	/** Closes the views this test opened, so that the next test starts with a dashboard of its own. */
	@AfterEach
	void closeViews() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		for (String id : List.of(QaReviewView.ID, ComparisonsView.ID, TimelineView.ID, DashboardView.ID)) {
			IViewPart part = page.findView(id);
			if (part != null) {
				page.hideView(part);
			}
		}
	}

	@Test
	void reviewsSavedInTheViewAreStoredAndMoveTheAgentsQaScore() throws Exception {
		Path workspace = dir.resolve("ws");
		ReportTests.demoWorkspace(workspace, 31);
		EventStoreProvider stores = ReportTests.embeddedStores();
		ReportTests.openDashboard(workspace);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ComparisonsView comparisons = (ComparisonsView) page.showView(ComparisonsView.ID);
		comparisons.compareBy(Dimension.AGENT);
		waitFor(() -> comparisons.shown().map(r -> r.request().by() == Dimension.AGENT).orElse(false));
		ComparisonResponse before = comparisons.shown().orElseThrow();
		assertEquals(DashboardResponse.Status.COMPLETED, before.status());
		assertTrue(before.metrics().stream().anyMatch(m -> m.id().equals(QA)), "the comparisons show the QA score");

		QaReviewView view = (QaReviewView) page.showView(QaReviewView.ID);
		view.setSampling(2, 7, false);
		view.drawSample();
		waitFor(() -> view.sample().isPresent());
		QaSample sample = view.sample().orElseThrow();
		assertEquals(DashboardResponse.Status.COMPLETED, sample.status(), sample.reason().orElse(""));
		Map<String, List<QaCandidate>> byAgent = sample.conversations().stream()
				.collect(Collectors.groupingBy(c -> c.agent().orElseThrow()));
		assertTrue(byAgent.size() > 10, "the demo's agents resolved conversations in the last 30 days: " + byAgent.size());
		byAgent.forEach((agent, theirs) -> assertTrue(theirs.size() <= 2, agent + ": " + theirs));
		assertTrue(sample.conversations().stream().noneMatch(QaCandidate::reviewed));
		String agent = byAgent.entrySet().stream().filter(e -> e.getValue().size() == 2).map(Map.Entry::getKey)
				.sorted().findFirst().orElseThrow();
		String failed = byAgent.get(agent).get(0).conversation();
		String passed = byAgent.get(agent).get(1).conversation();

		// a critical item failed: 75 points given, the review counts 0
		view.setReviewer("qa-tester");
		view.review(failed);
		for (String criterion : List.of("greeting", "need", "resolution", "courtesy", "closing", "privacy")) {
			view.answer(criterion, true);
		}
		view.save();
		assertTrue(view.message().contains("Thông tin chính xác"), "the unanswered criterion is named: "
				+ view.message());
		assertEquals(QaReviewView.ReviewState.TO_REVIEW, view.state(failed));
		view.answer("accuracy", false);
		assertTrue(view.scoreText().contains("75"), view.scoreText());
		view.setComment("Sai chính sách đổi trả");
		Instant saving = Instant.now();
		view.save().orElseThrow();
		waitFor(() -> view.state(failed) == QaReviewView.ReviewState.REVIEWED);
		assertTrue(view.message().contains(failed), view.message());

		// every item passed but the closing: 90
		view.review(passed);
		for (String criterion : List.of("greeting", "need", "accuracy", "resolution", "courtesy", "privacy")) {
			view.answer(criterion, true);
		}
		view.answer("closing", false);
		view.save().orElseThrow();
		waitFor(() -> view.state(passed) == QaReviewView.ReviewState.REVIEWED);

		ConversationSource source = ConversationSource.of(workspace, stores);
		Event.QaReview failedReview = onlyReview(source, failed);
		assertEquals(75, failedReview.score());
		assertTrue(failedReview.criticalFailed());
		assertEquals("qa-standard", failedReview.scorecard());
		assertEquals("qa-tester", failedReview.reviewer());
		assertFalse(failedReview.header().at().isBefore(saving));
		assertTrue(failedReview.header().extensions().get("comment").contains("Sai ch"));
		Event.QaReview passedReview = onlyReview(source, passed);
		assertEquals(90, passedReview.score());
		assertFalse(passedReview.criticalFailed());
		assertEquals(0, source.conversation(failed).orElseThrow().fact().orElseThrow().qa().orElseThrow().score(),
				"the stored facts count the critical failure as 0");

		// the comparisons computed again over the dashboard's period moved on to now: the two reviews count
		waitFor(() -> comparisons.shown().map(r -> r.request().scope().period().to().isAfter(
				passedReview.header().at())).orElse(false));
		ComparisonResponse after = comparisons.shown().orElseThrow();
		Optional<ComparisonResponse.Cell> old = qaOf(before, agent);
		long n = old.flatMap(ComparisonResponse.Cell::sampleSize).orElse(0L);
		double sum = old.flatMap(ComparisonResponse.Cell::value).orElse(0.0) * n;
		ComparisonResponse.Cell now = qaOf(after, agent).orElseThrow();
		assertEquals(Optional.of(n + 2), now.sampleSize());
		assertEquals((sum + 0 + 90) / (n + 2), now.value().orElseThrow(), 1e-9);

		// drawn again with the same seed, the reviewed conversations are left out and nothing else changes
		view.drawSample();
		waitFor(() -> view.sample().map(s -> s != sample).orElse(false));
		List<String> again = view.sample().orElseThrow().conversations().stream().map(QaCandidate::conversation)
				.toList();
		assertFalse(again.contains(failed) || again.contains(passed), again.toString());
		sample.conversations().stream().filter(c -> !c.agent().equals(Optional.of(agent)))
				.forEach(c -> assertTrue(again.contains(c.conversation()), c.conversation()));
	}

	private static Event.QaReview onlyReview(ConversationSource source, String conversation) {
		List<Event.QaReview> reviews = source.conversation(conversation).orElseThrow().events().stream()
				.filter(Event.QaReview.class::isInstance).map(Event.QaReview.class::cast).toList();
		assertEquals(1, reviews.size(), conversation + ": " + reviews);
		return reviews.get(0);
	}
}
