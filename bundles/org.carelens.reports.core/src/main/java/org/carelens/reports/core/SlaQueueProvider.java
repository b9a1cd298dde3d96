package org.carelens.reports.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.channel.ChannelInstance;
import org.carelens.core.api.sla.SlaMetric;
import org.carelens.core.api.sla.SlaPolicy;
import org.carelens.core.api.time.BusinessCalendar;
import org.carelens.facts.ConversationFact;
import org.carelens.facts.FactContext;
import org.carelens.facts.QueueFacts;
import org.carelens.facts.SlaCheck;
import org.carelens.kpi.api.Dimension;
import org.carelens.kpi.api.KpiEngine;
import org.carelens.kpi.api.KpiQuery;
import org.carelens.kpi.api.Member;
import org.carelens.kpi.api.Metric;
import org.carelens.kpi.api.Targets;
import org.carelens.reports.core.SlaQueueResponse.Group;
import org.carelens.reports.core.SlaQueueResponse.OpenConversation;
import org.carelens.reports.core.SlaQueueResponse.PendingTarget;
import org.carelens.reports.core.SlaQueueResponse.Queue;
import org.carelens.reports.core.SlaQueueResponse.SlaState;
import org.carelens.store.api.StoreException;

/**
 * Computes the SLA and queue section: the conversations of a scope open at the report instant, each against the
 * pending targets of its SLA policy (elapsed share in the policy's business time, as the facts measure due times),
 * their counts per team and agent, and the contacts waiting per channel instance against the {@code waiting_now}
 * limits. UI-free.
 * <p>
 * A conversation is open at the report instant when it was opened before it and not resolved by it, as
 * {@code resolution_rate} judges it (the engine lists them over the scope's filters, whatever their creation
 * period, and their stored facts give the due times), unless it is a call or visit that left the queue unanswered:
 * that contact is gone, not waiting for anyone. Targets are those of the facts: a first response or a
 * resolution that came after the report instant is still pending at it, a next reply is pending as the latest facts
 * say.
 */
public final class SlaQueueProvider {

	/** The channel kinds whose contacts wait in queues: their instances are listed even with no one waiting. */
	static final Set<ChannelKind> QUEUE_CHANNELS = EnumSet.of(ChannelKind.VOICE, ChannelKind.CHAT,
			ChannelKind.IN_PERSON);
	private static final String OPEN_METRIC = "resolution_rate";
	private static final String WAITING_METRIC = "waiting_now";

	private final KpiEngine engine;

	public SlaQueueProvider(KpiEngine engine) {
		this.engine = Objects.requireNonNull(engine, "engine");
	}

	/**
	 * @param source    the workspace's stored facts
	 * @param cancelled asked while the rows and facts are read; when it says so, the answer is {@code CANCELLED}
	 * @return the section, or why there is none; never throws for an unreadable store
	 */
	public SlaQueueResponse compute(WorkspaceSession session, ConversationSource source, SlaQueueRequest request,
			BooleanSupplier cancelled) {
		Optional<Metric> waitingMetric = metric(WAITING_METRIC);
		if (metric(OPEN_METRIC).isEmpty() || waitingMetric.isEmpty()) {
			return SlaQueueResponse.failed(request, "the standard metrics " + OPEN_METRIC + " and " + WAITING_METRIC
					+ " are needed to list open conversations and queues, and are not installed");
		}
		Instant at = request.at();
		KpiQuery query = KpiQuery.all(at, session.zone()).withMetrics(List.of(OPEN_METRIC))
				.withRange(Optional.empty(), Optional.of(at)).withFilters(request.scope().filters());
		try {
			Optional<List<Member>> members = engine.members(session.table(), query, OPEN_METRIC, cancelled);
			if (cancelled.getAsBoolean()) {
				return SlaQueueResponse.cancelled(request);
			}
			// created before the report instant and not resolved by it: in the denominator only
			Map<Integer, Member> open = new HashMap<>();
			members.orElse(List.of()).stream().filter(m -> m.role() == Member.Role.DENOMINATOR)
					.forEach(m -> open.put(m.row(), m));
			FactContext context = session.config().map(FactContext::of).orElse(FactContext.EMPTY);
			List<OpenConversation> conversations = new ArrayList<>();
			Map<Optional<String>, QueueCount> queues = new LinkedHashMap<>();
			MemberFacts.read(session, source, open, cancelled, (fact, member) -> {
				// the stored fact may be newer than the session's table: judge it again
				if (openAt(fact, at)) {
					conversations.add(judge(fact, context, at, request.atRiskShare()));
					waitingSince(fact.queue(), at).ifPresent(entered -> queues
							.computeIfAbsent(fact.channelInstance(), i -> new QueueCount(fact.channel()))
							.add(Duration.between(entered, at)));
				}
			});
			conversations.sort(URGENCY);
			return new SlaQueueResponse(DashboardResponse.Status.COMPLETED, Optional.empty(), request, conversations,
					groups(conversations, OpenConversation::team), groups(conversations, OpenConversation::agent),
					queues(session, request.scope(), queues, waitingMetric.get()),
					new Targets(session.targets()).targetOf(waitingMetric.get(), Optional.empty(), Optional.empty(),
							Optional.empty()).orElse(Double.POSITIVE_INFINITY));
		} catch (MemberFacts.Cancelled e) {
			return SlaQueueResponse.cancelled(request);
		} catch (StoreException e) {
			return SlaQueueResponse.failed(request, e.getMessage());
		} catch (RuntimeException e) {
			return SlaQueueResponse.failed(request, e.getClass().getSimpleName() + ": " + e.getMessage());
		}
	}

	private Optional<Metric> metric(String id) {
		return engine.metrics().stream().filter(m -> m.info().id().equals(id)).findFirst();
	}

	/** The most urgent first: by due time of the pending target; without a target, by opening, last. */
	static final Comparator<OpenConversation> URGENCY = Comparator
			.<OpenConversation, Instant>comparing(c -> c.target().map(PendingTarget::due).orElse(Instant.MAX))
			.thenComparing(OpenConversation::opened).thenComparing(OpenConversation::id);

	/** @return whether the conversation was opened before {@code at}, not resolved by then, nor abandoned */
	static boolean openAt(ConversationFact fact, Instant at) {
		QueueFacts queue = fact.queue();
		boolean abandoned = queue.answered().isEmpty() && queue.entered().isPresent()
				&& queue.abandonWait().map(wait -> !queue.entered().get().plus(wait).isAfter(at)).orElse(false);
		return fact.timeline().opened().isBefore(at) && !abandoned
				&& !(fact.resolved() && fact.timeline().lastResolution().map(r -> !r.isAfter(at)).orElse(false));
	}

	/** @return the conversation against the targets still pending at {@code at}, judged by its most advanced one */
	static OpenConversation judge(ConversationFact fact, FactContext context, Instant at, double atRiskShare) {
		Optional<SlaPolicy> policy = fact.sla().policy().flatMap(context::policy);
		List<PendingTarget> pending = new ArrayList<>();
		if (policy.isPresent()) {
			BusinessCalendar calendar = context.calendarOf(policy);
			boolean unanswered = fact.timeline().firstResponse().map(r -> r.isAfter(at)).orElse(true);
			if (unanswered) {
				fact.sla().firstResponse().ifPresent(
						check -> target(SlaMetric.FIRST_RESPONSE, check, policy.get(), fact, calendar, at, pending));
			} else {
				fact.sla().nextReplyPending().ifPresent(
						check -> target(SlaMetric.NEXT_REPLY, check, policy.get(), fact, calendar, at, pending));
			}
			fact.sla().resolution()
					.ifPresent(check -> target(SlaMetric.RESOLUTION, check, policy.get(), fact, calendar, at, pending));
		}
		Optional<PendingTarget> worst = pending.stream().max(Comparator.comparingDouble(PendingTarget::elapsedShare)
				.thenComparing(PendingTarget::due, Comparator.reverseOrder()));
		SlaState state;
		if (worst.isEmpty()) {
			state = SlaState.NO_SLA;
		} else if (pending.stream().anyMatch(t -> at.isAfter(t.due()))) {
			state = SlaState.OVERDUE;
		} else if (worst.get().elapsedShare() >= atRiskShare) {
			state = SlaState.AT_RISK;
		} else {
			state = SlaState.ON_TRACK;
		}
		return new OpenConversation(fact.conversation(), fact.channel(), fact.channelInstance(), fact.owner().agent(),
				fact.owner().team(), fact.timeline().opened(), fact.sla().policy(), worst, state);
	}

	/**
	 * Adds the target of {@code check} when it was still to be met at {@code at}. The target's time passed is
	 * measured back from its due time, which the facts computed from the clock's start: business time is additive,
	 * so the time passed is the limit less what remains until the due time, or the limit plus what has passed since.
	 */
	private static void target(SlaMetric metric, SlaCheck check, SlaPolicy policy, ConversationFact fact,
			BusinessCalendar calendar, Instant at, List<PendingTarget> pending) {
		Optional<Duration> limit = policy.limit(metric, fact.channel(), fact.priority());
		if (limit.isEmpty()) {
			return;
		}
		Duration passed = at.isAfter(check.due()) ? limit.get().plus(calendar.between(check.due(), at))
				: limit.get().minus(calendar.between(at, check.due()));
		double share = (double) passed.toMillis() / limit.get().toMillis();
		pending.add(new PendingTarget(metric, check.due(), limit.get(), share));
	}

	/** @return when the contact entered the queue it still waits in at {@code at}; empty when it waits in none */
	static Optional<Instant> waitingSince(QueueFacts queue, Instant at) {
		if (queue.entered().isEmpty() || queue.entered().get().isAfter(at)) {
			return Optional.empty();
		}
		Instant entered = queue.entered().get();
		Optional<Instant> left = queue.answered()
				.or(() -> queue.abandonWait().map(entered::plus));
		return left.isPresent() && !left.get().isAfter(at) ? Optional.empty() : Optional.of(entered);
	}

	private static List<Group> groups(List<OpenConversation> conversations,
			Function<OpenConversation, Optional<String>> key) {
		Map<Optional<String>, int[]> counts = new LinkedHashMap<>();
		Map<Optional<String>, OpenConversation> oldest = new HashMap<>();
		for (OpenConversation conversation : conversations) {
			Optional<String> value = key.apply(conversation);
			counts.computeIfAbsent(value, v -> new int[SlaState.values().length])[conversation.state().ordinal()]++;
			if (conversation.state() == SlaState.OVERDUE) {
				// the conversations come by due time: the first overdue one of a group is its oldest
				oldest.putIfAbsent(value, conversation);
			}
		}
		List<Group> groups = new ArrayList<>();
		counts.forEach((value, c) -> groups.add(new Group(value, c[SlaState.OVERDUE.ordinal()],
				c[SlaState.AT_RISK.ordinal()], c[SlaState.ON_TRACK.ordinal()], c[SlaState.NO_SLA.ordinal()],
				Optional.ofNullable(oldest.get(value)))));
		groups.sort(Comparator.comparingInt(Group::overdue).thenComparingInt(Group::atRisk)
				.thenComparingInt(Group::open).reversed()
				.thenComparing(g -> g.value().orElse("\uffff")));
		return groups;
	}

	/**
	 * @return the waiting contacts per channel instance, with the instances of the queue channels that the scope
	 *         keeps listed even when no one waits
	 */
	private static List<Queue> queues(WorkspaceSession session, ReportScope scope,
			Map<Optional<String>, QueueCount> waiting, Metric metric) {
		// a workspace-wide target limits every contact waiting at once, not each instance's: an instance's limit is a
		// target for its channel kind or itself, else the metric's default for a channel (METRICS.md: 2)
		Targets targets = new Targets(session.targets().stream()
				.filter(t -> t.channelKind().isPresent() || t.channelInstance().isPresent()).toList());
		Map<Optional<String>, QueueCount> all = new LinkedHashMap<>(waiting);
		Set<String> kinds = scope.filters().getOrDefault(Dimension.CHANNEL, Set.of());
		Set<String> instances = scope.filters().getOrDefault(Dimension.CHANNEL_INSTANCE, Set.of());
		for (ChannelInstance instance : session.config().map(c -> c.channels().values()).orElse(List.of())) {
			if (QUEUE_CHANNELS.contains(instance.kind())
					&& (kinds.isEmpty() || kinds.contains(instance.kind().wire()))
					&& (instances.isEmpty() || instances.contains(instance.id()))) {
				all.putIfAbsent(Optional.of(instance.id()), new QueueCount(instance.kind()));
			}
		}
		List<Queue> queues = new ArrayList<>();
		all.forEach((instance, count) -> queues.add(new Queue(instance, count.channel, count.waiting,
				targets.targetOf(metric, Optional.of(count.channel), Optional.empty(), instance)
						.orElse(Double.POSITIVE_INFINITY),
				Optional.ofNullable(count.longest))));
		queues.sort(Comparator.comparingInt(Queue::waiting).reversed()
				.thenComparing(q -> q.longestWait().orElse(Duration.ZERO), Comparator.reverseOrder())
				.thenComparing(q -> q.instance().orElse("\uffff")));
		return queues;
	}

	/** Waiting contacts of one channel instance while they are counted. */
	private static final class QueueCount {
		final ChannelKind channel;
		int waiting;
		Duration longest;

		QueueCount(ChannelKind channel) {
			this.channel = channel;
		}

		void add(Duration wait) {
			waiting++;
			if (longest == null || wait.compareTo(longest) > 0) {
				longest = wait;
			}
		}
	}
}
