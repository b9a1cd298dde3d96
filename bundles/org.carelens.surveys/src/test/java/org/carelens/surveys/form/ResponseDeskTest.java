package org.carelens.surveys.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Event;
import org.carelens.core.api.SurveyKind;
import org.carelens.core.api.survey.CsiAttribute;
import org.carelens.core.api.survey.DispatchPolicy;
import org.carelens.core.api.survey.LocalizedText;
import org.carelens.core.api.survey.SurveyDefinition;
import org.carelens.surveys.link.SurveyLink;
import org.carelens.surveys.link.SurveyLinks;
import org.junit.jupiter.api.Test;

class ResponseDeskTest {

	private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
	private static final Optional<String> NONE = Optional.empty();

	private static final SurveyDefinition CSAT = new SurveyDefinition("csat", "CSAT", SurveyKind.CSAT,
			new LocalizedText("Anh/chị hài lòng thế nào với lần hỗ trợ vừa rồi?",
					"How satisfied are you with the support you just received?"),
			Optional.of(new LocalizedText("Góp ý thêm?", "Anything else?")), 1, 5, EnumSet.of(ChannelKind.CHAT),
			List.of(), DispatchPolicy.DEFAULT);

	private static final SurveyDefinition CSI = new SurveyDefinition("csi", "CSI", SurveyKind.CSI,
			new LocalizedText("Đánh giá <từng> tiêu chí", "Rate <each> item"), Optional.empty(), 1, 5,
			EnumSet.of(ChannelKind.VOICE),
			List.of(new CsiAttribute("speed", new LocalizedText("Tốc độ", "Speed"), 0.5),
					new CsiAttribute("professionalism", new LocalizedText("Chuyên nghiệp", "Professionalism"), 0.5)),
			DispatchPolicy.DEFAULT);

	private final SurveyLinks links = new SurveyLinks(key(), new SecureRandom());
	private final Stored stored = new Stored();
	private final MutableClock clock = new MutableClock(NOW);
	private final ResponseDesk desk = new ResponseDesk(links,
			id -> Optional.ofNullable(Map.of("csat", CSAT, "csi", CSI).get(id)), stored,
			new RateLimiter(30, Duration.ofMinutes(1), clock), clock);

	private static byte[] key() {
		byte[] key = new byte[32];
		Arrays.fill(key, (byte) 3);
		return key;
	}

	/** The event store, as far as the form sees it. */
	private static final class Stored implements ResponseDesk.Responses {
		final List<Event.SurveyResponse> responses = new ArrayList<>();

		@Override
		public boolean answered(SurveyLink link) {
			return responses.stream().anyMatch(r -> r.header().id().equals(link.responseEventId()));
		}

		@Override
		public void store(Event.SurveyResponse response) throws IOException {
			responses.add(response);
		}
	}

	private static final class MutableClock extends Clock {
		Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	private static byte[] form(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	private String csatLink() {
		return links.issue("csat", "conv-7", NOW.plus(Duration.ofDays(7)));
	}

	@Test
	void aValidLinkShowsAnAccessibleFormInVietnameseWithoutScriptsOrOutsideAssets() {
		ResponseDesk.Page page = desk.get(csatLink(), NONE, NONE, "10.0.0.1");
		assertEquals(200, page.status());
		String html = page.html();
		assertTrue(html.contains("<html lang=\"vi\">"), html);
		assertTrue(html.contains("<h1>Anh/chị hài lòng thế nào với lần hỗ trợ vừa rồi?</h1>"), html);
		for (int score = 1; score <= 5; score++) {
			assertTrue(html.contains("<input type=\"radio\" id=\"score-" + score + "\" name=\"score\" value=\"" + score
					+ "\" required><label for=\"score-" + score + "\">" + score + "</label>"), html);
		}
		assertTrue(html.contains("<legend class=\"hidden\">Anh/chị hài lòng thế nào"), "the scale is a labelled group");
		assertTrue(html.contains("<a href=\"?lang=en\" lang=\"en\">English</a>"), html);
		assertTrue(html.contains("1 = Rất không hài lòng") && html.contains("5 = Rất hài lòng"), html);
		assertTrue(html.contains("<label class=\"comment\" for=\"comment\">Góp ý thêm?</label>"), html);
		assertFalse(html.contains("<script"), "works without JavaScript");
		assertFalse(html.contains("http://") || html.contains("https://") || html.contains("src="),
				"no external assets");
		assertTrue(html.length() < 8_000, "small: " + html.length() + " characters");
	}

	@Test
	void theLanguageFollowsTheLinkThenTheBrowser() {
		String token = csatLink();
		String english = desk.get(token, NONE, Optional.of("en-US,en;q=0.9,vi;q=0.5"), "a").html();
		assertTrue(english.contains("<html lang=\"en\">") && english.contains("How satisfied are you"), english);
		assertTrue(english.contains("1 = Very dissatisfied"), english);
		String chosen = desk.get(token, Optional.of("vi"), Optional.of("en-US"), "a").html();
		assertTrue(chosen.contains("<html lang=\"vi\">"), "the link's choice wins");
		assertTrue(chosen.contains("action=\"" + token + "?lang=vi\""), "the answer keeps the language");
	}

	@Test
	void answeringStoresOneResponseForTheLinkAndASecondSubmitStoresNothingNew() {
		String token = csatLink();
		ResponseDesk.Page first = desk.post(token, form("score=4&comment=R%E1%BA%A5t+t%E1%BB%91t"), NONE, NONE, "a");
		assertEquals(200, first.status());
		assertTrue(first.html().contains("Cảm ơn"), first.html());
		assertEquals(1, stored.responses.size());
		Event.SurveyResponse response = stored.responses.get(0);
		assertEquals(4.0, response.score());
		assertEquals(Optional.of("Rất tốt"), response.comment());
		assertEquals(Optional.of("conv-7"), response.header().conversation());
		assertEquals("csat", response.survey());
		assertEquals(NOW, response.header().at());

		ResponseDesk.Page again = desk.post(token, form("score=1"), NONE, NONE, "a");
		assertEquals(200, again.status());
		assertTrue(again.html().contains("Cảm ơn"));
		assertEquals(1, stored.responses.size(), "the first answer stands");
		assertTrue(desk.get(token, NONE, NONE, "a").html().contains("Cảm ơn"), "the link now thanks");
	}

	@Test
	void expiredForgedOversizedAndMalformedPostsAreRefusedWithTheirReasonAndStoreNothing() {
		String token = csatLink();
		assertEquals(404, desk.post(token.substring(0, token.length() - 2) + "AA", form("score=5"), NONE, NONE, "a")
				.status());
		assertEquals(413, desk.post(token, new byte[ResponseDesk.MAX_BODY + 1], NONE, NONE, "a").status());
		for (String bad : List.of("score=abc", "score=9", "score=0", "comment=hi", "score=%ZZ", "score=4&score=5",
				"comment=" + "x".repeat(2_001) + "&score=3")) {
			ResponseDesk.Page page = desk.post(token, form(bad), NONE, NONE, "a");
			assertEquals(400, page.status(), bad);
			assertTrue(page.html().contains("role=\"alert\""), "the form again, with what is wrong: " + bad);
		}
		assertEquals(400, desk.post(token, "score=5&comment=caf\u00e9".getBytes(StandardCharsets.UTF_8), NONE, NONE,
				"a").status(), "raw non-ASCII is not a form encoding");
		clock.now = NOW.plus(Duration.ofDays(8));
		ResponseDesk.Page expired = desk.post(token, form("score=5"), NONE, NONE, "b");
		assertEquals(410, expired.status());
		assertTrue(expired.html().contains("hết hạn"), expired.html());
		assertEquals(List.of(), stored.responses);
	}

	@Test
	void oneAddressIsLimitedToThirtyRequestsAMinute() {
		String token = csatLink();
		for (int i = 0; i < 30; i++) {
			assertEquals(200, desk.get(token, NONE, NONE, "10.0.0.9").status());
		}
		assertEquals(429, desk.get(token, NONE, NONE, "10.0.0.9").status());
		assertEquals(429, desk.post(token, form("score=5"), NONE, NONE, "10.0.0.9").status());
		assertEquals(200, desk.get(token, NONE, NONE, "10.0.0.10").status(), "another address is not limited");
		clock.now = NOW.plusSeconds(61);
		assertEquals(200, desk.get(token, NONE, NONE, "10.0.0.9").status(), "a minute later");
		assertEquals(List.of(), stored.responses);
	}

	@Test
	void aCsiAnswerRecordsTheWeightedIndexOfItsAttributes() {
		String token = links.issue("csi", "conv-8", NOW.plus(Duration.ofDays(7)));
		String html = desk.get(token, NONE, NONE, "a").html();
		assertTrue(html.contains("<h1>Đánh giá &lt;từng&gt; tiêu chí</h1>"), "escaped: " + html);
		assertTrue(html.contains("<legend>Tốc độ</legend>") && html.contains("<legend>Chuyên nghiệp</legend>"), html);
		assertEquals(200, desk.post(token, form("speed=5&professionalism=3"), NONE, NONE, "a").status());
		// (0.5 × (5−1)/4 + 0.5 × (3−1)/4) × 100 = 75
		assertEquals(75.0, stored.responses.get(0).score());
		assertEquals(SurveyKind.CSI, stored.responses.get(0).kind());
		assertEquals(400, desk.post(links.issue("csi", "conv-9", NOW.plusSeconds(60)), form("speed=5"), NONE, NONE,
				"a").status(), "every attribute is rated");
	}
}
