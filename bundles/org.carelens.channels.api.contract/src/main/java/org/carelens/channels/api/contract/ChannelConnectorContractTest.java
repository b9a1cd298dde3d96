package org.carelens.channels.api.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.carelens.channels.api.ChannelConnector;
import org.carelens.channels.api.Checkpoint;
import org.carelens.channels.api.ConnectorException;
import org.carelens.channels.api.ConnectorInstance;
import org.carelens.channels.api.Settings;
import org.carelens.core.api.Event;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ChannelConnector} that pulls must have; a connector's test extends it, says how to make
 * an instance's input and settings, and inherits these tests.
 */
public abstract class ChannelConnectorContractTest extends ConnectorContractTest {

	/**
	 * Adds input that yields at least one event more than before, for the resume tests; return false when the
	 * connector's input cannot grow (the tests that need it then check nothing more).
	 */
	protected boolean addInput(Path directory) throws Exception {
		return false;
	}

	private RecordingSink pull(Settings settings, Optional<Checkpoint> checkpoint) throws ConnectorException {
		RecordingSink sink = new RecordingSink();
		ConnectorInstance instance = connector().start(new TestContext(INSTANCE, settings, checkpoint, sink));
		try {
			instance.pull();
		} finally {
			instance.stop();
		}
		return sink;
	}

	@Test
	void aFirstPullHandsOverEventsAndCommitsAfterThem() throws Exception {
		RecordingSink sink = pull(settings(), Optional.empty());
		assertFalse(sink.events().isEmpty(), "events from the input");
		assertTrue(sink.lastCommit().isPresent(), "a commit");
		assertEquals(sink.events(), sink.committedEvents(), "nothing is left uncommitted when a pull returns");
	}

	@Test
	void aPullFromTheStartAgainHandsOverTheSameIdsInTheSameOrder() throws Exception {
		Settings settings = settings();
		List<String> first = pull(settings, Optional.empty()).events().stream().map(Event::id).toList();
		List<String> again = pull(settings, Optional.empty()).events().stream().map(Event::id).toList();
		assertEquals(first, again, "a pass that was never committed is replayed with the same ids");
	}

	@Test
	void aPullFromTheLastCommitHandsOverNothingAgain() throws Exception {
		Settings settings = settings();
		Checkpoint committed = pull(settings, Optional.empty()).lastCommit().orElseThrow();
		RecordingSink resumed = pull(settings, Optional.of(committed));
		assertEquals(List.of(), resumed.events().stream().map(Event::id).toList());
	}

	@Test
	void inputAddedAfterACommitIsHandedOverAlone() throws Exception {
		Settings settings = settings();
		RecordingSink first = pull(settings, Optional.empty());
		if (!addInput(directory)) {
			return;
		}
		RecordingSink second = pull(settings, first.lastCommit());
		assertFalse(second.events().isEmpty(), "the new input's events");
		List<String> before = first.events().stream().map(Event::id).toList();
		for (Event event : second.events()) {
			assertFalse(before.contains(event.id()), "handed over again: " + event.id());
		}
	}

	@Test
	void aFailingCommitEndsThePullWithAConnectorException() throws Exception {
		RecordingSink sink = new RecordingSink();
		sink.failCommits();
		ConnectorInstance instance = connector().start(new TestContext(INSTANCE, settings(), Optional.empty(), sink));
		try {
			assertThrows(ConnectorException.class, instance::pull);
		} finally {
			instance.stop();
		}
	}
}
