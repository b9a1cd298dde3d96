package org.carelens.surveys.dispatch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionLogTest {

	@TempDir
	Path folder;

	private static final Instant T = Instant.parse("2026-11-02T03:30:00Z");

	private static SurveyDecision send(String conversation, String customer, Instant at) {
		return new SurveyDecision("csat", conversation, customer, ChannelKind.CHAT, T, T, Optional.of(at),
				Optional.empty(), "sampled (draw 0.1234), due " + at);
	}

	private static SurveyDecision skip(String conversation, SkipReason reason) {
		return new SurveyDecision("csat", conversation, "cust \"quoted\" ✓", ChannelKind.EMAIL, T, T,
				Optional.empty(), Optional.of(reason), "détail: tiếng Việt");
	}

	@Test
	void decisionsSurviveReopeningTheLog() throws IOException {
		Path file = folder.resolve("surveys/decisions.jsonl");
		List<SurveyDecision> written = List.of(send("c1", "a", T.plusSeconds(300)),
				skip("c2", SkipReason.NOT_SAMPLED), send("c3", "a", T.plusSeconds(3600)));
		try (DecisionLog log = DecisionLog.open(file)) {
			for (SurveyDecision decision : written) {
				log.record(decision);
			}
		}
		try (DecisionLog log = DecisionLog.open(file)) {
			assertEquals(written, log.decisions());
			assertTrue(log.decided("csat", "c2"));
			assertEquals(List.of(T.plusSeconds(300), T.plusSeconds(3600)), log.sendsTo("a"));
			assertEquals(List.of(written.get(0), written.get(2)), log.plannedSends());
			log.record(skip("c4", SkipReason.CAP_REACHED));
		}
		assertEquals(4, Files.readAllLines(file).size(), "appended after the records already there");
	}

	@Test
	void appendedDecisionsCountAtOnceAndReachTheFileWithTheFlush() throws IOException {
		Path file = folder.resolve("decisions.jsonl");
		try (DecisionLog log = DecisionLog.open(file)) {
			log.append(send("c1", "a", T));
			log.append(skip("c2", SkipReason.NOT_SAMPLED));
			assertTrue(log.decided("csat", "c2"));
			assertEquals(List.of(T), log.sendsTo("a"));
			assertEquals(0, Files.size(file), "not written before the flush");
			log.flush();
			assertEquals(2, Files.readAllLines(file).size());
			log.append(send("c3", "b", T));
		}
		assertEquals(3, Files.readAllLines(file).size(), "closing flushes");
	}

	@Test
	void aTornLastLineFromACrashIsDropped() throws IOException {
		Path file = folder.resolve("decisions.jsonl");
		try (DecisionLog log = DecisionLog.open(file)) {
			log.record(send("c1", "a", T));
		}
		Files.writeString(file, "{\"survey\":\"csat\",\"conversa", StandardOpenOption.APPEND);
		try (DecisionLog log = DecisionLog.open(file)) {
			assertEquals(1, log.decisions().size());
			log.record(send("c2", "b", T));
		}
		try (DecisionLog log = DecisionLog.open(file)) {
			assertEquals(List.of("c1", "c2"), log.decisions().stream().map(SurveyDecision::conversation).toList());
		}
	}

	@Test
	void aDamagedRecordStopsTheOpeningWithItsLineAndChangesNothing() throws IOException {
		Path file = folder.resolve("decisions.jsonl");
		try (DecisionLog log = DecisionLog.open(file)) {
			log.record(send("c1", "a", T));
		}
		Files.writeString(file, "{\"survey\":\"csat\"}\n", StandardOpenOption.APPEND);
		byte[] before = Files.readAllBytes(file);
		IOException e = assertThrows(IOException.class, () -> DecisionLog.open(file));
		assertTrue(e.getMessage().contains("decisions.jsonl:2: not a decision: 'conversation' is missing"),
				e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file));
		assertTrue(new String(before, StandardCharsets.UTF_8).endsWith("{\"survey\":\"csat\"}\n"));
	}
}
