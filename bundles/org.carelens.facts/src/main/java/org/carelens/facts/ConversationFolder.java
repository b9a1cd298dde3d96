package org.carelens.facts;

import java.util.List;
import java.util.Optional;

import org.carelens.core.api.Event;
import org.carelens.internal.facts.Fold;

/**
 * Folds the events of one conversation into its {@link ConversationFact}.
 * <p>
 * Events are taken in the order of their {@code at}, ties in the order given (file order), so that events arriving
 * out of order or across several files give the same fact. Cross-conversation rules (first-contact resolution,
 * customer identities) are applied by {@link FactBook}; a fact folded alone has {@code firstContactResolution}
 * false and its own customer id as key.
 */
public final class ConversationFolder {

	private ConversationFolder() {
	}

	/**
	 * @param events the events of one conversation, in arrival order; events of other conversations and events
	 *               that belong to none are ignored
	 * @return the fact, or empty when the events hold no {@code conversation.opened} yet
	 */
	public static Optional<ConversationFact> fold(List<Event> events, FactContext context) {
		return Fold.of(events, context);
	}
}
