package org.carelens.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The standard metrics by SQL over {@link FactsInDuckDb}'s tables, grouped by channel, team and ISO week of each
 * metric's attribution instant: one query per attribution, exact quantiles with {@code quantile_cont}. Weeks are
 * taken in Asia/Ho_Chi_Minh, which has been UTC+7 all year since 1975, so the local time is the instant + 7 h.
 */
final class KpiSql {

	/** The report instant's epoch second, for resolution by the report instant; far in the future here. */
	static final long AT = 4_102_444_800L;

	private static String week(String instant) {
		return "strftime(epoch_ms((" + instant + " + 25200) * 1000), '%G-W%V')";
	}

	private static String group(String instant) {
		return "channel, coalesce(team, '') AS team, " + week(instant) + " AS week";
	}

	private static String durations(String name, String expression) {
		return "count(" + expression + ") AS \"" + name + ".n\", avg(" + expression + ") AS \"" + name + ".mean\", "
				+ "quantile_cont(" + expression + ", 0.5) AS \"" + name + ".median\", quantile_cont(" + expression
				+ ", 0.9) AS \"" + name + ".p90\"";
	}

	private static final String COUNTED_IN_QUEUE = "(wait IS NOT NULL OR (abandoned AND (abandon_wait IS NULL OR abandon_wait >= 5)))";

	/** A conversation whose customer answered a survey of any kind. */
	private static final String ANSWERED = "(csat IS NOT NULL OR nps IS NOT NULL OR ces IS NOT NULL OR csi IS NOT NULL)";
	/** A conversation a survey of any kind was delivered for (an answer counts as a delivery). */
	private static final String SURVEYED = "(sent_csat > 0 OR sent_nps > 0 OR sent_ces > 0 OR sent_csi > 0 OR " + ANSWERED + ")";

	static final List<String> QUERIES = List.of(
			"SELECT " + group("opened") + ", " + durations("first_response_time", "fr")
					+ ", count(*) - count(fr) AS \"first_response_time.unanswered\", "
					+ durations("handle_time", "CASE WHEN handled > 0 THEN round(handle_secs / handled) END") + ", "
					+ durations("wait_time", "wait") + ", "
					+ "sum(CASE WHEN wait <= 20 THEN 1 ELSE 0 END) AS \"service_level.num\", "
					+ "sum(CASE WHEN " + COUNTED_IN_QUEUE + " THEN 1 ELSE 0 END) AS \"service_level.den\", "
					+ "sum(CASE WHEN " + COUNTED_IN_QUEUE + " AND abandoned THEN 1 ELSE 0 END) AS \"abandon_rate.num\", "
					+ "sum(CASE WHEN " + COUNTED_IN_QUEUE + " THEN 1 ELSE 0 END) AS \"abandon_rate.den\", "
					+ "sum(CASE WHEN resolved AND last_res <= " + AT + " THEN 1 ELSE 0 END) AS \"resolution_rate.num\", "
					+ "count(*) AS \"resolution_rate.den\", "
					+ "sum(CASE WHEN escalated THEN 1 ELSE 0 END) AS \"escalation_rate.num\", count(*) AS \"escalation_rate.den\", "
					+ "sum(CASE WHEN topic = 'complaint' THEN 1 ELSE 0 END) AS \"complaint_rate.num\", "
					+ "count(*) AS \"complaint_rate.den\", "
					+ "sum(CASE WHEN stage = 'pre_sale' AND outcome = 'converted' THEN 1 ELSE 0 END) AS \"conversion_rate.num\", "
					+ "sum(CASE WHEN stage = 'pre_sale' THEN 1 ELSE 0 END) AS \"conversion_rate.den\", "
					+ "sum((csat IS NOT NULL)::INT + (nps IS NOT NULL)::INT + (ces IS NOT NULL)::INT + (csi IS NOT NULL)::INT) AS \"survey_response_rate.num\", "
					+ "sum(greatest(sent_csat, (csat IS NOT NULL)::INT) + greatest(sent_nps, (nps IS NOT NULL)::INT) "
					+ "+ greatest(sent_ces, (ces IS NOT NULL)::INT) + greatest(sent_csi, (csi IS NOT NULL)::INT)) AS \"survey_response_rate.den\", "
					+ "count(*) AS \"created_vs_resolved.created\", sum(CASE WHEN resolved THEN 0 ELSE 1 END) AS \"created_vs_resolved.open\", "
					+ "CASE WHEN sum(" + ANSWERED + "::INT) > 0 AND sum((" + SURVEYED + " AND NOT " + ANSWERED + ")::INT) > 0 "
					+ "THEN sum(" + SURVEYED + "::INT) ELSE 0 END AS \"survey_bias.n\", "
					+ "sum(" + ANSWERED + "::INT) AS \"survey_bias.responders\", "
					+ "sum((" + SURVEYED + " AND NOT " + ANSWERED + ")::INT) AS \"survey_bias.non_responders\", "
					+ "sum((" + ANSWERED + " AND fcr)::INT)::DOUBLE / nullif(sum(" + ANSWERED + "::INT), 0) AS \"survey_bias.fcr_responders\", "
					+ "sum((" + SURVEYED + " AND NOT " + ANSWERED + " AND fcr)::INT)::DOUBLE "
					+ "/ nullif(sum((" + SURVEYED + " AND NOT " + ANSWERED + ")::INT), 0) AS \"survey_bias.fcr_non_responders\" "
					+ "FROM facts GROUP BY ALL",
			"SELECT " + group("last_res") + ", " + durations("resolution_time", "res_secs") + ", "
					+ "sum(CASE WHEN fcr THEN 1 ELSE 0 END) AS \"first_contact_resolution.num\", count(*) AS \"first_contact_resolution.den\", "
					+ "count(*) AS \"created_vs_resolved.resolved\" FROM facts WHERE resolved GROUP BY ALL",
			"SELECT " + group("first_res") + ", " + durations("first_resolution_time", "first_res_secs") + ", "
					+ "sum(CASE WHEN reopened THEN 1 ELSE 0 END) AS \"reopen_rate.num\", count(*) AS \"reopen_rate.den\" "
					+ "FROM facts WHERE first_res IS NOT NULL GROUP BY ALL",
			"SELECT " + group("rated_at") + ", count(csat) AS \"csat.n\", "
					+ "sum(CASE WHEN csat >= 4 THEN 1 ELSE 0 END) / count(csat) AS \"csat.value\", avg(csat) AS \"csat.mean\", "
					+ "count(nps) AS \"nps.n\", 100.0 * (sum(CASE WHEN nps >= 9 THEN 1 ELSE 0 END) - sum(CASE WHEN nps <= 6 THEN 1 ELSE 0 END)) / count(nps) AS \"nps.value\", "
					+ "count(ces) AS \"ces.n\", avg(ces) AS \"ces.value\", sum(CASE WHEN ces >= 5 THEN 1 ELSE 0 END) / count(ces) AS \"ces.agree\", "
					+ "count(csi) AS \"csi.n\", avg(csi) AS \"csi.value\" FROM facts WHERE rated_at IS NOT NULL GROUP BY ALL",
			"SELECT " + group("reviewed_at") + ", count(qa) AS \"qa_score.n\", avg(qa) AS \"qa_score.value\" "
					+ "FROM facts WHERE reviewed_at IS NOT NULL GROUP BY ALL",
			"SELECT " + group("f.opened") + ", " + durations("reply_time", "r.secs")
					+ " FROM replies r JOIN facts f USING (row_id) GROUP BY ALL");

	private KpiSql() {
	}

	/**
	 * @return per group ({@code channel|team|week}), per field ({@code metric.field}), the value; fields of no value
	 *         (a count of 0 behind an average) are absent
	 */
	static Map<String, Map<String, Double>> run(Connection connection) throws SQLException {
		Map<String, Map<String, Double>> groups = new HashMap<>();
		try (Statement statement = connection.createStatement()) {
			for (String query : QUERIES) {
				try (ResultSet result = statement.executeQuery(query)) {
					ResultSetMetaData meta = result.getMetaData();
					while (result.next()) {
						String key = result.getString(1) + "|" + result.getString(2) + "|" + result.getString(3);
						Map<String, Double> fields = groups.computeIfAbsent(key, k -> new HashMap<>());
						for (int c = 4; c <= meta.getColumnCount(); c++) {
							double value = result.getDouble(c);
							if (!result.wasNull()) {
								fields.put(meta.getColumnLabel(c), value);
							}
						}
					}
				}
			}
		}
		return groups;
	}
}
