package org.carelens.reports.core;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;

/**
 * What a {@link ChartsProvider} answers for a scope: the channel mix, the distribution of first response times and
 * the flow of created and resolved conversations with the backlog; or why there is none.
 *
 * @param status    how the computation ended
 * @param reason    why it failed; empty unless failed
 * @param scope     the scope answered
 * @param channels  conversations created per channel kind, largest first; empty unless completed
 * @param responses the first response times of the conversations created in the period
 * @param flow      per time bucket of the period, in time order
 */
public record ChartsResponse(DashboardResponse.Status status, Optional<String> reason, ReportScope scope,
		List<Slice> channels, Optional<ResponseTimes> responses, List<FlowPoint> flow) {

	public ChartsResponse {
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(scope, "scope");
		channels = List.copyOf(channels);
		Objects.requireNonNull(responses, "responses");
		flow = List.copyOf(flow);
	}

	/** One channel kind's share of the conversations created in the period. */
	public record Slice(ChannelKind channel, long created) {
	}

	/**
	 * First response times in bins: bin {@code i} holds the times from {@code edges[i]} (inclusive) to
	 * {@code edges[i + 1]} seconds, the last bin those of {@code edges[last]} seconds or more.
	 *
	 * @param edges      the bins' lower edges in seconds, ascending from 0
	 * @param counts     one count per edge
	 * @param unanswered the conversations created in the period without a first response by its end
	 * @param targets    the first-response target in seconds per channel kind of the scope that has one
	 */
	public record ResponseTimes(List<Long> edges, List<Long> counts, long unanswered,
			Map<ChannelKind, Double> targets) {

		public ResponseTimes {
			edges = List.copyOf(edges);
			counts = List.copyOf(counts);
			targets = Map.copyOf(targets);
			if (counts.size() != edges.size()) {
				throw new IllegalArgumentException(edges.size() + " edges but " + counts.size() + " counts");
			}
		}

		/** @return the answered conversations */
		public long answered() {
			return counts.stream().mapToLong(Long::longValue).sum();
		}
	}

	/**
	 * One time bucket of the period.
	 *
	 * @param label    the bucket (2026-03-09, 2026-W11, 2026-03)
	 * @param start    where it starts within the period
	 * @param created  conversations created in it
	 * @param resolved conversations whose latest resolution falls in it (and which are resolved now)
	 * @param backlog  conversations open at its end: created by then, and not resolved for the last time by then
	 */
	public record FlowPoint(String label, Instant start, long created, long resolved, long backlog) {
	}

	/** @return the conversations created in the period, over every channel */
	public long created() {
		return channels.stream().mapToLong(Slice::created).sum();
	}

	static ChartsResponse failed(ReportScope scope, String reason) {
		return new ChartsResponse(DashboardResponse.Status.FAILED, Optional.of(reason), scope, List.of(),
				Optional.empty(), List.of());
	}

	static ChartsResponse cancelled(ReportScope scope) {
		return new ChartsResponse(DashboardResponse.Status.CANCELLED, Optional.empty(), scope, List.of(),
				Optional.empty(), List.of());
	}
}
