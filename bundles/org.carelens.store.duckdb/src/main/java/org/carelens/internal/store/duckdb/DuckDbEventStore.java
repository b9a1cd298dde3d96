package org.carelens.internal.store.duckdb;

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
import java.util.Set;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.IntStream;

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
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The event store of one workspace in one DuckDB database file.
 * <p>
 * A batch is appended with DuckDB's appender into a connection-local staging table and then split into new,
 * duplicate and conflicting events by set-based SQL against the stored events, all in one transaction, so that a
 * batch costs a few statements whatever its size and a crash leaves either all of it or none. A batch whose ids are
 * all new and distinct (the hashes of the stored ids say so for sure) skips the staging and is appended directly.
 */
final class DuckDbEventStore implements EventStore {

	private static final String STAGING = """
			CREATE TEMP TABLE staging (
				ord INTEGER NOT NULL, id VARCHAR NOT NULL, type VARCHAR NOT NULL, at_us BIGINT NOT NULL,
				at_ns SMALLINT NOT NULL, conversation VARCHAR, customer VARCHAR, channel VARCHAR, agent VARCHAR,
				team VARCHAR, payload VARCHAR NOT NULL)""";
	private static final String STAGING_QUARANTINE = """
			CREATE TEMP TABLE staging_quarantine (
				ord INTEGER NOT NULL, source VARCHAR NOT NULL, line BIGINT, event_id VARCHAR, reason VARCHAR NOT NULL,
				raw VARCHAR NOT NULL)""";

	// Only the id column of the stored events is scanned to find the ids a batch repeats; their payloads are then
	// fetched by seq, which is ordered, so that a batch of new events never reads the stored payloads.
	private static final String MATCH = """
			CREATE OR REPLACE TEMP TABLE matched AS
			SELECT e.seq, e.id FROM events e WHERE e.id IN (SELECT id FROM staging)""";
	private static final String KNOWN = """
			CREATE OR REPLACE TEMP TABLE known AS
			SELECT e.id, e.payload FROM events e WHERE e.seq IN (SELECT seq FROM matched)""";
	private static final String NO_KNOWN = "CREATE OR REPLACE TEMP TABLE known (id VARCHAR, payload VARCHAR)";

	// An event's reference content is the stored one, else the first of its id in the batch: equal is a duplicate,
	// different a conflict, and the first of an unknown id is new.
	private static final String CLASSIFY = """
			CREATE OR REPLACE TEMP TABLE classified AS
			WITH s AS (
				SELECT *, row_number() OVER (PARTITION BY id ORDER BY ord) AS rn,
					first_value(payload) OVER (PARTITION BY id ORDER BY ord) AS first_payload
				FROM staging)
			SELECT s.*, k.id IS NOT NULL AS stored,
				CASE WHEN k.id IS NULL AND s.rn = 1 THEN 'new'
					WHEN s.payload = coalesce(k.payload, s.first_payload) THEN 'duplicate'
					ELSE 'conflict' END AS outcome
			FROM s LEFT JOIN known k ON k.id = s.id""";
	private static final String INSERT_NEW = """
			INSERT INTO events (seq, id, type, at_us, at_ns, conversation, customer, channel, agent, team, source, payload)
			SELECT ? + ord, id, type, at_us, at_ns, conversation, customer, channel, agent, team, ?, payload
			FROM classified WHERE outcome = 'new' ORDER BY ord""";
	private static final String STAGE_CONFLICTS = """
			INSERT INTO staging_quarantine (ord, source, line, event_id, reason, raw)
			SELECT ord, ?, NULL, id,
				'event id ''' || id || ''' is ' || CASE WHEN stored THEN 'already stored'
					ELSE 'earlier in the same batch' END || ' with different content',
				payload
			FROM classified WHERE outcome = 'conflict'""";
	// Quarantining is idempotent: an entry already there (same source, line, event id and text) is not added again.
	private static final String QUARANTINE = """
			INSERT INTO quarantine (seq, source, line, event_id, reason, raw)
			SELECT ? + row_number() OVER (ORDER BY ord), source, line, event_id, reason, raw
			FROM staging_quarantine s
			WHERE NOT EXISTS (SELECT 1 FROM quarantine q WHERE q.source = s.source
				AND q.line IS NOT DISTINCT FROM s.line AND q.event_id IS NOT DISTINCT FROM s.event_id AND q.raw = s.raw)
			QUALIFY row_number() OVER (PARTITION BY source, line, event_id, raw ORDER BY ord) = 1
			ORDER BY ord""";
	private static final String ORDER = " ORDER BY at_us, at_ns, seq";
	private static final String KEYS = "CREATE TEMP TABLE " + JdbcFactStore.KEYS + " (k VARCHAR NOT NULL)";

	private final DuckDBConnection connection;
	private final String workspace;
	private final int schemaVersion;
	private final Runnable onClose;
	// This object is the only writer of the file (DuckDB locks it to one process, and the provider hands out one
	// store per open), so the highest seq values are kept here instead of scanned for in every batch.
	private long lastEventSeq;
	private long lastQuarantineSeq;
	/** The stored ids' hashes, loaded by the first append: a batch of ids none of which hits needs no MATCH. */
	private IdHashes storedIds;
	private final Facts facts;

	DuckDbEventStore(DuckDBConnection connection, String workspace, int schemaVersion, Runnable onClose)
			throws SQLException {
		this.connection = connection;
		this.onClose = onClose;
		this.workspace = workspace;
		this.schemaVersion = schemaVersion;
		this.facts = new Facts(connection);
		try (Statement statement = connection.createStatement()) {
			statement.execute(STAGING);
			statement.execute(STAGING_QUARANTINE);
			statement.execute(KEYS);
			lastEventSeq = single(statement, "SELECT coalesce(max(seq), 0) FROM events");
			lastQuarantineSeq = single(statement, "SELECT coalesce(max(seq), 0) FROM quarantine");
		}
	}

	@Override
	public synchronized AppendResult append(List<? extends Event> events, String source) {
		if (events.isEmpty()) {
			return AppendResult.NONE;
		}
		try {
			if (storedIds == null) {
				storedIds = loadStoredIds();
			}
			boolean maybeStored = false;
			Set<String> inBatch = new HashSet<>(events.size() * 2);
			boolean repeated = false;
			for (Event event : events) {
				maybeStored |= storedIds.mightContain(event.id());
				repeated |= !inBatch.add(event.id());
			}
			if (!maybeStored && !repeated) {
				// the usual import: every id is new and appears once, so the rows go straight into the table
				AppendResult fresh = inTransaction(statement -> appendNew(events, source));
				committed(events);
				return fresh;
			}
			boolean scan = maybeStored;
			long[] quarantineSeq = { lastQuarantineSeq };
			AppendResult result = inTransaction(statement -> {
				statement.execute("DELETE FROM staging");
				stage(events);
				if (scan) {
					statement.execute(MATCH);
					statement.execute(single(statement, "SELECT count(*) FROM matched") == 0 ? NO_KNOWN : KNOWN);
				} else {
					statement.execute(NO_KNOWN); // no id of the batch is stored: nothing to look up
				}
				statement.execute(CLASSIFY);
				update(INSERT_NEW, lastEventSeq, source);
				int[] counts = new int[3];
				try (ResultSet rows = statement
						.executeQuery("SELECT outcome, count(*) FROM classified GROUP BY outcome")) {
					while (rows.next()) {
						counts[switch (rows.getString(1)) {
						case "new" -> 0;
						case "duplicate" -> 1;
						default -> 2;
						}] = rows.getInt(2);
					}
				}
				if (counts[2] > 0) {
					statement.execute("DELETE FROM staging_quarantine");
					update(STAGE_CONFLICTS, source);
					quarantineSeq[0] += moveQuarantine();
				}
				return new AppendResult(counts[0], counts[1], counts[2]);
			});
			committed(events);
			lastQuarantineSeq = quarantineSeq[0];
			return result;
		} catch (SQLException e) {
			throw failure("could not append " + events.size() + " events from " + source, e);
		}
	}

	@Override
	public synchronized void quarantine(List<QuarantineEntry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		try {
			lastQuarantineSeq += inTransaction(statement -> {
				statement.execute("DELETE FROM staging_quarantine");
				try (DuckDBAppender appender = connection.createAppender("temp", "main", "staging_quarantine")) {
					int ord = 0;
					for (QuarantineEntry entry : entries) {
						appender.beginRow().append(++ord).append(entry.source());
						if (entry.line().isPresent()) {
							appender.append(entry.line().getAsLong());
						} else {
							appender.appendNull();
						}
						appendOptional(appender, entry.eventId());
						appender.append(entry.reason()).append(entry.raw()).endRow();
					}
				}
				return moveQuarantine();
			});
		} catch (SQLException e) {
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
					String eventId = rows.getString(3);
					entries.add(new QuarantineEntry(rows.getString(1),
							noLine ? OptionalLong.empty() : OptionalLong.of(line),
							Optional.ofNullable(eventId), rows.getString(4), rows.getString(5)));
				}
			}
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
		long from = EpochMicros.micros(fromInclusive);
		long to = EpochMicros.micros(toExclusive);
		// the plain range on at_us lets DuckDB skip row groups by their min/max; the rest is exact to the nanosecond
		try (PreparedStatement query = connection.prepareStatement("""
				SELECT id, payload FROM events WHERE at_us BETWEEN ? AND ?
				AND (at_us > ? OR at_ns >= ?) AND (at_us < ? OR at_ns < ?)""" + ORDER)) {
			query.setLong(1, from);
			query.setLong(2, to);
			query.setLong(3, from);
			query.setShort(4, EpochMicros.nanos(fromInclusive));
			query.setLong(5, to);
			query.setShort(6, EpochMicros.nanos(toExclusive));
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
		return lastEventSeq;
	}

	@Override
	public synchronized Set<String> conversationsAfter(long after) {
		Set<String> conversations = new LinkedHashSet<>();
		try (PreparedStatement query = connection.prepareStatement(
				"SELECT DISTINCT conversation FROM events WHERE seq > ? AND conversation IS NOT NULL")) {
			query.setLong(1, after);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					conversations.add(rows.getString(1));
				}
			}
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
				ConversationRows.read(query, upTo, this::decode, sink);
			}
		} catch (SQLException e) {
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
				connection.close();
				onClose.run();
			}
		} catch (SQLException e) {
			throw failure("could not close", e);
		}
	}

	/** Appends a batch of new, distinct ids directly; the caller's transaction makes it all or nothing. */
	private AppendResult appendNew(List<? extends Event> events, String source) throws SQLException {
		// the canonical encoding is the costliest part in Java: spread it over the cores, the appender is sequential
		String[] payloads = new String[events.size()];
		IntStream.range(0, payloads.length).parallel().forEach(i -> payloads[i] = EventCodec.encode(events.get(i)));
		try (DuckDBAppender appender = connection.createAppender("main", "events")) {
			long seq = lastEventSeq;
			int i = 0;
			for (Event event : events) {
				EventHeader header = event.header();
				appender.beginRow().append(++seq).append(header.id()).append(event.type().wire())
						.append(EpochMicros.micros(header.at())).append(EpochMicros.nanos(header.at()));
				appendOptional(appender, header.conversation());
				appendOptional(appender, header.customer());
				appendOptional(appender, header.channel().map(ChannelKind::wire));
				appendOptional(appender, header.agent());
				appendOptional(appender, header.team());
				appender.append(source).append(payloads[i++]).endRow();
			}
		}
		return new AppendResult(events.size(), 0, 0);
	}

	/** After a batch committed: every id of it is stored now, new or not. */
	private void committed(List<? extends Event> events) {
		// seq only has to grow with ingestion order: it may leave gaps, never reuse a value
		lastEventSeq += events.size();
		for (Event event : events) {
			storedIds.add(event.id());
		}
	}

	private IdHashes loadStoredIds() throws SQLException {
		IdHashes ids = new IdHashes();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT id FROM events")) {
			while (rows.next()) {
				ids.add(rows.getString(1));
			}
		}
		return ids;
	}

	private void stage(List<? extends Event> events) throws SQLException {
		try (DuckDBAppender appender = connection.createAppender("temp", "main", "staging")) {
			int ord = 0;
			for (Event event : events) {
				EventHeader header = event.header();
				appender.beginRow().append(++ord).append(header.id()).append(event.type().wire())
						.append(EpochMicros.micros(header.at())).append(EpochMicros.nanos(header.at()));
				appendOptional(appender, header.conversation());
				appendOptional(appender, header.customer());
				appendOptional(appender, header.channel().map(ChannelKind::wire));
				appendOptional(appender, header.agent());
				appendOptional(appender, header.team());
				appender.append(EventCodec.encode(event)).endRow();
			}
		}
	}

	/** @return how many staged entries were new to the quarantine */
	private int moveQuarantine() throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(QUARANTINE)) {
			insert.setLong(1, lastQuarantineSeq);
			return insert.executeUpdate();
		}
	}

	private void update(String sql, Object... parameters) throws SQLException {
		try (PreparedStatement update = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				update.setObject(i + 1, parameters[i]);
			}
			update.executeUpdate();
		}
	}

	private void read(PreparedStatement query, Consumer<? super Event> sink) throws SQLException {
		try (ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				sink.accept(decode(rows.getString(1), rows.getString(2)));
			}
		}
	}

	private Event decode(String id, String payload) {
		try {
			return EventCodec.decode(payload);
		} catch (EventFormatException e) {
			throw new StoreException("stored event " + id + " in workspace " + workspace
					+ " is no longer a valid event: " + e.problems(), e);
		}
	}

	private void fillKeys(Collection<String> keys) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("DELETE FROM " + JdbcFactStore.KEYS);
		}
		try (DuckDBAppender appender = connection.createAppender("temp", "main", JdbcFactStore.KEYS)) {
			for (String key : keys) {
				appender.beginRow().append(key).endRow();
			}
		}
	}

	private synchronized Optional<Instant> edge(String direction) {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT at_us, at_ns FROM events ORDER BY at_us " + direction
						+ ", at_ns " + direction + " LIMIT 1")) {
			return rows.next() ? Optional.of(EpochMicros.instant(rows.getLong(1), rows.getShort(2))) : Optional.empty();
		} catch (SQLException e) {
			throw failure("could not read the time span of the events", e);
		}
	}

	private synchronized long count(String sql, String what) {
		try (Statement statement = connection.createStatement()) {
			return single(statement, sql);
		} catch (SQLException e) {
			throw failure(what, e);
		}
	}

	private <T> T inTransaction(Work<T> work) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("BEGIN TRANSACTION");
			try {
				T result = work.run(statement);
				statement.execute("COMMIT");
				return result;
			} catch (SQLException | RuntimeException e) {
				try {
					statement.execute("ROLLBACK");
				} catch (SQLException rollback) {
					e.addSuppressed(rollback);
				}
				throw e;
			}
		}
	}

	private StoreException failure(String what, SQLException e) {
		return new StoreException(what + " in the event store of workspace " + workspace + ": " + e.getMessage(), e);
	}

	private static long single(Statement statement, String sql) throws SQLException {
		try (ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static void appendOptional(DuckDBAppender appender, Optional<String> value) throws SQLException {
		if (value.isPresent()) {
			appender.append(value.get());
		} else {
			appender.appendNull();
		}
	}

	/** The conversation facts in the same database, written with the appender. */
	private final class Facts extends JdbcFactStore {

		private boolean inTransaction;

		Facts(DuckDBConnection connection) {
			super(connection, DuckDbEventStore.this);
		}

		@Override
		protected void begin() throws SQLException {
			try (Statement statement = connection.createStatement()) {
				statement.execute("BEGIN TRANSACTION");
			}
			inTransaction = true;
		}

		@Override
		protected void commit() throws SQLException {
			inTransaction = false;
			try (Statement statement = connection.createStatement()) {
				statement.execute("COMMIT");
			}
		}

		@Override
		protected void endRead() {
			// auto-commit: a read ends with its statement
		}

		@Override
		protected void rollback(Exception failure) {
			if (inTransaction) {
				inTransaction = false;
				try (Statement statement = connection.createStatement()) {
					statement.execute("ROLLBACK");
				} catch (SQLException e) {
					failure.addSuppressed(e);
				}
			}
		}

		@Override
		protected void fillKeys(Collection<String> keys) throws SQLException {
			DuckDbEventStore.this.fillKeys(keys);
		}

		@Override
		protected void insert(Collection<ConversationFact> facts) throws SQLException {
			try (DuckDBAppender appender = DuckDbEventStore.this.connection.createAppender("main", "facts")) {
				for (ConversationFact fact : facts) {
					appender.beginRow();
					for (Object value : FactColumns.row(fact)) {
						switch (value) {
						case null -> appender.appendNull();
						case String text -> appender.append(text);
						case Long number -> appender.append(number.longValue());
						case Integer number -> appender.append(number.intValue());
						case Double number -> appender.append(number.doubleValue());
						case Boolean flag -> appender.append(flag.booleanValue());
						default -> throw new IllegalStateException("unexpected fact value " + value.getClass());
						}
					}
					appender.endRow();
				}
			}
			try (DuckDBAppender appender = DuckDbEventStore.this.connection.createAppender("main", "fact_replies")) {
				for (ConversationFact fact : facts) {
					for (long[] reply : FactColumns.replyRows(fact)) {
						appender.beginRow().append(fact.conversation()).append((int) reply[0]).append(reply[1])
								.append(reply[2]).endRow();
					}
				}
			}
		}

		@Override
		protected StoreException failure(String what, Exception cause) {
			return new StoreException(what + " in the event store of workspace " + workspace + ": "
					+ cause.getMessage(), cause);
		}
	}

	/** A unit of work inside one transaction. */
	@FunctionalInterface
	private interface Work<T> {
		T run(Statement statement) throws SQLException;
	}
}
