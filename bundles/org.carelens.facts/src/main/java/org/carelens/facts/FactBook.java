package org.carelens.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.carelens.core.api.Event;

/**
 * The facts of every conversation seen so far, kept up to date as events arrive.
 * <p>
 * New events refold only their conversations. Rules that look across conversations are applied here: channel
 * identities linked by {@code customer.identity} events make one customer of several channel ids, and
 * first-contact resolution is decided by {@link FirstContactRule} over each customer's conversations. Not
 * thread-safe.
 */
public final class FactBook {

	private final FactContext context;
	private final Map<String, ConversationFact> facts = new HashMap<>();
	private final CustomerIdentities identities = new CustomerIdentities();
	private final Map<String, Set<String>> conversationsByCustomerId = new HashMap<>();
	private final Map<String, Set<String>> conversationsByKey = new HashMap<>();

	public FactBook(FactContext context) {
		this.context = context;
	}

	/**
	 * Takes in new events.
	 *
	 * @param events   the new events, in arrival order
	 * @param eventsOf every event of a conversation known so far, the new ones included, in arrival order
	 * @return the conversations whose facts changed, by id
	 */
	public Set<String> apply(Collection<Event> events, Function<String, List<Event>> eventsOf) {
		Set<String> touched = new LinkedHashSet<>();
		Set<String> keysToRecheck = new HashSet<>();
		for (Event event : events) {
			if (event instanceof Event.CustomerIdentity identity) {
				link(identity, touched);
			} else {
				event.conversation().ifPresent(touched::add);
			}
		}
		Set<String> changed = new LinkedHashSet<>();
		for (String conversation : touched) {
			ConversationFact before = facts.get(conversation);
			Optional<ConversationFact> folded = ConversationFolder.fold(eventsOf.apply(conversation), context);
			if (folded.isEmpty()) {
				continue; // not opened yet: its events wait in the store for their opening
			}
			ConversationFact fact = folded.get();
			fact = fact.withCustomerKey(keyOf(fact.customer()));
			if (before != null) {
				keysToRecheck.add(before.customerKey());
				index(conversationsByKey, before.customerKey()).remove(conversation);
				fact = fact.withFirstContactResolution(before.firstContactResolution());
			}
			index(conversationsByCustomerId, fact.customer()).add(conversation);
			index(conversationsByKey, fact.customerKey()).add(conversation);
			keysToRecheck.add(fact.customerKey());
			facts.put(conversation, fact);
			if (!fact.equals(before)) {
				changed.add(conversation);
			}
		}
		for (String key : keysToRecheck) {
			recheckFirstContactResolution(key, changed);
		}
		return changed;
	}

	public Optional<ConversationFact> fact(String conversation) {
		return Optional.ofNullable(facts.get(conversation));
	}

	/** @return every fact, unmodifiable, in no particular order */
	public Collection<ConversationFact> facts() {
		return Collections.unmodifiableCollection(facts.values());
	}

	public int size() {
		return facts.size();
	}

	/** @return the customer a channel id belongs to: linked by {@code customer.identity}, else the id itself */
	public String keyOf(String customerId) {
		return identities.keyOf(customerId);
	}

	private void link(Event.CustomerIdentity identity, Set<String> touched) {
		for (String id : identities.link(identity)) {
			// conversations of this channel id now count for another customer
			touched.addAll(conversationsByCustomerId.getOrDefault(id, Set.of()));
		}
	}

	private void recheckFirstContactResolution(String key, Set<String> changed) {
		List<ConversationFact> ofCustomer = new ArrayList<>();
		for (String conversation : conversationsByKey.getOrDefault(key, Set.of())) {
			ofCustomer.add(facts.get(conversation));
		}
		for (ConversationFact updated : FirstContactRule.apply(ofCustomer, context.fcrWindow())) {
			if (updated.firstContactResolution() != facts.get(updated.conversation()).firstContactResolution()) {
				facts.put(updated.conversation(), updated);
				changed.add(updated.conversation());
			}
		}
	}

	private static Set<String> index(Map<String, Set<String>> index, String key) {
		return index.computeIfAbsent(key, k -> new HashSet<>());
	}
}
