package org.carelens.reports.core;

import java.util.List;
import java.util.Objects;

import org.carelens.facts.ConversationFact;
import org.carelens.facts.FactContext;
import org.carelens.store.api.AppendResult;
import org.carelens.store.api.EventStoreProvider;
import org.carelens.store.api.FactRefresh;
import org.carelens.store.api.StoreException;

/**
 * Records QA reviews in a workspace: appends the {@code qa.review} event to its store, brings the stored facts up
 * to date, and puts the reviewed conversation's new facts into the open session's table, so that every report of
 * the session counts the review at once. The store is opened for the write only, like every read of a session
 * ({@link ConversationSource}): another process holding it makes the save fail with nothing written.
 */
public final class QaReviewRecorder {

	private final EventStoreProvider stores;

	public QaReviewRecorder(EventStoreProvider stores) {
		this.stores = Objects.requireNonNull(stores, "stores");
	}

	/**
	 * @return the reviewed conversation's facts with the review folded in
	 * @throws IllegalArgumentException when the workspace has no such conversation, or another event has the
	 *                                  review's id
	 * @throws StoreException           when the store cannot be opened (another process holds it) or written
	 */
	public ConversationFact record(WorkspaceSession session, QaReview review) {
		FactContext context = session.config().map(FactContext::of).orElse(FactContext.EMPTY);
		ConversationFact fact = WorkspaceStore.with(session.directory(), stores, store -> {
			if (store.facts().fact(review.conversation()).isEmpty()) {
				throw new IllegalArgumentException("the workspace " + session.directory() + " has no conversation '"
						+ review.conversation() + "' to review");
			}
			AppendResult appended = store.append(List.of(review.event()), "qa-review");
			if (appended.conflicts() > 0) {
				throw new IllegalArgumentException("another event already has the id " + review.eventId()
						+ " of the QA review of conversation '" + review.conversation() + "'; it was quarantined");
			}
			new FactRefresh(store, context).run((folded, total) -> {
			});
			return store.facts().fact(review.conversation()).orElseThrow();
		});
		synchronized (session.table()) { // a table takes one writer at a time; computations read on meanwhile
			session.table().upsert(List.of(fact));
		}
		return fact;
	}
}
