package org.carelens.core.api;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A CareLens event: the one input format of CareLens, one record per event type of the format (version 1).
 * <p>
 * The constructors check the invariants of the format (required fields, score ranges) and throw
 * {@link IllegalArgumentException} when one is broken; {@link org.carelens.core.api.io.EventCodec} reports the same
 * rules as readable problems when it reads events from text.
 */
public sealed interface Event {

	EventHeader header();

	EventType type();

	default String id() {
		return header().id();
	}

	default Instant at() {
		return header().at();
	}

	default Optional<String> conversation() {
		return header().conversation();
	}

	/** A new conversation. */
	record ConversationOpened(EventHeader header, Direction direction, Optional<Priority> priority,
			Optional<Stage> stage, Optional<String> topic, Optional<String> slaPolicy) implements Event {
		public ConversationOpened {
			Checks.conversation(header, type());
			Checks.present(header.channel(), "channel", type());
			Checks.present(header.customer(), "customer", type());
			Objects.requireNonNull(direction, "direction");
			Objects.requireNonNull(priority, "priority");
			Objects.requireNonNull(stage, "stage");
			Objects.requireNonNull(topic, "topic");
			Objects.requireNonNull(slaPolicy, "slaPolicy");
		}

		public ChannelKind channel() {
			return header.channel().orElseThrow();
		}

		public String customer() {
			return header.customer().orElseThrow();
		}

		@Override
		public EventType type() {
			return EventType.CONVERSATION_OPENED;
		}
	}

	/** A message; only a public message by an agent is a response. */
	record Message(EventHeader header, Author author, boolean isPublic) implements Event {
		public Message {
			Checks.conversation(header, type());
			Objects.requireNonNull(author, "author");
		}

		/** @return whether this message is a public reply by a human agent */
		public boolean isResponse() {
			return author == Author.AGENT && isPublic;
		}

		@Override
		public EventType type() {
			return EventType.MESSAGE;
		}
	}

	/** Ownership changed to {@code header().agent()}. */
	record Assigned(EventHeader header) implements Event {
		public Assigned {
			Checks.conversation(header, type());
			Checks.present(header.agent(), "agent", type());
		}

		@Override
		public EventType type() {
			return EventType.ASSIGNED;
		}
	}

	/** Handed to another agent, {@code header().agent()}. */
	record Transferred(EventHeader header) implements Event {
		public Transferred {
			Checks.conversation(header, type());
			Checks.present(header.agent(), "agent", type());
		}

		@Override
		public EventType type() {
			return EventType.TRANSFERRED;
		}
	}

	/** Moved up a tier or to another team. */
	record Escalated(EventHeader header, Optional<String> tier) implements Event {
		public Escalated {
			Checks.conversation(header, type());
			Objects.requireNonNull(tier, "tier");
		}

		@Override
		public EventType type() {
			return EventType.ESCALATED;
		}
	}

	/** A bot handed the conversation to humans. */
	record BotHandoff(EventHeader header) implements Event {
		public BotHandoff {
			Checks.conversation(header, type());
		}

		@Override
		public EventType type() {
			return EventType.BOT_HANDOFF;
		}
	}

	/** Marked resolved. */
	record Resolved(EventHeader header) implements Event {
		public Resolved {
			Checks.conversation(header, type());
		}

		@Override
		public EventType type() {
			return EventType.RESOLVED;
		}
	}

	/** A resolved conversation reopened. */
	record Reopened(EventHeader header) implements Event {
		public Reopened {
			Checks.conversation(header, type());
		}

		@Override
		public EventType type() {
			return EventType.REOPENED;
		}
	}

	/** Classification changed; at least one of the fields is present. */
	record Tagged(EventHeader header, Optional<String> topic, Optional<Stage> stage, Optional<Priority> priority,
			Optional<String> outcome) implements Event {
		public Tagged {
			Checks.conversation(header, type());
			if (topic.isEmpty() && stage.isEmpty() && priority.isEmpty() && outcome.isEmpty()) {
				throw new IllegalArgumentException("tagged needs one of topic, stage, priority, outcome");
			}
		}

		@Override
		public EventType type() {
			return EventType.TAGGED;
		}
	}

	/** A contact entered a waiting queue. */
	record QueueEntered(EventHeader header, Optional<String> queue) implements Event {
		public QueueEntered {
			Checks.conversation(header, type());
			Objects.requireNonNull(queue, "queue");
		}

		@Override
		public EventType type() {
			return EventType.QUEUE_ENTERED;
		}
	}

	/** A waiting contact was answered by {@code header().agent()}. */
	record QueueAnswered(EventHeader header) implements Event {
		public QueueAnswered {
			Checks.conversation(header, type());
			Checks.present(header.agent(), "agent", type());
		}

		@Override
		public EventType type() {
			return EventType.QUEUE_ANSWERED;
		}
	}

	/** A waiting contact left the queue unanswered. */
	record QueueAbandoned(EventHeader header) implements Event {
		public QueueAbandoned {
			Checks.conversation(header, type());
		}

		@Override
		public EventType type() {
			return EventType.QUEUE_ABANDONED;
		}
	}

	/** The handling time of one answered contact. */
	record Handle(EventHeader header, Duration talk, Duration hold, Duration wrap) implements Event {
		public Handle {
			Checks.conversation(header, type());
			Checks.notNegative(talk, "talk_s");
			Checks.notNegative(hold, "hold_s");
			Checks.notNegative(wrap, "wrap_s");
		}

		/** @return talk + hold + wrap-up */
		public Duration total() {
			return talk.plus(hold).plus(wrap);
		}

		@Override
		public EventType type() {
			return EventType.HANDLE;
		}
	}

	/** A survey delivered to the customer of the conversation. */
	record SurveySent(EventHeader header, String survey, SurveyKind kind) implements Event {
		public SurveySent {
			Checks.conversation(header, type());
			Objects.requireNonNull(survey, "survey");
			Objects.requireNonNull(kind, "kind");
		}

		@Override
		public EventType type() {
			return EventType.SURVEY_SENT;
		}
	}

	/** The customer's answer to a survey. */
	record SurveyResponse(EventHeader header, String survey, SurveyKind kind, double score,
			Optional<String> comment) implements Event {
		public SurveyResponse {
			Checks.conversation(header, type());
			Objects.requireNonNull(survey, "survey");
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(comment, "comment");
			if (!kind.accepts(score)) {
				throw new IllegalArgumentException(kind.wire() + " score out of range: " + score);
			}
		}

		@Override
		public EventType type() {
			return EventType.SURVEY_RESPONSE;
		}
	}

	/** A supervisor's QA review of the conversation. */
	record QaReview(EventHeader header, String scorecard, double score, boolean criticalFailed, String reviewer)
			implements Event {
		public QaReview {
			Checks.conversation(header, type());
			Objects.requireNonNull(scorecard, "scorecard");
			Objects.requireNonNull(reviewer, "reviewer");
			if (!(score >= 0 && score <= 100)) {
				throw new IllegalArgumentException("QA score out of range 0–100: " + score);
			}
		}

		@Override
		public EventType type() {
			return EventType.QA_REVIEW;
		}
	}

	/** A purchase by a customer. */
	record Order(EventHeader header, BigDecimal amount, Optional<String> currency, Optional<BigDecimal> margin)
			implements Event {
		public Order {
			Checks.present(header.customer(), "customer", type());
			Objects.requireNonNull(amount, "amount");
			Objects.requireNonNull(currency, "currency");
			Objects.requireNonNull(margin, "margin");
		}

		@Override
		public EventType type() {
			return EventType.ORDER;
		}
	}

	/** Links channel identities to one customer. */
	record CustomerIdentity(EventHeader header, List<Identity> identities) implements Event {
		public CustomerIdentity {
			Checks.present(header.customer(), "customer", type());
			identities = List.copyOf(identities);
			if (identities.isEmpty()) {
				throw new IllegalArgumentException("customer.identity needs at least one identity");
			}
		}

		@Override
		public EventType type() {
			return EventType.CUSTOMER_IDENTITY;
		}
	}
}
