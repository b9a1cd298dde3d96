package org.carelens.kpi.api;

import org.carelens.core.api.ChannelKind;
import org.carelens.core.api.Direction;
import org.carelens.core.api.SurveyKind;

/**
 * One conversation's facts as primitive columns, read through a cursor while a metric aggregates.
 * <p>
 * The engine keeps facts in a compact columnar form and never builds an object per conversation while computing;
 * a metric reads the columns it needs through this view. Instants are epoch seconds, durations are seconds
 * (business time where the conversation's SLA calendar, or the report's business-hours override, applies), and a
 * missing value is {@link #NONE}, {@link Double#NaN} or the dictionary id {@link #NO_ID}.
 */
public interface FactRow {

	/** An instant or duration that is not there (an unanswered conversation's first response time). */
	long NONE = Long.MIN_VALUE;
	/** The dictionary id of an absent dimension value (a conversation without topic). */
	int NO_ID = 0;

	/** Outcome of an SLA target: the policy sets none. */
	int SLA_NONE = 0;
	/** Outcome of an SLA target: done in time. */
	int SLA_MET = 1;
	/** Outcome of an SLA target: done late, or not done by its due time. */
	int SLA_BREACHED = 2;
	/** Outcome of an SLA target: not done yet; missed once the report instant passes its due time. */
	int SLA_PENDING = 3;

	// dimensions

	/** @return the dictionary id of the conversation's value of {@code dimension}; {@link #NO_ID} when absent */
	int dimension(Dimension dimension);

	ChannelKind channel();

	Direction direction();

	/** @return the dictionary id of the customer across channels (identities linked) */
	int customer();

	/** @return the dictionary id of the latest outcome ({@code converted}, ...); {@link #NO_ID} when none */
	int outcome();

	// instants

	long opened();

	/** @return the first resolution, or {@link #NONE} */
	long firstResolution();

	/** @return the latest resolution, or {@link #NONE} */
	long lastResolution();

	/** @return whether resolved now (not reopened since its latest resolution) */
	boolean resolved();

	// durations

	/** @return episode start to first response; {@link #NONE} while unanswered */
	long firstResponseSeconds();

	/** @return creation to first resolution, or {@link #NONE} */
	long firstResolutionSeconds();

	/** @return creation to the latest resolution while resolved, or {@link #NONE} */
	long resolutionSeconds();

	/** @return how many runs of customer messages were answered after the first response */
	int replyCount();

	/** @return the reply time of run {@code index}, 0 ≤ index &lt; {@link #replyCount()} */
	long replySeconds(int index);

	// flags and counts

	boolean reopened();

	boolean transferred();

	boolean escalated();

	/** @return first-contact resolution as the facts define it (false while unresolved) */
	boolean firstContactResolution();

	// waiting queue and handling

	/** @return whether the contact entered a waiting queue */
	boolean queued();

	/** @return entered to answered; {@link #NONE} when not answered from a queue */
	long waitSeconds();

	boolean abandoned();

	/** @return entered to abandoned; {@link #NONE} when not abandoned */
	long abandonWaitSeconds();

	/** @return whether the contact is in a queue at {@code at}: entered by then and neither answered nor left */
	boolean waitingAt(long at);

	/** @return handled contacts (handle events) */
	int handledContacts();

	/** @return talk + hold + wrap-up over the handled contacts */
	long handleSeconds();

	// surveys and QA

	/** @return the latest answer to a survey of {@code kind}; NaN when none */
	double surveyScore(SurveyKind kind);

	/** @return surveys of {@code kind} delivered */
	int surveysSent(SurveyKind kind);

	/** @return the latest survey answer of any kind, or {@link #NONE} */
	long ratedAt();

	/** @return the latest QA review's score that counts (0 after a failed critical item); NaN when none */
	double qaScore();

	/** @return the latest QA review, or {@link #NONE} */
	long reviewedAt();

	// SLA

	/** @return whether the conversation names an SLA policy that sets at least one target for it */
	boolean slaApplies();

	/** @return one of the {@code SLA_} outcomes for the first-response target */
	int slaFirstResponse();

	long slaFirstResponseDue();

	/** @return one of the {@code SLA_} outcomes for the resolution target */
	int slaResolution();

	long slaResolutionDue();

	/** @return replies after the first that had a next-reply target */
	int slaNextRepliesChecked();

	/** @return of those, the replies that came late */
	int slaNextRepliesBreached();

	/** @return the due time of a customer message still waiting for its reply, or {@link #NONE} */
	long slaNextReplyPendingDue();

	/** @return the instant {@code attribution} names, or {@link #NONE} when the conversation lacks it */
	default long instant(Attribution attribution) {
		return switch (attribution) {
		case OPENED -> opened();
		case RESOLVED -> resolved() ? lastResolution() : NONE;
		case FIRST_RESOLVED -> firstResolution();
		case RATED -> ratedAt();
		case REVIEWED -> reviewedAt();
		};
	}
}
