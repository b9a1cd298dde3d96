package org.carelens.store.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.carelens.core.api.Event;
import org.carelens.core.api.EventType;
import org.carelens.core.api.Identity;
import org.carelens.facts.ConversationFact;
import org.carelens.facts.ConversationFolder;
import org.carelens.facts.CustomerIdentities;
import org.carelens.facts.FactContext;
import org.carelens.facts.FirstContactRule;

/**
 * Brings the {@link FactStore facts} of an event store up to date with its events: refolds every conversation that
 * has events appended since the facts were last brought up to date, re-keys the conversations of customer ids that
 * new {@code customer.identity} events link, and applies first-contact resolution across each affected customer's
 * conversations.
 * <p>
 * Crash-safe by construction: the position the facts are up to date with is recorded in the same transaction as the
 * last facts, after all the others; an interrupted refresh leaves it where it was, and the next refresh does the work
 * again. Run it where events are appended (one writer at a time).
 */
public final class FactRefresh {

	/** Conversations folded per round trip to the store: bounds the events held in memory at once. */
	static final int CHUNK = 50_000;

	/** Told how a refresh advances. */
	@FunctionalInterface
	public interface Listener {
		/** @param folded conversations folded so far, of {@code total} to fold */
		void folded(long folded, long total);
	}

	/**
	 * @param conversations conversations whose facts were folded again
	 * @param rekeyed       conversations whose customer key changed through a new identity link
	 * @param fcrChanged    conversations whose first-contact resolution changed through another conversation
	 * @param through       the position the facts are up to date with now
	 */
	public record Result(long conversations, long rekeyed, long fcrChanged, long through) {
	}

	private final EventStore store;
	private final FactContext context;

	public FactRefresh(EventStore store, FactContext context) {
		this.store = store;
		this.context = context;
	}

	/** Brings the facts up to date with the events; cheap when they are. */
	public Result run(Listener listener) {
		long through = store.facts().factsThrough();
		long last = store.lastPosition();
		if (through >= last) {
			return new Result(0, 0, 0, through);
		}
		return refresh(through, last, listener);
	}

	/**
	 * Folds every conversation again, as after a change of the configuration the facts depend on (SLA policies,
	 * calendars, organisation, FCR window).
	 */
	public Result rebuild(Listener listener) {
		return refresh(0, store.lastPosition(), listener);
	}

	private Result refresh(long through, long last, Listener listener) {
		FactStore facts = store.facts();
		CustomerIdentities identities = new CustomerIdentities();
		store.eventsOfTypeAfter(EventType.CUSTOMER_IDENTITY, 0,
				event -> identities.link((Event.CustomerIdentity) event));
		Set<String> linkedNow = new HashSet<>();
		store.eventsOfTypeAfter(EventType.CUSTOMER_IDENTITY, through, event -> {
			Event.CustomerIdentity identity = (Event.CustomerIdentity) event;
			linkedNow.add(identity.header().customer().orElseThrow());
			for (Identity id : identity.identities()) {
				linkedNow.add(id.value());
			}
		});

		Set<String> affectedKeys = new HashSet<>();
		List<String> touched = new ArrayList<>(store.conversationsAfter(through));
		touched.sort(null);
		long folded = 0;
		for (int from = 0; from < touched.size(); from += CHUNK) {
			List<String> chunk = touched.subList(from, Math.min(touched.size(), from + CHUNK));
			affectedKeys.addAll(facts.customerKeysOf(chunk));
			List<ConversationFact> refolded = new ArrayList<>(chunk.size());
			store.eventsOfConversations(chunk, events -> {
				Optional<ConversationFact> fact = ConversationFolder.fold(events, context);
				if (fact.isPresent()) { // else not opened yet: its events wait for their opening
					ConversationFact keyed = fact.get().withCustomerKey(identities.keyOf(fact.get().customer()));
					affectedKeys.add(keyed.customerKey());
					// provisional until the customer's other conversations are looked at below
					refolded.add(keyed.withFirstContactResolution(keyed.singleContact()));
				}
			});
			facts.putFacts(refolded, OptionalLong.empty());
			folded += chunk.size();
			listener.folded(folded, touched.size());
		}

		long rekeyed = 0;
		if (!linkedNow.isEmpty()) {
			List<ConversationFact> moved = new ArrayList<>();
			facts.factsOfCustomers(linkedNow, fact -> {
				String key = identities.keyOf(fact.customer());
				if (!key.equals(fact.customerKey())) {
					affectedKeys.add(fact.customerKey());
					affectedKeys.add(key);
					moved.add(fact.withCustomerKey(key));
				}
			});
			facts.putFacts(moved, OptionalLong.empty());
			rekeyed = moved.size();
		}

		List<ConversationFact> changed = new ArrayList<>();
		List<ConversationFact> ofCustomer = new ArrayList<>();
		facts.factsOfCustomers(affectedKeys, fact -> {
			if (!ofCustomer.isEmpty() && !ofCustomer.get(0).customerKey().equals(fact.customerKey())) {
				recheck(ofCustomer, affectedKeys, changed);
				ofCustomer.clear();
			}
			ofCustomer.add(fact);
		});
		recheck(ofCustomer, affectedKeys, changed);
		facts.putFacts(changed, OptionalLong.of(last));
		return new Result(touched.size(), rekeyed, changed.size(), last);
	}

	private void recheck(List<ConversationFact> ofCustomer, Set<String> affectedKeys, List<ConversationFact> changed) {
		// the query also hands conversations whose customer id (not key) is affected: their own key decides
		if (ofCustomer.isEmpty() || !affectedKeys.contains(ofCustomer.get(0).customerKey())) {
			return;
		}
		List<ConversationFact> before = List.copyOf(ofCustomer);
		List<ConversationFact> after = FirstContactRule.apply(before, context.fcrWindow());
		Set<String> fcrBefore = new HashSet<>();
		for (ConversationFact fact : before) {
			if (fact.firstContactResolution()) {
				fcrBefore.add(fact.conversation());
			}
		}
		for (ConversationFact fact : after) {
			if (fact.firstContactResolution() != fcrBefore.contains(fact.conversation())) {
				changed.add(fact);
			}
		}
	}
}
