package org.carelens.internal.channels.file;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.channels.api.ChannelConnector;
import org.carelens.channels.api.Checkpoint;
import org.carelens.channels.api.ConnectorInstance;
import org.carelens.channels.api.Rejected;
import org.carelens.channels.api.contract.RecordingSink;
import org.carelens.channels.api.contract.TestContext;
import org.carelens.core.api.Event;
import org.carelens.facts.ConversationFact;
import org.carelens.facts.FactBook;
import org.carelens.facts.FactContext;

/** One pull of a connector instance over test input, with the facts its events fold into. */
record Run(List<Event> events, List<Rejected> rejected, Optional<Checkpoint> checkpoint, FactBook facts) {

	static Path fixture(String name) {
		return Path.of("src/test/resources/fixtures", name).toAbsolutePath();
	}

	static Run pull(ChannelConnector connector, String instance, Map<String, String> settings,
			Optional<Checkpoint> from) throws Exception {
		RecordingSink sink = new RecordingSink();
		ConnectorInstance started = connector.start(new TestContext(instance,
				connector.settingsSchema().validate(settings), from, sink));
		try {
			started.pull();
		} finally {
			started.stop();
		}
		Map<String, List<Event>> byConversation = new HashMap<>();
		sink.events().forEach(e -> e.conversation()
				.ifPresent(c -> byConversation.computeIfAbsent(c, k -> new ArrayList<>()).add(e)));
		FactBook facts = new FactBook(FactContext.EMPTY);
		facts.apply(sink.events(), c -> byConversation.getOrDefault(c, List.of()));
		return new Run(sink.events(), sink.rejected(), sink.lastCommit(), facts);
	}

	ConversationFact fact(String conversation) {
		return facts.fact(conversation).orElseThrow(() -> new AssertionError("no facts of " + conversation));
	}

	List<String> ids() {
		return events.stream().map(Event::id).toList();
	}

	List<String> problems() {
		return rejected.stream().map(Rejected::toString).toList();
	}
}
