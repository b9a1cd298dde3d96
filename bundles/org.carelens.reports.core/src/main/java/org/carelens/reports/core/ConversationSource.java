package org.carelens.reports.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.carelens.core.api.Event;
import org.carelens.facts.ConversationFact;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.EventStoreProvider;

/**
 * Where drill-downs and timelines read the stored conversation facts and events of a workspace. A session closes its
 * store once the facts are loaded (so that the command line can import meanwhile); these reads open it for the read
 * only, and a store that another process holds fails at once with the store's message naming the workspace.
 */
public interface ConversationSource {

	/** Hands every stored fact to {@code sink}; {@code sink} may throw to stop early. */
	void facts(Consumer<? super ConversationFact> sink);

	/**
	 * Hands the stored facts of {@code conversations} to {@code sink}, in no particular order; a source that can
	 * only read them all filters them.
	 */
	default void factsOf(java.util.Collection<String> conversations, Consumer<? super ConversationFact> sink) {
		java.util.Set<String> wanted = java.util.Set.copyOf(conversations);
		facts(fact -> {
			if (wanted.contains(fact.conversation())) {
				sink.accept(fact);
			}
		});
	}

	/** @return the stored fact and the events of a conversation, sorted by instant; empty when it is unknown */
	Optional<StoredConversation> conversation(String id);

	/** A conversation as stored: its facts, when folded, and its events. */
	record StoredConversation(Optional<ConversationFact> fact, List<Event> events) {

		public StoredConversation {
			Objects.requireNonNull(fact, "fact");
			events = List.copyOf(events);
		}
	}

	/**
	 * @return the source of the embedded store in {@code workspace}, opened for each read and closed after it
	 */
	static ConversationSource of(Path workspace, EventStoreProvider stores) {
		Objects.requireNonNull(workspace, "workspace");
		Objects.requireNonNull(stores, "stores");
		return new ConversationSource() {

			private <T> T read(Function<EventStore, T> reading) {
				return WorkspaceStore.with(workspace, stores, reading);
			}

			@Override
			public void facts(Consumer<? super ConversationFact> sink) {
				read(store -> {
					store.facts().facts(sink);
					return null;
				});
			}

			@Override
			public void factsOf(java.util.Collection<String> conversations, Consumer<? super ConversationFact> sink) {
				read(store -> {
					store.facts().factsOf(conversations, sink);
					return null;
				});
			}

			@Override
			public Optional<StoredConversation> conversation(String id) {
				return read(store -> {
					List<Event> events = store.eventsOfConversation(id);
					Optional<ConversationFact> fact = store.facts().fact(id);
					return events.isEmpty() && fact.isEmpty() ? Optional.empty()
							: Optional.of(new StoredConversation(fact, events));
				});
			}
		};
	}
}
