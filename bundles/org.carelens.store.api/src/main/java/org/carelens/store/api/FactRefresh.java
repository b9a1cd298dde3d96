package org.carelens.store.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

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

	private static final RecentEvents NONE_RECENT = RecentEvents.none();

	private final EventStore store;
	private final FactContext context;

	public FactRefresh(EventStore store, FactContext context) {
		this.store = store;
		this.context = context;
	}

	/** Brings the facts up to date with the events; cheap when they are. */
	public Result run(Listener listener) {
		return run(listener, NONE_RECENT);
	}

	/**
	 * Brings the facts up to date with the events, taking the events the caller has just appended from
	 * {@code recent} rather than from the store while it holds them all.
	 */
	public Result run(Listener listener, RecentEvents recent) {
		long through = store.facts().factsThrough();
		long last = store.lastPosition();
		if (through >= last) {
			return new Result(0, 0, 0, through);
		}
		return refresh(through, last, listener, recent);
	}

	/**
	 * Folds every conversation again, as after a change of the configuration the facts depend on (SLA policies,
	 * calendars, organisation, FCR window).
	 */
	public Result rebuild(Listener listener) {
		return refresh(0, store.lastPosition(), listener, NONE_RECENT);
	}

	private Result refresh(long through, long last, Listener listener, RecentEvents recent) {
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

		// With the new events in memory, the refolded facts stay in memory too until first-contact resolution is
		// settled, and are written once; otherwise each chunk is written at once and read back for it.
		boolean inMemory = recent.complete();
		Map<String, ConversationFact> held = new HashMap<>();
		Set<String> affectedKeys = new HashSet<>();
		List<String> touched = new ArrayList<>(store.conversationsAfter(through));
		touched.sort(null);
		long folded = 0;
		for (int from = 0; from < touched.size(); from += CHUNK) {
			List<String> chunk = touched.subList(from, Math.min(touched.size(), from + CHUNK));
			affectedKeys.addAll(facts.customerKeysOf(chunk));
			List<List<Event>> histories = new ArrayList<>(chunk.size());
			if (inMemory) {
				foldWithRecent(chunk, recent, histories::add);
				recent.forget(chunk);
			} else {
				store.eventsOfConversations(chunk, histories::add);
			}
			// folding is pure and the costliest step here: spread it over the cores, keeping the chunk's order
			List<Optional<ConversationFact>> folds = histories.parallelStream()
					.map(events -> ConversationFolder.fold(events, context)).toList();
			List<ConversationFact> refolded = new ArrayList<>(chunk.size());
			for (Optional<ConversationFact> fact : folds) {
				if (fact.isPresent()) { // else not opened yet: its events wait for their opening
					ConversationFact keyed = fact.get().withCustomerKey(identities.keyOf(fact.get().customer()));
					affectedKeys.add(keyed.customerKey());
					// provisional until the customer's other conversations are looked at below
					refolded.add(keyed.withFirstContactResolution(keyed.singleContact()));
				}
			}
			if (inMemory) {
				refolded.forEach(fact -> held.put(fact.conversation(), fact));
			} else {
				facts.putFacts(refolded, OptionalLong.empty());
			}
			folded += chunk.size();
			listener.folded(folded, touched.size());
		}

		Map<String, ConversationFact> pending = new HashMap<>(held); // to write: every held fact, changed stored ones
		long rekeyed = 0;
		if (!linkedNow.isEmpty()) {
			facts.factsOfCustomers(linkedNow, fact -> {
				String key = identities.keyOf(fact.customer());
				if (!held.containsKey(fact.conversation()) && !key.equals(fact.customerKey())) {
					affectedKeys.add(fact.customerKey());
					affectedKeys.add(key);
					pending.put(fact.conversation(), fact.withCustomerKey(key));
				}
			});
			rekeyed = pending.size() - held.size();
		}

		Map<String, List<ConversationFact>> pendingByKey = new HashMap<>();
		pending.values().forEach(fact -> pendingByKey.computeIfAbsent(fact.customerKey(), k -> new ArrayList<>()).add(fact));
		long[] fcrChanged = { 0 };
		List<ConversationFact> ofCustomer = new ArrayList<>();
		facts.factsOfCustomers(affectedKeys, stored -> {
			if (pending.containsKey(stored.conversation())) {
				return; // its stored version is out of date
			}
			if (!ofCustomer.isEmpty() && !ofCustomer.get(0).customerKey().equals(stored.customerKey())) {
				fcrChanged[0] += recheck(ofCustomer, pendingByKey, affectedKeys, pending);
				ofCustomer.clear();
			}
			ofCustomer.add(stored);
		});
		fcrChanged[0] += recheck(ofCustomer, pendingByKey, affectedKeys, pending);
		for (List<ConversationFact> rest : List.copyOf(pendingByKey.values())) {
			fcrChanged[0] += recheck(new ArrayList<>(rest.subList(0, 1)), pendingByKey, affectedKeys, pending);
		}

		List<ConversationFact> toWrite = new ArrayList<>(pending.values());
		toWrite.sort(Comparator.comparing(ConversationFact::conversation));
		for (int from = 0; from < toWrite.size(); from += EventStore.BULK_BATCH) {
			int to = Math.min(toWrite.size(), from + EventStore.BULK_BATCH);
			facts.putFacts(toWrite.subList(from, to), to == toWrite.size() ? OptionalLong.of(last) : OptionalLong.empty());
		}
		if (toWrite.isEmpty()) {
			facts.putFacts(List.of(), OptionalLong.of(last));
		}
		return new Result(touched.size(), rekeyed, fcrChanged[0], last);
	}

	/**
	 * Folds the conversations of a chunk from the events stored up to where {@code recent} starts plus the events it
	 * holds, keeping the first event of an id as the store does; the others from the store.
	 */
	private void foldWithRecent(List<String> chunk, RecentEvents recent, Consumer<List<Event>> fold) {
		List<String> inMemory = new ArrayList<>();
		List<String> stored = new ArrayList<>();
		for (String conversation : chunk) {
			(recent.has(conversation) ? inMemory : stored).add(conversation);
		}
		store.eventsOfConversations(stored, fold);
		Map<String, List<Event>> before = new HashMap<>();
		if (recent.since() > 0) { // else the store was empty: every event of these conversations is in memory
			store.eventsOfConversations(inMemory, recent.since(),
					events -> before.put(events.get(0).conversation().orElseThrow(), events));
		}
		for (String conversation : inMemory) {
			List<Event> events = new ArrayList<>(before.getOrDefault(conversation, List.of()));
			Set<String> ids = new HashSet<>();
			events.forEach(event -> ids.add(event.id()));
			for (Event event : recent.of(conversation)) {
				if (ids.add(event.id())) {
					events.add(event);
				}
			}
			fold.accept(events);
		}
	}

	/**
	 * Applies first-contact resolution across one customer's conversations: the stored ones handed in (which may be
	 * just one of the pending ones, to start a customer with no stored facts) and the pending ones of the same key.
	 * Every pending fact is updated in {@code pending}; a stored one is added to it when its FCR changes.
	 *
	 * @return how many conversations' first-contact resolution changed
	 */
	private long recheck(List<ConversationFact> stored, Map<String, List<ConversationFact>> pendingByKey,
			Set<String> affectedKeys, Map<String, ConversationFact> pending) {
		if (stored.isEmpty()) {
			return 0;
		}
		String key = stored.get(0).customerKey();
		// the query also hands conversations whose customer id (not key) is affected: their own key decides
		if (!affectedKeys.contains(key)) {
			return 0;
		}
		Map<String, ConversationFact> before = new HashMap<>();
		stored.forEach(fact -> before.put(fact.conversation(), fact));
		pendingByKey.getOrDefault(key, List.of()).forEach(fact -> before.put(fact.conversation(), fact));
		pendingByKey.remove(key);
		long changed = 0;
		for (ConversationFact fact : FirstContactRule.apply(List.copyOf(before.values()), context.fcrWindow())) {
			boolean fcrChanged = fact.firstContactResolution() != before.get(fact.conversation()).firstContactResolution();
			if (fcrChanged) {
				changed++;
			}
			if (fcrChanged || pending.containsKey(fact.conversation())) {
				pending.put(fact.conversation(), fact);
			}
		}
		return changed;
	}
}
