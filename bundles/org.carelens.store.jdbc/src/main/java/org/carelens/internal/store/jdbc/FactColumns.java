package org.carelens.internal.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Direction;
import org.carelens.core.api.Priority;
import org.carelens.core.api.Stage;
import org.carelens.core.api.SurveyKind;
import org.carelens.facts.ConversationFact;
import org.carelens.facts.Counts;
import org.carelens.facts.Durations;
import org.carelens.facts.Handling;
import org.carelens.facts.Ownership;
import org.carelens.facts.QaResult;
import org.carelens.facts.QueueFacts;
import org.carelens.facts.SlaCheck;
import org.carelens.facts.SlaOutcome;
import org.carelens.facts.SlaStatus;
import org.carelens.facts.Span;
import org.carelens.facts.SurveyScore;
import org.carelens.facts.Timeline;

/**
 * A conversation fact as a row of the {@code facts} table (one column per field, so that SQL can check the metrics
 * computed from them) plus its reply spans as rows of {@code fact_replies}: the one mapping both SQL stores share.
 * <p>
 * Enums are stored by their constant name ({@code VOICE}, {@code INBOUND}, {@code PRE_SALE}); instants as epoch
 * microseconds ({@code _us}); durations in microseconds.
 */
public final class FactColumns {

	/**
	 * The tables, as migration 2 of both stores creates them (portable DuckDB/PostgreSQL DDL); each store adds the
	 * indexes that suit it. A fact is replaced by deleting and inserting its rows.
	 */
	public static final List<String> CREATE = List.of("""
			CREATE TABLE facts (
				conversation VARCHAR NOT NULL,
				channel VARCHAR NOT NULL, channel_instance VARCHAR, direction VARCHAR NOT NULL,
				customer VARCHAR NOT NULL, customer_key VARCHAR NOT NULL,
				stage VARCHAR, topic VARCHAR, priority VARCHAR, outcome VARCHAR,
				agent VARCHAR, team VARCHAR, site VARCHAR, manager VARCHAR,
				opened_us BIGINT NOT NULL, episode_start_us BIGINT NOT NULL, first_response_us BIGINT,
				first_resolution_us BIGINT, last_resolution_us BIGINT, closed_us BIGINT,
				first_response_time_us BIGINT, first_response_business_us BIGINT,
				first_resolution_time_us BIGINT, first_resolution_business_us BIGINT,
				resolution_time_us BIGINT, resolution_business_us BIGINT,
				sla_policy VARCHAR, sla_first_response_due_us BIGINT, sla_first_response VARCHAR,
				sla_resolution_due_us BIGINT, sla_resolution VARCHAR,
				sla_next_replies_checked INTEGER NOT NULL, sla_next_replies_breached INTEGER NOT NULL,
				sla_next_reply_due_us BIGINT, sla_next_reply VARCHAR,
				agent_replies INTEGER NOT NULL, customer_messages INTEGER NOT NULL, bot_messages INTEGER NOT NULL,
				internal_notes INTEGER NOT NULL, assignments INTEGER NOT NULL, transfers INTEGER NOT NULL,
				escalations INTEGER NOT NULL, reopens INTEGER NOT NULL,
				queue_entered_us BIGINT, queue_answered_us BIGINT, queue_wait_us BIGINT, abandoned BOOLEAN NOT NULL,
				abandon_wait_us BIGINT,
				handled INTEGER NOT NULL, talk_us BIGINT NOT NULL, hold_us BIGINT NOT NULL, wrap_us BIGINT NOT NULL,
				csat_score FLOAT8, csat_at_us BIGINT, csat_agent VARCHAR, csat_comment VARCHAR, csat_sent INTEGER NOT NULL,
				nps_score FLOAT8, nps_at_us BIGINT, nps_agent VARCHAR, nps_comment VARCHAR, nps_sent INTEGER NOT NULL,
				ces_score FLOAT8, ces_at_us BIGINT, ces_agent VARCHAR, ces_comment VARCHAR, ces_sent INTEGER NOT NULL,
				csi_score FLOAT8, csi_at_us BIGINT, csi_agent VARCHAR, csi_comment VARCHAR, csi_sent INTEGER NOT NULL,
				qa_scorecard VARCHAR, qa_score FLOAT8, qa_review_score FLOAT8, qa_critical_failed BOOLEAN,
				qa_reviewer VARCHAR, qa_at_us BIGINT,
				resolved BOOLEAN NOT NULL, fcr BOOLEAN NOT NULL)""", """
			CREATE TABLE fact_replies (
				conversation VARCHAR NOT NULL, ord INTEGER NOT NULL, wall_us BIGINT NOT NULL,
				business_us BIGINT NOT NULL)""", """
			CREATE TABLE fact_progress (
				through BIGINT NOT NULL)""");

	/** The columns of {@code facts} in table order, with the JDBC type of each. */
	public static final List<String> NAMES;
	private static final int[] TYPES;

	static {
		List<String> names = new ArrayList<>();
		List<Integer> types = new ArrayList<>();
		String ddl = CREATE.get(0);
		for (String part : ddl.substring(ddl.indexOf('(') + 1, ddl.lastIndexOf(')')).split(",")) {
			String[] words = part.strip().split("\\s+");
			names.add(words[0]);
			types.add(switch (words[1]) {
			case "VARCHAR" -> Types.VARCHAR;
			case "BIGINT" -> Types.BIGINT;
			case "INTEGER" -> Types.INTEGER;
			case "FLOAT8" -> Types.DOUBLE;
			case "BOOLEAN" -> Types.BOOLEAN;
			default -> throw new IllegalStateException("unmapped column type " + words[1]);
			});
		}
		NAMES = List.copyOf(names);
		TYPES = types.stream().mapToInt(Integer::intValue).toArray();
	}

	/** Selects every fact column, then the reply spans as {@code wall:business,...} in order (or null). */
	public static final String SELECT = "SELECT " + String.join(", ", prefixed()) + """
			, (SELECT string_agg(CAST(r.wall_us AS VARCHAR) || ':' || CAST(r.business_us AS VARCHAR), ',' ORDER BY r.ord)
				FROM fact_replies r WHERE r.conversation = f.conversation) AS replies
			FROM facts f""";

	private static final SurveyKind[] KINDS = SurveyKind.values();

	private FactColumns() {
	}

	/** @return the JDBC type of column {@code index} (0-based), for binding a null */
	public static int type(int index) {
		return TYPES[index];
	}

	/** @return the values of a fact's row, in column order: String, Long, Integer, Double, Boolean or null */
	public static Object[] row(ConversationFact f) {
		List<Object> v = new ArrayList<>(NAMES.size());
		v.add(f.conversation());
		v.add(f.channel().name());
		v.add(f.channelInstance().orElse(null));
		v.add(f.direction().name());
		v.add(f.customer());
		v.add(f.customerKey());
		v.add(f.stage().map(Stage::name).orElse(null));
		v.add(f.topic().orElse(null));
		v.add(f.priority().map(Priority::name).orElse(null));
		v.add(f.outcome().orElse(null));
		Ownership owner = f.owner();
		v.add(owner.agent().orElse(null));
		v.add(owner.team().orElse(null));
		v.add(owner.site().orElse(null));
		v.add(owner.manager().orElse(null));
		Timeline t = f.timeline();
		v.add(micros(t.opened()));
		v.add(micros(t.episodeStart()));
		v.add(micros(t.firstResponse()));
		v.add(micros(t.firstResolution()));
		v.add(micros(t.lastResolution()));
		v.add(micros(t.closed()));
		Durations d = f.durations();
		addSpan(v, d.firstResponse());
		addSpan(v, d.firstResolution());
		addSpan(v, d.resolution());
		SlaStatus sla = f.sla();
		v.add(sla.policy().orElse(null));
		addCheck(v, sla.firstResponse());
		addCheck(v, sla.resolution());
		v.add(sla.nextRepliesChecked());
		v.add(sla.nextRepliesBreached());
		addCheck(v, sla.nextReplyPending());
		Counts c = f.counts();
		v.add(c.agentReplies());
		v.add(c.customerMessages());
		v.add(c.botMessages());
		v.add(c.internalNotes());
		v.add(c.assignments());
		v.add(c.transfers());
		v.add(c.escalations());
		v.add(c.reopens());
		QueueFacts q = f.queue();
		v.add(micros(q.entered()));
		v.add(micros(q.answered()));
		v.add(q.waitTime().map(FactColumns::micros).orElse(null));
		v.add(q.abandoned());
		v.add(q.abandonWait().map(FactColumns::micros).orElse(null));
		Handling h = f.handling();
		v.add(h.contacts());
		v.add(micros(h.talk()));
		v.add(micros(h.hold()));
		v.add(micros(h.wrap()));
		for (SurveyKind kind : KINDS) {
			Optional<SurveyScore> score = Optional.ofNullable(f.surveys().get(kind));
			v.add(score.map(SurveyScore::score).orElse(null));
			v.add(micros(score.map(SurveyScore::at)));
			v.add(score.flatMap(SurveyScore::agent).orElse(null));
			v.add(score.flatMap(SurveyScore::comment).orElse(null));
			v.add(f.surveysSent().getOrDefault(kind, 0));
		}
		Optional<QaResult> qa = f.qa();
		v.add(qa.map(QaResult::scorecard).orElse(null));
		v.add(qa.map(QaResult::score).orElse(null));
		v.add(qa.map(QaResult::reviewScore).orElse(null));
		v.add(qa.map(QaResult::criticalFailed).orElse(null));
		v.add(qa.map(QaResult::reviewer).orElse(null));
		v.add(micros(qa.map(QaResult::at)));
		v.add(f.resolved());
		v.add(f.firstContactResolution());
		if (v.size() != NAMES.size()) {
			throw new IllegalStateException(v.size() + " values for " + NAMES.size() + " fact columns");
		}
		return v.toArray();
	}

	/** Binds a fact's row to parameters {@code 1..NAMES.size()} of an insert. */
	public static void bind(PreparedStatement insert, ConversationFact fact) throws SQLException {
		Object[] values = row(fact);
		for (int i = 0; i < values.length; i++) {
			if (values[i] == null) {
				insert.setNull(i + 1, TYPES[i]);
			} else {
				insert.setObject(i + 1, values[i], TYPES[i]);
			}
		}
	}

	/** @return the fact of the current row of a {@link #SELECT} */
	public static ConversationFact read(ResultSet rs) throws SQLException {
		Reader r = new Reader(rs);
		String conversation = r.text();
		ChannelKind channel = ChannelKind.valueOf(r.text());
		Optional<String> instance = r.optionalText();
		Direction direction = Direction.valueOf(r.text());
		String customer = r.text();
		String customerKey = r.text();
		Optional<Stage> stage = r.optionalText().map(Stage::valueOf);
		Optional<String> topic = r.optionalText();
		Optional<Priority> priority = r.optionalText().map(Priority::valueOf);
		Optional<String> outcome = r.optionalText();
		Ownership owner = new Ownership(r.optionalText(), r.optionalText(), r.optionalText(), r.optionalText());
		Timeline timeline = new Timeline(r.instant().orElseThrow(), r.instant().orElseThrow(), r.instant(),
				r.instant(), r.instant(), r.instant());
		Optional<Span> firstResponse = r.span();
		Optional<Span> firstResolution = r.span();
		Optional<Span> resolution = r.span();
		Optional<String> policy = r.optionalText();
		Optional<SlaCheck> slaFirstResponse = r.check();
		Optional<SlaCheck> slaResolution = r.check();
		int checked = r.integer();
		int breached = r.integer();
		Optional<SlaCheck> pending = r.check();
		Counts counts = new Counts(r.integer(), r.integer(), r.integer(), r.integer(), r.integer(), r.integer(),
				r.integer(), r.integer());
		Optional<Instant> entered = r.instant();
		Optional<Instant> answered = r.instant();
		Optional<Duration> wait = r.duration();
		boolean abandoned = r.bool();
		Optional<Duration> abandonWait = r.duration();
		QueueFacts queue = new QueueFacts(entered, answered, wait, abandoned, abandonWait);
		Handling handling = new Handling(r.integer(), r.duration().orElseThrow(), r.duration().orElseThrow(),
				r.duration().orElseThrow());
		Map<SurveyKind, SurveyScore> surveys = new EnumMap<>(SurveyKind.class);
		Map<SurveyKind, Integer> sent = new EnumMap<>(SurveyKind.class);
		for (SurveyKind kind : KINDS) {
			Optional<Double> score = r.optionalDouble();
			Optional<Instant> at = r.instant();
			Optional<String> agent = r.optionalText();
			Optional<String> comment = r.optionalText();
			int count = r.integer();
			if (score.isPresent()) {
				surveys.put(kind, new SurveyScore(score.get(), at.orElseThrow(), agent, comment));
			}
			if (count > 0) {
				sent.put(kind, count);
			}
		}
		Optional<String> scorecard = r.optionalText();
		Optional<Double> qaScore = r.optionalDouble();
		Optional<Double> reviewScore = r.optionalDouble();
		Optional<Boolean> critical = r.optionalBool();
		Optional<String> reviewer = r.optionalText();
		Optional<Instant> reviewed = r.instant();
		Optional<QaResult> qa = scorecard.map(card -> new QaResult(card, qaScore.orElseThrow(),
				reviewScore.orElseThrow(), critical.orElseThrow(), reviewer.orElseThrow(), reviewed.orElseThrow()));
		boolean resolved = r.bool();
		boolean fcr = r.bool();
		List<Span> replies = replies(rs.getString(NAMES.size() + 1));
		return new ConversationFact(conversation, channel, instance, direction, customer, customerKey, stage, topic,
				priority, outcome, owner, timeline, new Durations(firstResponse, firstResolution, resolution, replies),
				new SlaStatus(policy, slaFirstResponse, slaResolution, checked, breached, pending), counts, queue,
				handling, surveys, sent, qa, resolved, fcr);
	}

	/** @return the reply spans of a fact, as rows of {@code fact_replies}: ord, wall_us, business_us */
	public static List<long[]> replyRows(ConversationFact fact) {
		List<Span> replies = fact.durations().replies();
		List<long[]> rows = new ArrayList<>(replies.size());
		for (int i = 0; i < replies.size(); i++) {
			rows.add(new long[] { i, micros(replies.get(i).wallClock()), micros(replies.get(i).business()) });
		}
		return rows;
	}

	private static List<Span> replies(String text) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		List<Span> spans = new ArrayList<>();
		for (String pair : text.split(",")) {
			int colon = pair.indexOf(':');
			spans.add(new Span(duration(Long.parseLong(pair.substring(0, colon))),
					duration(Long.parseLong(pair.substring(colon + 1)))));
		}
		return spans;
	}

	private static List<String> prefixed() {
		return NAMES.stream().map(name -> "f." + name).toList();
	}

	private static void addSpan(List<Object> v, Optional<Span> span) {
		v.add(span.map(s -> micros(s.wallClock())).orElse(null));
		v.add(span.map(s -> micros(s.business())).orElse(null));
	}

	private static void addCheck(List<Object> v, Optional<SlaCheck> check) {
		v.add(micros(check.map(SlaCheck::due)));
		v.add(check.map(c -> c.outcome().name()).orElse(null));
	}

	private static Long micros(Optional<Instant> at) {
		return at.map(EpochMicros::micros).orElse(null);
	}

	private static long micros(Instant at) {
		return EpochMicros.micros(at);
	}

	static long micros(Duration duration) {
		return Math.addExact(Math.multiplyExact(duration.getSeconds(), 1_000_000L), duration.getNano() / 1000);
	}

	static Duration duration(long micros) {
		return Duration.ofSeconds(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
	}

	/** Reads the columns of a row in order. */
	private static final class Reader {
		private final ResultSet rs;
		private int column;

		Reader(ResultSet rs) {
			this.rs = rs;
		}

		String text() throws SQLException {
			return rs.getString(++column);
		}

		Optional<String> optionalText() throws SQLException {
			return Optional.ofNullable(rs.getString(++column));
		}

		int integer() throws SQLException {
			return rs.getInt(++column);
		}

		boolean bool() throws SQLException {
			return rs.getBoolean(++column);
		}

		Optional<Boolean> optionalBool() throws SQLException {
			boolean value = rs.getBoolean(++column);
			return rs.wasNull() ? Optional.empty() : Optional.of(value);
		}

		Optional<Double> optionalDouble() throws SQLException {
			double value = rs.getDouble(++column);
			return rs.wasNull() ? Optional.empty() : Optional.of(value);
		}

		Optional<Long> optionalLong() throws SQLException {
			long value = rs.getLong(++column);
			return rs.wasNull() ? Optional.empty() : Optional.of(value);
		}

		Optional<Instant> instant() throws SQLException {
			return optionalLong().map(us -> EpochMicros.instant(us, 0));
		}

		Optional<Duration> duration() throws SQLException {
			return optionalLong().map(FactColumns::duration);
		}

		Optional<Span> span() throws SQLException {
			Optional<Duration> wall = duration();
			Optional<Duration> business = duration();
			return wall.map(w -> new Span(w, business.orElseThrow()));
		}

		Optional<SlaCheck> check() throws SQLException {
			Optional<Instant> due = instant();
			Optional<String> outcome = optionalText();
			return due.map(d -> new SlaCheck(d, SlaOutcome.valueOf(outcome.orElseThrow())));
		}
	}
}
