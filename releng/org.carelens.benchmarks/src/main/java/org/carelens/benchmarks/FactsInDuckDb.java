package org.carelens.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

import org.carelens.core.api.Stage;
import org.carelens.core.api.SurveyKind;
import org.carelens.facts.ConversationFact;
import org.carelens.facts.Span;
import org.carelens.facts.SurveyScore;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Conversation facts as a DuckDB table, one row per conversation, and their reply runs in a second table: the
 * independent side of the KPI cross-check and benchmark. Instants are epoch seconds, durations seconds.
 */
final class FactsInDuckDb implements AutoCloseable {

	static final String SCHEMA = """
			CREATE TABLE facts (
			  row_id BIGINT, channel VARCHAR, team VARCHAR, customer VARCHAR, topic VARCHAR, stage VARCHAR, outcome VARCHAR,
			  opened BIGINT, fr BIGINT, resolved BOOLEAN, first_res BIGINT, last_res BIGINT, res_secs BIGINT,
			  first_res_secs BIGINT, reopened BOOLEAN, transferred BOOLEAN, escalated BOOLEAN, fcr BOOLEAN,
			  wait BIGINT, abandoned BOOLEAN, abandon_wait BIGINT, handled INTEGER, handle_secs BIGINT,
			  csat DOUBLE, nps DOUBLE, ces DOUBLE, csi DOUBLE, sent_csat INTEGER, sent_nps INTEGER, sent_ces INTEGER,
			  sent_csi INTEGER, rated_at BIGINT, qa DOUBLE, reviewed_at BIGINT);
			CREATE TABLE replies (row_id BIGINT, secs BIGINT);
			""";

	private final DuckDBAppender facts;
	private final DuckDBAppender replies;
	private long rows;

	FactsInDuckDb(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(SCHEMA);
		}
		DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
		this.facts = duck.createAppender("main", "facts");
		this.replies = duck.createAppender("main", "replies");
	}

	void add(ConversationFact fact) throws SQLException {
		long row = rows++;
		long opened = fact.timeline().opened().getEpochSecond();
		facts.beginRow().append(row).append(fact.channel().name());
		text(fact.owner().team());
		facts.append(fact.customerKey());
		text(fact.topic());
		text(fact.stage().map(Stage::wire));
		text(fact.outcome());
		facts.append(opened);
		seconds(fact.durations().firstResponse().map(Span::business));
		facts.append(fact.resolved());
		instant(fact.timeline().firstResolution().map(i -> i.getEpochSecond()));
		instant(fact.timeline().lastResolution().map(i -> i.getEpochSecond()));
		seconds(fact.durations().resolution().map(Span::business));
		seconds(fact.durations().firstResolution().map(Span::business));
		facts.append(fact.counts().reopens() > 0).append(fact.counts().transfers() > 0)
				.append(fact.counts().escalations() > 0).append(fact.firstContactResolution());
		seconds(fact.queue().waitTime());
		facts.append(fact.queue().abandoned());
		seconds(fact.queue().abandonWait());
		facts.append(fact.handling().contacts()).append(fact.handling().total().getSeconds());
		long rated = Long.MIN_VALUE;
		for (SurveyKind kind : SurveyKind.values()) {
			SurveyScore score = fact.surveys().get(kind);
			if (score == null) {
				facts.appendNull();
			} else {
				facts.append(score.score());
				rated = Math.max(rated, score.at().getEpochSecond());
			}
		}
		for (SurveyKind kind : SurveyKind.values()) {
			facts.append(fact.surveysSent().getOrDefault(kind, 0).intValue());
		}
		instant(rated == Long.MIN_VALUE ? Optional.empty() : Optional.of(rated));
		if (fact.qa().isPresent()) {
			facts.append(fact.qa().get().score()).append(fact.qa().get().at().getEpochSecond());
		} else {
			facts.appendNull().appendNull();
		}
		facts.endRow();
		for (Span reply : fact.durations().replies()) {
			replies.beginRow().append(row).append(reply.business().getSeconds()).endRow();
		}
	}

	private void text(Optional<String> value) throws SQLException {
		if (value.isPresent()) {
			facts.append(value.get());
		} else {
			facts.appendNull();
		}
	}

	private void seconds(Optional<Duration> value) throws SQLException {
		if (value.isPresent()) {
			facts.append(value.get().getSeconds());
		} else {
			facts.appendNull();
		}
	}

	private void instant(Optional<Long> value) throws SQLException {
		if (value.isPresent()) {
			facts.append(value.get().longValue());
		} else {
			facts.appendNull();
		}
	}

	long rows() {
		return rows;
	}

	@Override
	public void close() throws SQLException {
		facts.close();
		replies.close();
	}
}
