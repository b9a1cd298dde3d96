package org.carelens.reports.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.Event;
import org.carelens.core.api.io.EventCodec;
import org.junit.jupiter.api.Test;

class QaReviewTest {

	private static final Instant AT = Instant.parse("2026-03-10T02:30:00Z");

	private static QaReview review(String reviewer, Optional<String> comment, Instant at) {
		return new QaReview("c-42", "qa-standard", QaScorecards.allPassedBut("privacy").result(), reviewer, comment,
				at);
	}

	@Test
	void theEventCarriesThePointsTheCriticalFailureAndTheReviewerAndIsValidJson() throws Exception {
		Event.QaReview event = review("lan.nguyen", Optional.of("Nói \"cảm ơn\" rồi\nhẹn gặp lại"), AT).event();
		assertEquals(Optional.of("c-42"), event.header().conversation());
		assertEquals(95, event.score());
		assertTrue(event.criticalFailed());
		assertEquals("lan.nguyen", event.reviewer());
		assertEquals(AT, event.header().at());

		String line = EventCodec.encode(event);
		Event decoded = EventCodec.decode(line);
		assertEquals(event, decoded, line);
		assertEquals(Map.of("comment", "\"Nói \\\"cảm ơn\\\" rồi\\nhẹn gặp lại\""), decoded.header().extensions());
	}

	@Test
	void theSameReviewHasTheSameIdAndAnotherReviewAnother() {
		String id = review("lan", Optional.empty(), AT).eventId();
		assertEquals(id, review("lan", Optional.of("later comment"), AT).eventId());
		assertNotEquals(id, review("lan", Optional.empty(), AT.plusSeconds(1)).eventId());
		assertNotEquals(id, review("minh", Optional.empty(), AT).eventId());
		assertTrue(id.startsWith("qa-"), id);
	}

	@Test
	void aBlankCommentIsNoCommentAndAReviewWithoutReviewerIsRefused() {
		assertEquals(Map.of(), review("lan", Optional.of("   "), AT).event().header().extensions());
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> review(" ", Optional.empty(), AT));
		assertTrue(e.getMessage().contains("c-42"), e.getMessage());
	}

	@Test
	void anOverlongCommentIsRefusedWithItsLength() {
		String tooLong = "x".repeat(QaReview.MAX_COMMENT + 1);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> review("lan", Optional.of(tooLong), AT));
		assertTrue(e.getMessage().contains(Integer.toString(QaReview.MAX_COMMENT + 1)), e.getMessage());
	}
}
