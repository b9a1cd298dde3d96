package org.carelens.reports.core;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.sla.SlaMetric;

/**
 * What a {@link SlaQueueProvider} answers: the conversations open at the report instant against their SLA targets,
 * their counts per team and per agent, and the contacts waiting in queues per channel instance against the limits.
 *
 * @param status        how the computation ended
 * @param reason        why it failed; empty unless failed
 * @param request       the request answered
 * @param conversations every open conversation, the most urgent first: by due time of its pending target, those
 *                      without a target last
 * @param byTeam        the open conversations per team of their owner, the most overdue first
 * @param byAgent       the open conversations per owning agent, the most overdue first
 * @param queues        the contacts waiting per channel instance, the fullest first
 * @param waitingLimit  the limit on every contact waiting at once: the workspace's {@code waiting_now} target that
 *                      names no channel, else METRICS.md's 15
 */
public record SlaQueueResponse(DashboardResponse.Status status, Optional<String> reason, SlaQueueRequest request,
		List<OpenConversation> conversations, List<Group> byTeam, List<Group> byAgent, List<Queue> queues,
		double waitingLimit) {

	/** Where an open conversation stands against its SLA at the report instant. */
	public enum SlaState {
		/** A pending target's due time has passed. */
		OVERDUE,
		/** No due time has passed, but at least the at-risk share of a target's time has. */
		AT_RISK,
		/** Every pending target has more than the at-risk share of its time left. */
		ON_TRACK,
		/** No target applies: no SLA policy, or one that sets none for the conversation. */
		NO_SLA
	}

	public SlaQueueResponse {
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(request, "request");
		conversations = List.copyOf(conversations);
		byTeam = List.copyOf(byTeam);
		byAgent = List.copyOf(byAgent);
		queues = List.copyOf(queues);
	}

	static SlaQueueResponse failed(SlaQueueRequest request, String reason) {
		return new SlaQueueResponse(DashboardResponse.Status.FAILED, Optional.of(reason), request, List.of(),
				List.of(), List.of(), List.of(), 0);
	}

	static SlaQueueResponse cancelled(SlaQueueRequest request) {
		return new SlaQueueResponse(DashboardResponse.Status.CANCELLED, Optional.empty(), request, List.of(),
				List.of(), List.of(), List.of(), 0);
	}

	/** @return the open conversations in {@code state} */
	public long count(SlaState state) {
		return conversations.stream().filter(c -> c.state() == state).count();
	}

	/** @return the overdue and at-risk conversations, by due time */
	public List<OpenConversation> attention() {
		return conversations.stream().filter(c -> c.state() == SlaState.OVERDUE || c.state() == SlaState.AT_RISK)
				.toList();
	}

	/** @return the contacts waiting now over every channel instance */
	public int waiting() {
		return queues.stream().mapToInt(Queue::waiting).sum();
	}

	/** @return the longest wait of a contact waiting now; empty when none waits */
	public Optional<Duration> longestWait() {
		return queues.stream().map(Queue::longestWait).flatMap(Optional::stream).max(Duration::compareTo);
	}

	/**
	 * The target of an open conversation that it is judged by: of its pending targets, the one with the largest
	 * elapsed share.
	 *
	 * @param metric       first response, next reply or resolution
	 * @param due          when it falls due
	 * @param limit        the target's time, in the policy's business time
	 * @param elapsedShare the share of {@code limit} passed at the report instant, in business time where the policy
	 *                     has a calendar: 1 at the due time, above 1 once overdue
	 */
	public record PendingTarget(SlaMetric metric, Instant due, Duration limit, double elapsedShare) {

		public PendingTarget {
			Objects.requireNonNull(metric, "metric");
			Objects.requireNonNull(due, "due");
			Objects.requireNonNull(limit, "limit");
		}
	}

	/**
	 * An open conversation at the report instant.
	 *
	 * @param agent  the agent who owns it now, if any
	 * @param team   the team of its owner, if any
	 * @param target the pending target it is judged by; empty when {@link SlaState#NO_SLA}
	 */
	public record OpenConversation(String id, ChannelKind channel, Optional<String> instance, Optional<String> agent,
			Optional<String> team, Instant opened, Optional<String> policy, Optional<PendingTarget> target,
			SlaState state) {

		public OpenConversation {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(channel, "channel");
			Objects.requireNonNull(instance, "instance");
			Objects.requireNonNull(agent, "agent");
			Objects.requireNonNull(team, "team");
			Objects.requireNonNull(opened, "opened");
			Objects.requireNonNull(policy, "policy");
			Objects.requireNonNull(target, "target");
			Objects.requireNonNull(state, "state");
		}
	}

	/**
	 * The open conversations of one team or agent.
	 *
	 * @param value         the team or agent id; empty for the conversations without one (the "no value" group)
	 * @param oldestOverdue the overdue conversation whose due time passed first; empty when none is overdue
	 */
	public record Group(Optional<String> value, int overdue, int atRisk, int onTrack, int noSla,
			Optional<OpenConversation> oldestOverdue) {

		public Group {
			Objects.requireNonNull(value, "value");
			Objects.requireNonNull(oldestOverdue, "oldestOverdue");
		}

		/** @return the group's open conversations */
		public int open() {
			return overdue + atRisk + onTrack + noSla;
		}
	}

	/**
	 * The contacts waiting in the queues of one channel instance.
	 *
	 * @param instance    the channel instance; empty for contacts that name none
	 * @param channel     its channel kind
	 * @param waiting     contacts that entered a queue by the report instant and were neither answered nor gone
	 * @param limit       how many may wait at once: the workspace's {@code waiting_now} target for the instance or its
 *                    channel kind, else METRICS.md's 2 per channel instance
	 * @param longestWait how long the contact waiting longest has waited
	 */
	public record Queue(Optional<String> instance, ChannelKind channel, int waiting, double limit,
			Optional<Duration> longestWait) {

		public Queue {
			Objects.requireNonNull(instance, "instance");
			Objects.requireNonNull(channel, "channel");
			Objects.requireNonNull(longestWait, "longestWait");
		}

		public boolean overLimit() {
			return waiting > limit;
		}
	}
}
