package org.carelens.internal.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

import org.carelens.facts.ConversationFact;
import org.carelens.store.api.FactStore;
import org.carelens.store.api.StoreException;

/**
 * The {@link FactStore} of an SQL event store, over the tables of {@link FactColumns}; the store says how it runs a
 * transaction, fills the session's key table and bulk-inserts rows.
 * <p>
 * Every method locks the store's monitor, so that it is used by one thread at a time together with the event store.
 */
public abstract class JdbcFactStore implements FactStore {

	/** A temporary table of one VARCHAR column {@code k}, emptied by {@link #fillKeys(Collection)}. */
	public static final String KEYS = "fact_keys";

	private static final String IN_KEYS = " IN (SELECT k FROM " + KEYS + ")";

	protected final Connection connection;
	private final Object lock;

	protected JdbcFactStore(Connection connection, Object lock) {
		this.connection = connection;
		this.lock = lock;
	}

	/** Starts a transaction. */
	protected abstract void begin() throws SQLException;

	/** Commits the transaction {@link #begin()} started. */
	protected abstract void commit() throws SQLException;

	/** Ends a read: commits the implicit transaction it ran in, where the connection has one. */
	protected abstract void endRead() throws SQLException;

	/** Rolls the transaction back after a failure, adding what went wrong to {@code failure}. */
	protected abstract void rollback(Exception failure);

	/** Replaces the rows of {@link #KEYS} with {@code keys}, inside the running transaction if there is one. */
	protected abstract void fillKeys(Collection<String> keys) throws SQLException;

	/** Inserts the rows of facts into {@code facts} and {@code fact_replies}, in the running transaction. */
	protected abstract void insert(Collection<ConversationFact> facts) throws SQLException;

	/** Prepares a query whose rows may be many to stream them rather than load them all. */
	protected void streamRows(PreparedStatement query) throws SQLException {
		// nothing by default
	}

	/** @return a failure described for people, naming the store */
	protected abstract StoreException failure(String what, Exception cause);

	@Override
	public long factsThrough() {
		synchronized (lock) {
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("SELECT coalesce(max(through), 0) FROM fact_progress")) {
				rows.next();
				long through = rows.getLong(1);
				endRead();
				return through;
			} catch (SQLException e) {
				throw failed("could not read how far the conversation facts are", e);
			}
		}
	}

	@Override
	public void putFacts(Collection<ConversationFact> facts, OptionalLong through) {
		if (facts.isEmpty() && through.isEmpty()) {
			return;
		}
		synchronized (lock) {
			try (Statement statement = connection.createStatement()) {
				begin();
				if (!facts.isEmpty()) {
					fillKeys(facts.stream().map(ConversationFact::conversation).toList());
					statement.executeUpdate("DELETE FROM facts WHERE conversation" + IN_KEYS);
					statement.executeUpdate("DELETE FROM fact_replies WHERE conversation" + IN_KEYS);
					insert(facts);
				}
				if (through.isPresent()) {
					statement.executeUpdate("DELETE FROM fact_progress");
					statement.executeUpdate("INSERT INTO fact_progress (through) VALUES (" + through.getAsLong() + ")");
				}
				commit();
			} catch (SQLException | RuntimeException e) {
				throw failed("could not store " + facts.size() + " conversation facts", e);
			}
		}
	}

	@Override
	public Optional<ConversationFact> fact(String conversation) {
		Optional<ConversationFact>[] found = new Optional[] { Optional.empty() };
		factsOf(List.of(conversation), fact -> found[0] = Optional.of(fact));
		return found[0];
	}

	@Override
	public void factsOf(Collection<String> conversations, Consumer<? super ConversationFact> sink) {
		if (conversations.isEmpty()) {
			return;
		}
		synchronized (lock) {
			try {
				fillKeys(conversations);
				query(FactColumns.SELECT + " WHERE f.conversation" + IN_KEYS, sink);
			} catch (SQLException | RuntimeException e) {
				throw failed("could not read the facts of " + conversations.size() + " conversations", e);
			}
		}
	}

	@Override
	public Set<String> customerKeysOf(Collection<String> conversations) {
		Set<String> keys = new HashSet<>();
		if (conversations.isEmpty()) {
			return keys;
		}
		synchronized (lock) {
			try {
				fillKeys(conversations);
				try (Statement statement = connection.createStatement(); ResultSet rows = statement
						.executeQuery("SELECT DISTINCT customer_key FROM facts WHERE conversation" + IN_KEYS)) {
					while (rows.next()) {
						keys.add(rows.getString(1));
					}
				}
				endRead();
				return keys;
			} catch (SQLException | RuntimeException e) {
				throw failed("could not read the customers of " + conversations.size() + " conversations", e);
			}
		}
	}

	@Override
	public void facts(Consumer<? super ConversationFact> sink) {
		synchronized (lock) {
			try {
				query(FactColumns.SELECT + " ORDER BY f.conversation", sink);
			} catch (SQLException | RuntimeException e) {
				throw failed("could not read the conversation facts", e);
			}
		}
	}

	@Override
	public void factsOfCustomers(Collection<String> customers, Consumer<? super ConversationFact> sink) {
		if (customers.isEmpty()) {
			return;
		}
		synchronized (lock) {
			try {
				fillKeys(customers);
				query(FactColumns.SELECT + " WHERE f.customer_key" + IN_KEYS + " OR f.customer" + IN_KEYS
						+ " ORDER BY f.customer_key, f.opened_us, f.conversation", sink);
			} catch (SQLException | RuntimeException e) {
				throw failed("could not read the facts of " + customers.size() + " customers", e);
			}
		}
	}

	@Override
	public long factCount() {
		synchronized (lock) {
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("SELECT count(*) FROM facts")) {
				rows.next();
				long count = rows.getLong(1);
				endRead();
				return count;
			} catch (SQLException e) {
				throw failed("could not count the conversation facts", e);
			}
		}
	}

	private void query(String sql, Consumer<? super ConversationFact> sink) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			streamRows(query);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					sink.accept(FactColumns.read(rows));
				}
			}
		}
		endRead();
	}

	private StoreException failed(String what, Exception e) {
		rollback(e);
		return e instanceof StoreException known ? known : failure(what, e);
	}
}
