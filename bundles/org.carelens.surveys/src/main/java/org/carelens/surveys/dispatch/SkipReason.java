package org.carelens.surveys.dispatch;

/**
 * Why a conversation that triggered a survey was not surveyed. Recorded with every skip, so that a response rate
 * and the bias of a score can be explained (seed 004): who was never asked, and why.
 */
public enum SkipReason {
	/** The conversation's channel is not one the survey is sent on. */
	CHANNEL_NOT_SURVEYED,
	/** The conversation's topic is excluded (spam, internal, test...). */
	EXCLUDED_TOPIC,
	/** The customer is a staff or test account. */
	INTERNAL_CUSTOMER,
	/** Nobody real took part: no customer message and no answered call. */
	NO_REAL_CUSTOMER,
	/** The conversation has been decided on before (sent or skipped): never twice. */
	ALREADY_DECIDED,
	/** The random sample of the policy's sampling rate left it out. */
	NOT_SAMPLED,
	/** The customer was surveyed within the rest period. */
	REST_PERIOD,
	/** The customer has had the most surveys allowed in 30 days. */
	CAP_REACHED,
	/** The send time is long past (a backlog imported or a server down): asking now would be asking about the past. */
	TOO_LATE,
	/** The conversation was reopened before the survey went out. */
	REOPENED
}
