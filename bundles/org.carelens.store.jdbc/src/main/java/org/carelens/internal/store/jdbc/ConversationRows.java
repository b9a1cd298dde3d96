package org.carelens.internal.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.carelens.core.api.Event;

/**
 * Reads the events of several conversations from the {@code events} table, one list per conversation, holding one
 * conversation's events at a time.
 */
public final class ConversationRows {

	/**
	 * The query: the events at or before a position ({@code ?}) of the conversations in the session's key table,
	 * grouped by conversation and sorted by {@code at}, ties in ingestion order.
	 */
	public static final String QUERY = "SELECT conversation, id, payload FROM events WHERE seq <= ? AND conversation IN "
			+ "(SELECT k FROM " + JdbcFactStore.KEYS + ") ORDER BY conversation, at_us, at_ns, seq";

	private ConversationRows() {
	}

	/**
	 * Runs a prepared {@link #QUERY} and hands each conversation's events to {@code sink}.
	 *
	 * @param decode the event of a row's id and payload
	 */
	public static void read(PreparedStatement query, long upTo, BiFunction<String, String, Event> decode,
			Consumer<List<Event>> sink) throws SQLException {
		query.setLong(1, upTo);
		try (ResultSet rows = query.executeQuery()) {
			String current = null;
			List<Event> events = new ArrayList<>();
			while (rows.next()) {
				String conversation = rows.getString(1);
				if (!conversation.equals(current)) {
					if (!events.isEmpty()) {
						sink.accept(events);
						events = new ArrayList<>();
					}
					current = conversation;
				}
				events.add(decode.apply(rows.getString(2), rows.getString(3)));
			}
			if (!events.isEmpty()) {
				sink.accept(events);
			}
		}
	}
}
