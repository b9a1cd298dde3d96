package org.carelens.core.api.survey;

/**
 * What makes a conversation's customer due for a survey.
 */
public enum SurveyTrigger {
	/** The conversation was resolved; a survey is not sent if it was reopened before the send time. */
	RESOLVED,
	/** The resolution stood, not reopened, for the policy's {@link DispatchPolicy#closeAfter()}. */
	CLOSED,
	/**
	 * A "happy outbound" campaign: an outbound conversation with the policy's campaign topic was resolved, and its
	 * customer is asked about the service in general.
	 */
	CAMPAIGN
}
