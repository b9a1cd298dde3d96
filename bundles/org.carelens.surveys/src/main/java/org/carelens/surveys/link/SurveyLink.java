package org.carelens.surveys.link;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What a survey link stands for: one survey, sent for one conversation, answerable until it expires.
 *
 * @param nonce        16 random bytes, unique per link: a response's event id is made from it, so that the event
 *                     store keeps one response per link however often the form is submitted
 * @param survey       the survey id
 * @param conversation the conversation the customer is asked about
 * @param expires      the last instant the link can be answered
 */
public record SurveyLink(byte[] nonce, String survey, String conversation, Instant expires) {

	public SurveyLink {
		Objects.requireNonNull(nonce, "nonce");
		Objects.requireNonNull(survey, "survey");
		Objects.requireNonNull(conversation, "conversation");
		Objects.requireNonNull(expires, "expires");
		if (nonce.length != SurveyLinks.NONCE_BYTES) {
			throw new IllegalArgumentException("a link's nonce has " + SurveyLinks.NONCE_BYTES + " bytes");
		}
		nonce = nonce.clone();
	}

	@Override
	public byte[] nonce() {
		return nonce.clone();
	}

	/** @return the id of the {@code survey.response} event of this link: the same for every submission */
	public String responseEventId() {
		return "survey-response-" + HexFormat.of().formatHex(nonce);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SurveyLink link && java.util.Arrays.equals(nonce, link.nonce)
				&& survey.equals(link.survey) && conversation.equals(link.conversation) && expires.equals(link.expires);
	}

	@Override
	public int hashCode() {
		return Objects.hash(java.util.Arrays.hashCode(nonce), survey, conversation, expires);
	}

	@Override
	public String toString() {
		return "SurveyLink[" + survey + ", " + conversation + ", expires " + expires + "]";
	}
}
