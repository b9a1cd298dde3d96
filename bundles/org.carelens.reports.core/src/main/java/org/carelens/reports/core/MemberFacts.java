package org.carelens.reports.core;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

import org.carelens.facts.ConversationFact;
import org.carelens.kpi.api.FactTable;
import org.carelens.kpi.api.Member;

/**
 * Reads the stored facts of the rows that the engine listed for a metric: only theirs when the session knows the id
 * of every row, else every stored fact matched to its row through {@link FactTable#rowOf(String)}.
 */
final class MemberFacts {

	/** Stops reading the stored facts once the request is cancelled. */
	static final class Cancelled extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Cancelled() {
			super(null, null, false, false);
		}
	}

	private MemberFacts() {
	}

	/**
	 * Hands each listed row's stored fact, with its member, to {@code sink}, in no particular order.
	 *
	 * @throws Cancelled                               when {@code cancelled} says so while reading
	 * @throws org.carelens.store.api.StoreException when the store cannot be read
	 */
	static void read(WorkspaceSession session, ConversationSource source, Map<Integer, Member> byRow,
			BooleanSupplier cancelled, BiConsumer<ConversationFact, Member> sink) {
		if (byRow.isEmpty()) {
			return;
		}
		long[] seen = { 0 };
		if (session.knowsIds()) {
			// only the members' facts are read: a list of 15,000 out of 200,000 reads 15,000
			Map<String, Member> byId = new HashMap<>();
			byRow.forEach((row, member) -> session.conversationOf(row).ifPresent(id -> byId.put(id, member)));
			source.factsOf(byId.keySet(), fact -> {
				if ((++seen[0] & 0x3ff) == 0 && cancelled.getAsBoolean()) {
					throw new Cancelled();
				}
				Member member = byId.get(fact.conversation());
				if (member != null) {
					sink.accept(fact, member);
				}
			});
		} else {
			source.facts(fact -> {
				if ((++seen[0] & 0x3ff) == 0 && cancelled.getAsBoolean()) {
					throw new Cancelled();
				}
				OptionalInt row = session.table().rowOf(fact.conversation());
				Member member = row.isPresent() ? byRow.get(row.getAsInt()) : null;
				if (member != null) {
					sink.accept(fact, member);
				}
			});
		}
	}
}
