package org.carelens.internal.channels.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.channels.api.ChannelConnector;
import org.carelens.channels.api.Checkpoint;
import org.carelens.channels.api.contract.ChannelConnectorContractTest;
import org.carelens.core.api.ChannelKind;
import org.carelens.facts.ConversationFact;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueueLogTest {

	/** 2026-03-01T02:00:00Z */
	static final long T0 = 1772330400L;

	static String line(long offset, String rest) {
		return (T0 + offset) + "|" + rest + "\n";
	}

	/** A call answered after 12 s and talked 188 s, a call abandoned after 45 s, presence lines, two bad lines. */
	static final String LOG = line(0, "NONE|NONE|NONE|QUEUESTART|") + line(10, "NONE|support|Agent/1001|AGENTLOGIN|SIP/1001")
			+ line(100, "1772330500.1|support|NONE|ENTERQUEUE||0901234567|1")
			+ line(112, "1772330500.1|support|Agent/1001|CONNECT|12|1772330512.2|3")
			+ line(300, "1772330500.1|support|Agent/1001|COMPLETECALLER|12|188|1")
			+ line(200, "1772330600.3|support|NONE|ENTERQUEUE||0912345678|1")
			+ line(245, "1772330600.3|support|NONE|ABANDON|1|1|45")
			+ "garbage line\n"
			+ line(400, "1772330800.5|support|Agent/1001|COMPLETEAGENT|5|notanumber|1");

	@TempDir
	Path dir;

	private Run pull(Path file, Optional<Checkpoint> from) throws Exception {
		return Run.pull(new QueueLogConnector(), "hotline", Map.of("file", file.toString(), "commit_lines", "3"),
				from);
	}

	@Test
	void callsBecomeQueueHandleAndResolutionEventsAndBadLinesAreRejectedWithTheirLine() throws Exception {
		Path file = dir.resolve("queue_log");
		Files.writeString(file, LOG);
		Run run = pull(file, Optional.empty());
		assertEquals(List.of("hotline:1772330500.1:support:ENTERQUEUE:opened",
				"hotline:1772330500.1:support:ENTERQUEUE",
				"hotline:1772330500.1:support:CONNECT",
				"hotline:1772330500.1:support:CONNECT:assigned",
				"hotline:1772330500.1:support:COMPLETE:handle",
				"hotline:1772330500.1:support:COMPLETE:resolved",
				"hotline:1772330600.3:support:ENTERQUEUE:opened",
				"hotline:1772330600.3:support:ENTERQUEUE",
				"hotline:1772330600.3:support:ABANDON"), run.ids());
		assertEquals(List.of("queue_log:8: a queue_log line has at least 5 fields separated by '|' "
				+ "(epoch|uniqueid|queue|agent|event), this one 1",
				"queue_log:9: the call time 'notanumber' (data2) is not a number of seconds"), run.problems());
		ConversationFact answered = run.fact("hotline:1772330500.1");
		assertEquals(ChannelKind.VOICE, answered.channel());
		assertEquals("0901234567", answered.customer());
		assertEquals(Optional.of(Duration.ofSeconds(12)), answered.queue().waitTime());
		assertEquals(Duration.ofSeconds(188), answered.handling().talk());
		assertTrue(answered.resolved());
		ConversationFact abandoned = run.fact("hotline:1772330600.3");
		assertTrue(abandoned.queue().abandoned());
		assertEquals(Optional.of(Duration.ofSeconds(45)), abandoned.queue().abandonWait());
		assertEquals(Instant.parse("2026-03-01T02:03:20Z"), abandoned.timeline().opened());
	}

	@Test
	void followingTheLogReadsAppendsSurvivesARotationAndARestart() throws Exception {
		Path file = dir.resolve("queue_log");
		Files.writeString(file, line(100, "c1|support|NONE|ENTERQUEUE||0901|1"));
		Run first = pull(file, Optional.empty());
		assertEquals(2, first.events().size());

		// a line half written: not read until its end arrives
		Files.writeString(file, line(110, "c1|support|Agent/7|CONNECT|10|x|1") + (T0 + 120) + "|c2|sup",
				StandardOpenOption.APPEND);
		Run appended = pull(file, first.checkpoint());
		assertEquals(List.of("hotline:c1:support:CONNECT", "hotline:c1:support:CONNECT:assigned"), appended.ids());
		Files.writeString(file, "port|NONE|ENTERQUEUE||0902|1\n", StandardOpenOption.APPEND);

		// rotation: the log is renamed, Asterisk writes one more line to it, then a new log starts
		Path rotated = dir.resolve("queue_log.1");
		Files.move(file, rotated);
		Files.writeString(rotated, line(130, "c2|support|NONE|ABANDON|1|1|10"), StandardOpenOption.APPEND);
		Files.writeString(file, line(140, "c3|support|NONE|ENTERQUEUE||0903|1"));
		Run afterRotation = pull(file, appended.checkpoint());
		assertEquals(List.of("hotline:c2:support:ENTERQUEUE:opened", "hotline:c2:support:ENTERQUEUE",
				"hotline:c2:support:ABANDON", "hotline:c3:support:ENTERQUEUE:opened",
				"hotline:c3:support:ENTERQUEUE"),
				afterRotation.ids());

		// a restart from the committed checkpoint reads nothing again, then only what is new
		assertEquals(List.of(), pull(file, afterRotation.checkpoint()).ids());
		Files.writeString(file, line(150, "c3|support|Agent/7|CONNECT|10|x|1"), StandardOpenOption.APPEND);
		assertEquals(List.of("hotline:c3:support:CONNECT", "hotline:c3:support:CONNECT:assigned"),
				pull(file, afterRotation.checkpoint()).ids());
	}

	@Test
	void aLogTruncatedInPlaceIsReadFromItsStart() throws Exception {
		Path file = dir.resolve("queue_log");
		Files.writeString(file, line(100, "c1|support|NONE|ENTERQUEUE||0901|1")
				+ line(110, "c1|support|NONE|ABANDON|1|1|10"));
		Run first = pull(file, Optional.empty());
		Files.writeString(file, line(200, "c9|support|NONE|ENTERQUEUE||0909|1"));
		assertEquals(List.of("hotline:c9:support:ENTERQUEUE:opened", "hotline:c9:support:ENTERQUEUE"),
				pull(file, first.checkpoint()).ids());
	}

	@Nested
	class Contract extends ChannelConnectorContractTest {
		@Override
		protected ChannelConnector connector() {
			return new QueueLogConnector();
		}

		@Override
		protected Map<String, String> settingsWithInput(Path directory) throws Exception {
			Path file = directory.resolve("queue_log");
			Files.writeString(file, LOG);
			return Map.of("file", file.toString(), "commit_lines", "2");
		}

		@Override
		protected boolean addInput(Path directory) throws Exception {
			Files.writeString(directory.resolve("queue_log"), line(500, "c7|support|NONE|ENTERQUEUE||0907|1"),
					StandardOpenOption.APPEND);
			return true;
		}
	}
}
