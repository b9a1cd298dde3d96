package org.carelens.surveys.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurveyLinksTest {

	@TempDir
	Path folder;

	private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
	private static final Instant EXPIRES = Instant.parse("2026-11-30T03:00:00Z");

	private static byte[] key(int fill) {
		byte[] key = new byte[32];
		Arrays.fill(key, (byte) fill);
		return key;
	}

	private final SurveyLinks links = new SurveyLinks(key(7), new SecureRandom());

	@Test
	void aLinkOfOursIsValidUntilItExpires() {
		String token = links.issue("csat", "conv-42", EXPIRES);
		SurveyLinks.Check.Valid valid = assertInstanceOf(SurveyLinks.Check.Valid.class, links.check(token, NOW));
		assertEquals("csat", valid.link().survey());
		assertEquals("conv-42", valid.link().conversation());
		assertEquals(EXPIRES, valid.link().expires());
		assertInstanceOf(SurveyLinks.Check.Valid.class, links.check(token, EXPIRES), "the last instant still counts");
		assertInstanceOf(SurveyLinks.Check.Expired.class, links.check(token, EXPIRES.plusSeconds(1)));
		assertTrue(token.length() < 200, "short enough for a chat message: " + token.length());
		assertTrue(token.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), "URL-safe as it is: " + token);
	}

	@Test
	void everyLinkIsNewEvenForTheSameConversationAndTheResponseIdFollowsTheLink() {
		String first = links.issue("csat", "conv-42", EXPIRES);
		String second = links.issue("csat", "conv-42", EXPIRES);
		assertNotEquals(first, second);
		SurveyLink a = ((SurveyLinks.Check.Valid) links.check(first, NOW)).link();
		SurveyLink b = ((SurveyLinks.Check.Valid) links.check(second, NOW)).link();
		assertNotEquals(a.responseEventId(), b.responseEventId());
		assertEquals(a.responseEventId(), ((SurveyLinks.Check.Valid) links.check(first, NOW)).link().responseEventId(),
				"checking the same token again names the same response: a second submission stores nothing new");
	}

	@Test
	void alteredForeignAndMalformedTokensAreForged() {
		String token = links.issue("csat", "conv-42", EXPIRES);
		int dot = token.indexOf('.');
		byte[] payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
		payload[payload.length - 1] ^= 1; // another conversation id
		String altered = Base64.getUrlEncoder().withoutPadding().encodeToString(payload) + token.substring(dot);
		assertInstanceOf(SurveyLinks.Check.Forged.class, links.check(altered, NOW));

		SurveyLinks other = new SurveyLinks(key(8), new SecureRandom());
		assertInstanceOf(SurveyLinks.Check.Forged.class, other.check(token, NOW), "signed with another key");

		for (String bad : new String[] { null, "", ".", "abc", "a.b.c", "%%%.%%%", token + "x", "x".repeat(5000),
				token.substring(0, dot) + "." }) {
			assertInstanceOf(SurveyLinks.Check.Forged.class, links.check(bad, NOW), "token " + bad);
		}
	}

	@Test
	void theKeyIsMadeOnceReadableByItsOwnerOnlyAndKept() throws IOException {
		Path file = folder.resolve("surveys/link.key");
		byte[] made = SurveyLinks.key(file);
		assertEquals(32, made.length);
		assertArrayEquals(made, SurveyLinks.key(file), "read back, not made again");
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
		Files.write(file, new byte[3]);
		IOException e = assertThrows(IOException.class, () -> SurveyLinks.key(file));
		assertTrue(e.getMessage().contains("link.key holds 3 bytes"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> new SurveyLinks(new byte[8], new SecureRandom()));
	}
}
