package org.carelens.internal.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoInstantsTest {

	@ParameterizedTest
	@ValueSource(strings = { "2026-02-10T08:15:00+07:00", "2026-02-10T01:15:00Z", "2026-02-10T01:15:00.5Z",
			"2026-02-10T01:15:00.123456789Z", "2024-02-29T23:59:59-03:30", "1970-01-01T00:00:00Z",
			"2026-12-31T23:59:59.000001+18:00", "0001-01-01T00:00:00-18:00" })
	void theUsualSpellingsGiveWhatTheFormatterGives(String text) {
		assertEquals(formatter(text), IsoInstants.parseUsual(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-02-30T08:15:00Z", "2025-02-29T08:15:00Z", "2026-13-01T08:15:00Z",
			"2026-02-10T24:00:00Z", "2026-02-10T08:60:00Z", "2026-02-10T08:15:60Z", "2026-02-10T08:15:00",
			"2026-02-10T08:15:00+19:00", "2026-02-10T08:15:00+18:30", "2026-02-10T08:15:00.Z",
			"2026-02-10T08:15:00.1234567890Z", "2026-02-10 08:15:00Z", "2026-02-10t08:15:00z", "2026-02-10T08:15:00+07",
			"2026-02-10T08:15:00+07:00:00", "+12026-02-10T08:15:00Z", "2026-2-10T08:15:00Z", "２０２６-02-10T08:15:00Z" })
	void everythingElseIsLeftToTheFormatter(String text) {
		assertNull(IsoInstants.parseUsual(text));
	}

	@Test
	void randomInstantsInEveryOffsetAgreeWithTheFormatter() {
		Random random = new Random(20261123);
		for (int i = 0; i < 20_000; i++) {
			Instant at = Instant.ofEpochSecond(random.nextLong(-5_000_000_000L, 10_000_000_000L),
					random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
			int offsetMinutes = random.nextInt(-18 * 60, 18 * 60 + 1);
			String text = at.atOffset(java.time.ZoneOffset.ofTotalSeconds(offsetMinutes * 60))
					.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
			if (text.charAt(4) == '-') { // four-digit years only: others are the formatter's
				assertEquals(at, IsoInstants.parseUsual(text), text);
			}
		}
	}

	private static Instant formatter(String text) {
		try {
			return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
		} catch (DateTimeParseException e) {
			throw new AssertionError(text + " is not valid for the formatter either", e);
		}
	}
}
