package org.carelens.reports.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.SurveyKind;

/**
 * The Surveys section of a report: the satisfaction tiles (CSAT, NPS, CES, CSI, response rate, the responders' bias),
 * how the answers spread over each scale, and the response rate per channel.
 *
 * @param status        how the computation ended
 * @param reason        why it failed
 * @param tiles         the survey metrics' tiles, as the dashboard computes them
 * @param distributions per kind of single-question survey, the number of latest answers per score
 * @param channels      per channel kind with surveys delivered, the responses and deliveries
 */
public record SurveyResults(DashboardResponse.Status status, Optional<String> reason, ReportScope scope,
		List<Tile> tiles, List<Distribution> distributions, List<ChannelRate> channels) {

	/** The metrics of the section, in order. */
	public static final List<String> METRICS = List.of("csat", "nps", "ces", "csi", "survey_response_rate",
			"survey_bias");

	public SurveyResults {
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(scope, "scope");
		tiles = List.copyOf(tiles);
		distributions = List.copyOf(distributions);
		channels = List.copyOf(channels);
	}

	static SurveyResults failed(ReportScope scope, String reason) {
		return new SurveyResults(DashboardResponse.Status.FAILED, Optional.of(reason), scope, List.of(), List.of(),
				List.of());
	}

	static SurveyResults cancelled(ReportScope scope) {
		return new SurveyResults(DashboardResponse.Status.CANCELLED, Optional.empty(), scope, List.of(), List.of(),
				List.of());
	}

	/**
	 * @param kind   CSAT, NPS or CES
	 * @param lowest the first score of the scale
	 * @param counts the answers per score, from {@code lowest} up
	 */
	public record Distribution(SurveyKind kind, int lowest, List<Long> counts) {

		public Distribution {
			Objects.requireNonNull(kind, "kind");
			counts = List.copyOf(counts);
		}

		public long answers() {
			return counts.stream().mapToLong(Long::longValue).sum();
		}

		/** @return the answers scoring from {@code from} to {@code to}, both included */
		public long between(int from, int to) {
			long sum = 0;
			for (int score = Math.max(from, lowest); score <= to && score - lowest < counts.size(); score++) {
				sum += counts.get(score - lowest);
			}
			return sum;
		}
	}

	/** Responses over deliveries on one channel kind. */
	public record ChannelRate(ChannelKind channel, long responses, long delivered) {

		public double rate() {
			return delivered == 0 ? 0 : (double) responses / delivered;
		}
	}
}
