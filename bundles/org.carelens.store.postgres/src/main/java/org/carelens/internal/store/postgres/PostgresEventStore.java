package org.carelens.internal.store.postgres;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Event;
import org.carelens.core.api.EventHeader;
import org.carelens.core.api.EventType;
import org.carelens.core.api.io.EventCodec;
import org.carelens.core.api.io.EventFormatException;
import org.carelens.facts.ConversationFact;
import org.carelens.internal.store.jdbc.ConversationRows;
import org.carelens.internal.store.jdbc.EpochMicros;
import org.carelens.internal.store.jdbc.FactColumns;
import org.carelens.internal.store.jdbc.JdbcFactStore;
import org.carelens.store.api.AppendResult;
import org.carelens.store.api.EventStore;
import org.carelens.store.api.FactStore;
import org.carelens.store.api.QuarantineEntry;
import org.carelens.store.api.StoreException;
import org.postgresql.PGConnection;

/**
 * The event store on a PostgreSQL server shared by a team.
 * <p>
 * A batch is copied into a session-local staging table with {@code COPY} and inserted with
 * {@code INSERT ... ON CONFLICT (id) DO NOTHING}; the rows that were not inserted are then duplicates or conflicts by
 * their content, all in one transaction. The primary key on the id keeps concurrent writers (several servers) from
 * storing an id twice.
 */
final class PostgresEventStore implements EventStore {

	private static final String STAGING = """
			CREATE TEMP TABLE staging (
				ord INTEGER NOT NULL, first BOOLEAN NOT NULL, id TEXT NOT NULL, type TEXT NOT NULL,
				at_us BIGINT NOT NULL, at_ns SMALLINT NOT NULL, conversation TEXT, customer TEXT, channel TEXT,
				agent TEXT, team TEXT, payload TEXT NOT NULL) ON COMMIT DELETE ROWS""";
	private static final String STAGING_QUARANTINE = """
			CREATE TEMP TABLE staging_quarantine (
				ord INTEGER NOT NULL, source TEXT NOT NULL, line BIGINT, event_id TEXT, reason TEXT NOT NULL,
				raw TEXT NOT NULL) ON COMMIT DELETE ROWS""";
	private static final String INSERTED = "CREATE TEMP TABLE inserted (id TEXT PRIMARY KEY) ON COMMIT DELETE ROWS";
	private static final String INSERT = """
			WITH ins AS (
				INSERT INTO events (id, type, at_us, at_ns, conversation, customer, channel, agent, team, source, payload)
				SELECT id, type, at_us, at_ns, conversation, customer, channel, agent, team, ?, payload
				FROM staging WHERE first ORDER BY ord
				ON CONFLICT (id) DO NOTHING RETURNING id)
			INSERT INTO inserted SELECT id FROM ins""";
	// after the insert every staged id is stored: a row is new when it is the one inserted, else its content decides
	private static final String OUTCOMES = """
			CREATE TEMP TABLE IF NOT EXISTS outcomes (ord INTEGER, id TEXT, payload TEXT, stored BOOLEAN, outcome TEXT)
			ON COMMIT DELETE ROWS""";
	private static final String CLASSIFY = """
			INSERT INTO outcomes
			SELECT s.ord, s.id, s.payload, i.id IS NULL,
				CASE WHEN i.id IS NOT NULL AND s.first THEN 'new'
					WHEN s.payload = e.payload THEN 'duplicate' ELSE 'conflict' END
			FROM staging s JOIN events e ON e.id = s.id LEFT JOIN inserted i ON i.id = s.id""";
	private static final String STAGE_CONFLICTS = """
			INSERT INTO staging_quarantine (ord, source, line, event_id, reason, raw)
			SELECT ord, ?, NULL, id, 'event id ''' || id || ''' is ' || CASE WHEN stored THEN 'already stored'
				ELSE 'earlier in the same batch' END || ' with different content', payload
			FROM outcomes WHERE outcome = 'conflict'""";
	// Quarantining is idempotent: an entry already there (same source, line, event id and text) is not added again.
	private static final String QUARANTINE = """
			INSERT INTO quarantine (source, line, event_id, reason, raw)
			SELECT source, line, event_id, reason, raw FROM (
				SELECT DISTINCT ON (source, line, event_id, raw) * FROM staging_quarantine
				ORDER BY source, line, event_id, raw, ord) s
			WHERE NOT EXISTS (SELECT 1 FROM quarantine q WHERE q.source = s.source
				AND q.line IS NOT DISTINCT FROM s.line AND q.event_id IS NOT DISTINCT FROM s.event_id AND q.raw = s.raw)
			ORDER BY ord""";
	private static final String ORDER = " ORDER BY at_us, at_ns, seq";
	private static final String KEYS = "CREATE TEMP TABLE " + JdbcFactStore.KEYS
			+ " (k TEXT NOT NULL) ON COMMIT DELETE ROWS";

	private final Connection connection;
	private final String where;
	private final int schemaVersion;
	private final Facts facts;

	PostgresEventStore(Connection connection, String where, int schemaVersion) throws SQLException {
		this.connection = connection;
		this.where = where;
		this.schemaVersion = schemaVersion;
		this.facts = new Facts(connection);
		try (Statement statement = connection.createStatement()) {
			statement.execute(STAGING);
			statement.execute(STAGING_QUARANTINE);
			statement.execute(INSERTED);
			statement.execute(OUTCOMES);
			statement.execute(KEYS);
			connection.commit();
		}
	}

	@Override
	public synchronized AppendResult append(List<? extends Event> events, String source) {
		if (events.isEmpty()) {
			return AppendResult.NONE;
		}
		try (Statement statement = connection.createStatement()) {
			copy("staging", stage(events));
			update(INSERT, source);
			statement.executeUpdate(CLASSIFY);
			int[] counts = new int[3];
			try (ResultSet rows = statement.executeQuery("SELECT outcome, count(*) FROM outcomes GROUP BY outcome")) {
				while (rows.next()) {
					counts[switch (rows.getString(1)) {
					case "new" -> 0;
					case "duplicate" -> 1;
					default -> 2;
					}] = rows.getInt(2);
				}
			}
			if (counts[2] > 0) {
				update(STAGE_CONFLICTS, source);
				statement.executeUpdate(QUARANTINE);
			}
			connection.commit();
			return new AppendResult(counts[0], counts[1], counts[2]);
		} catch (SQLException | IOException | RuntimeException e) {
			throw failure("could not append " + events.size() + " events from " + source, e);
		}
	}

	@Override
	public synchronized void quarantine(List<QuarantineEntry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		CopyText rows = new CopyText();
		int ord = 0;
		for (QuarantineEntry entry : entries) {
			rows.value(++ord).value(entry.source())
					.optional(entry.line().isPresent() ? Optional.of(entry.line().getAsLong()) : Optional.empty())
					.optional(entry.eventId()).value(entry.reason()).value(entry.raw()).endRow();
		}
		try (Statement statement = connection.createStatement()) {
			copy("staging_quarantine", rows);
			statement.executeUpdate(QUARANTINE);
			connection.commit();
		} catch (SQLException | IOException | RuntimeException e) {
			throw failure("could not quarantine " + entries.size() + " entries", e);
		}
	}

	@Override
	public synchronized List<QuarantineEntry> quarantined(long offset, int limit) {
		List<QuarantineEntry> entries = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(
				"SELECT source, line, event_id, reason, raw FROM quarantine ORDER BY seq LIMIT ? OFFSET ?")) {
			query.setInt(1, limit);
			query.setLong(2, offset);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					long line = rows.getLong(2);
					boolean noLine = rows.wasNull();
					entries.add(new QuarantineEntry(rows.getString(1),
							noLine ? OptionalLong.empty() : OptionalLong.of(line),
							Optional.ofNullable(rows.getString(3)), rows.getString(4), rows.getString(5)));
				}
			}
			connection.commit();
			return entries;
		} catch (SQLException e) {
			throw failure("could not read the quarantine", e);
		}
	}

	@Override
	public synchronized long quarantineCount() {
		return count("SELECT count(*) FROM quarantine", "could not count the quarantine");
	}

	@Override
	public synchronized List<Event> eventsOfConversation(String conversationId) {
		List<Event> events = new ArrayList<>();
		try (PreparedStatement query = connection
				.prepareStatement("SELECT id, payload FROM events WHERE conversation = ?" + ORDER)) {
			query.setString(1, conversationId);
			read(query, events::add);
			return events;
		} catch (SQLException e) {
			throw failure("could not read conversation " + conversationId, e);
		}
	}

	@Override
	public synchronized void eventsBetween(Instant fromInclusive, Instant toExclusive, Consumer<? super Event> sink) {
		try (PreparedStatement query = connection.prepareStatement("""
				SELECT id, payload FROM events WHERE (at_us, at_ns) >= (?, ?) AND (at_us, at_ns) < (?, ?)""" + ORDER)) {
			query.setLong(1, EpochMicros.micros(fromInclusive));
			query.setShort(2, EpochMicros.nanos(fromInclusive));
			query.setLong(3, EpochMicros.micros(toExclusive));
			query.setShort(4, EpochMicros.nanos(toExclusive));
			// with auto-commit off, a fetch size makes the driver stream the rows through a cursor
			query.setFetchSize(1000);
			read(query, sink);
		} catch (SQLException e) {
			throw failure("could not read the events from " + fromInclusive + " to " + toExclusive, e);
		}
	}

	@Override
	public synchronized long eventCount() {
		return count("SELECT count(*) FROM events", "could not count the events");
	}

	@Override
	public synchronized long lastPosition() {
		return count("SELECT coalesce(max(seq), 0) FROM events", "could not read the last position");
	}

	@Override
	public synchronized Set<String> conversationsAfter(long after) {
		Set<String> conversations = new LinkedHashSet<>();
		try (PreparedStatement query = connection.prepareStatement(
				"SELECT DISTINCT conversation FROM events WHERE seq > ? AND conversation IS NOT NULL")) {
			query.setLong(1, after);
			query.setFetchSize(10_000);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					conversations.add(rows.getString(1));
				}
			}
			connection.commit();
			return conversations;
		} catch (SQLException e) {
			throw failure("could not read the conversations changed after position " + after, e);
		}
	}

	@Override
	public synchronized void eventsOfTypeAfter(EventType type, long after, Consumer<? super Event> sink) {
		try (PreparedStatement query = connection
				.prepareStatement("SELECT id, payload FROM events WHERE type = ? AND seq > ? ORDER BY seq")) {
			query.setString(1, type.wire());
			query.setLong(2, after);
			query.setFetchSize(1000);
			read(query, sink);
		} catch (SQLException e) {
			throw failure("could not read the " + type.wire() + " events after position " + after, e);
		}
	}

	@Override
	public synchronized void eventsOfConversations(Collection<String> conversations, long upTo,
			Consumer<List<Event>> sink) {
		if (conversations.isEmpty()) {
			return;
		}
		try {
			fillKeys(conversations);
			try (PreparedStatement query = connection.prepareStatement(ConversationRows.QUERY)) {
				query.setFetchSize(1000);
				ConversationRows.read(query, upTo, this::decode, sink);
			}
			connection.commit();
		} catch (SQLException | IOException e) {
			throw failure("could not read the events of " + conversations.size() + " conversations", e);
		}
	}

	@Override
	public FactStore facts() {
		return facts;
	}

	@Override
	public Optional<Instant> firstEventAt() {
		return edge("ASC");
	}

	@Override
	public Optional<Instant> lastEventAt() {
		return edge("DESC");
	}

	@Override
	public int schemaVersion() {
		return schemaVersion;
	}

	@Override
	public synchronized void close() {
		try {
			if (!connection.isClosed()) {
				connection.rollback();
				connection.close();
			}
		} catch (SQLException e) {
			throw failure("could not close", e);
		}
	}

	private static CopyText stage(List<? extends Event> events) {
		CopyText rows = new CopyText();
		Set<String> seen = new HashSet<>();
		int ord = 0;
		for (Event event : events) {
			EventHeader header = event.header();
			rows.value(++ord).value(seen.add(header.id()) ? "t" : "f").value(header.id()).value(event.type().wire())
					.value(EpochMicros.micros(header.at())).value(EpochMicros.nanos(header.at()))
					.optional(header.conversation()).optional(header.customer())
					.optional(header.channel().map(ChannelKind::wire)).optional(header.agent())
					.optional(header.team()).value(EventCodec.encode(event)).endRow();
		}
		return rows;
	}

	private void copy(String table, CopyText rows) throws SQLException, IOException {
		connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " FROM STDIN",
				new StringReader(rows.toString()));
	}

	private void update(String sql, String parameter) throws SQLException {
		try (PreparedStatement update = connection.prepareStatement(sql)) {
			update.setString(1, parameter);
			update.executeUpdate();
		}
	}

	private void read(PreparedStatement query, Consumer<? super Event> sink) throws SQLException {
		try (ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				sink.accept(decode(rows.getString(1), rows.getString(2)));
			}
		} finally {
			connection.commit();
		}
	}

	private Event decode(String id, String payload) {
		try {
			return EventCodec.decode(payload);
		} catch (EventFormatException e) {
			throw new StoreException("stored event " + id + " in the event store at " + where
					+ " is no longer a valid event: " + e.problems(), e);
		}
	}

	/** Fills the key table in the running transaction; it empties itself at commit. */
	private void fillKeys(Collection<String> keys) throws SQLException, IOException {
		CopyText rows = new CopyText();
		for (String key : keys) {
			rows.value(key).endRow();
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("DELETE FROM " + JdbcFactStore.KEYS);
		}
		copy(JdbcFactStore.KEYS, rows);
	}

	private synchronized Optional<Instant> edge(String direction) {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT at_us, at_ns FROM events ORDER BY at_us " + direction
						+ ", at_ns " + direction + " LIMIT 1")) {
			Optional<Instant> at = rows.next() ? Optional.of(EpochMicros.instant(rows.getLong(1), rows.getShort(2)))
					: Optional.empty();
			connection.commit();
			return at;
		} catch (SQLException e) {
			throw failure("could not read the time span of the events", e);
		}
	}

	private synchronized long count(String sql, String what) {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			long count = rows.getLong(1);
			connection.commit();
			return count;
		} catch (SQLException e) {
			throw failure(what, e);
		}
	}

	/** The conversation facts in the same database, written with {@code COPY}. */
	private final class Facts extends JdbcFactStore {

		Facts(Connection connection) {
			super(connection, PostgresEventStore.this);
		}

		@Override
		protected void begin() {
			// auto-commit is off: a transaction is always open
		}

		@Override
		protected void commit() throws SQLException {
			connection.commit();
		}

		@Override
		protected void endRead() throws SQLException {
			connection.commit();
		}

		@Override
		protected void rollback(Exception failure) {
			try {
				connection.rollback();
			} catch (SQLException e) {
				failure.addSuppressed(e);
			}
		}

		@Override
		protected void fillKeys(Collection<String> keys) throws SQLException {
			try {
				PostgresEventStore.this.fillKeys(keys);
			} catch (IOException e) {
				throw new SQLException(e.getMessage(), e);
			}
		}

		@Override
		protected void insert(Collection<ConversationFact> facts) throws SQLException {
			CopyText rows = new CopyText();
			CopyText replies = new CopyText();
			for (ConversationFact fact : facts) {
				for (Object value : FactColumns.row(fact)) {
					rows.optional(Optional.ofNullable(value instanceof Boolean flag ? (flag ? "t" : "f") : value));
				}
				rows.endRow();
				for (long[] reply : FactColumns.replyRows(fact)) {
					replies.value(fact.conversation()).value(reply[0]).value(reply[1]).value(reply[2]).endRow();
				}
			}
			try {
				copy("facts", rows);
				copy("fact_replies", replies);
			} catch (IOException e) {
				throw new SQLException(e.getMessage(), e);
			}
		}

		@Override
		protected StoreException failure(String what, Exception cause) {
			return new StoreException(what + " in the event store at " + where + ": " + cause.getMessage(), cause);
		}
	}

	private StoreException failure(String what, Exception e) {
		try {
			connection.rollback();
		} catch (SQLException rollback) {
			e.addSuppressed(rollback);
		}
		if (e instanceof StoreException known) {
			return known;
		}
		return new StoreException(what + " in the event store at " + where + ": " + e.getMessage(), e);
	}
}
